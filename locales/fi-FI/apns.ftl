## Apple MDM Push -varmenne (APNs).

apns-cert-expired = Apple MDM Push -varmenne on vanhentunut
    .cause = Intune tavoittaa Apple-laitteet Apple Push Notification -palvelun (APNs) kautta. Kun varmenne on vanhentunut, rekisteröidyt iPhonet, iPadit ja Macit eivät enää saa käytäntöjä tai etätoimintoja, ja uudet rekisteröinnit epäonnistuvat. Varmenteen voi uusia 30 päivän ajan vanhenemisen jälkeen.
    .step-1 = Siirry Intune-hallintakeskuksessa kohtaan Devices > Enrollment > Apple > Apple MDM Push certificate ja lataa CSR-tiedosto.
    .step-2 = Avaa Apple Push Certificates Portal ja kirjaudu samalla Apple ID:llä, jolla varmenne luotiin.
    .step-3 = Etsi varmenne (tunnista se UID:n tai sarjanumeron perusteella), valitse ”Renew”, lähetä CSR-tiedosto ja lataa uusi .pem-tiedosto.
    .step-4 = Lähetä .pem-tiedosto Intuneen samalla Apple ID:llä ja tarkista, että varmenne näkyy aktiivisena sekä Intunessa että Applen portaalissa.
    .warning = Varmenne on uusittava, ei luotava uudelleen: älä valitse ”Create a Certificate”. Uusi varmenne katkaisee yhteyden jokaiseen rekisteröityyn iPhoneen, iPadiin ja Maciin, ja ne kaikki on rekisteröitävä uudelleen.
    .detail = Varmenne (Apple ID { $apple-id }) vanheni { $expired-on } ({ $days ->
        [0] tänään
        [one] päivä sitten
       *[other] { $days } päivää sitten
    }); sen voi vielä uusia 30 päivän lisäajan kuluessa.

apns-cert-expiring = Apple MDM Push -varmenne vanhenee pian
    .cause = Push-varmenne on voimassa 365 päivää. Jos se vanhenee, Intune ei enää pysty hallitsemaan rekisteröityjä Apple-laitteita ja uudet rekisteröinnit epäonnistuvat.
    .step-1 = Selvitä, millä Apple ID:llä varmenne luotiin (se näkyy Intunen Apple MDM Push certificate -sivulla).
    .step-2 = Lataa Intunesta uusi CSR-tiedosto. Valitse Apple Push Certificates Portal -sivustolla nykyisen varmenteen kohdalla ”Renew” ja lähetä CSR-tiedosto.
    .step-3 = Lähetä uusittu .pem-tiedosto Intuneen ja tarkista uusi vanhenemispäivä.
    .warning = Käytä uusimiseen aina samaa Apple ID:tä. Uuden varmenteen luominen pakottaa kaikki rekisteröidyt Apple-laitteet rekisteröitymään uudelleen.
    .detail = Varmenne (Apple ID { $apple-id }) vanhenee { $expires-on }, { $days ->
        [0] alle päivän kuluttua
        [one] päivän kuluttua
       *[other] { $days } päivän kuluttua
    }.

apns-cert-missing = Apple MDM Push -varmennetta ei ole määritetty
    .cause = Intune ei voi rekisteröidä eikä hallita yhtään iPhonea, iPadia tai Macia ilman Apple MDM Push -varmennetta. Kaikki Apple-laitteiden rekisteröintitavat ovat siitä riippuvaisia.
    .step-1 = Siirry Intune-hallintakeskuksessa kohtaan Devices > Enrollment > Apple > Apple MDM Push certificate, hyväksy sopimus ja lataa CSR-tiedosto.
    .step-2 = Kirjaudu Apple Push Certificates Portal -sivustolle yrityksen Apple ID:llä (mieluiten jaetun postilaatikon tunnuksella, ei henkilökohtaisella tilillä), luo varmenne ja lataa .pem-tiedosto.
    .step-3 = Lähetä .pem-tiedosto Intuneen samalla Apple ID:llä ja kirjaa muistiin, kuka Apple ID:n omistaa ja milloin varmenne vanhenee.
