## Apple MDM Push -varmenne (lisää) ja Apps and Books (VPP) -sijaintitunnukset (lisää).

apns-cert-grace-over = Apple MDM Push -varmenne vanheni yli 30 päivää sitten
    .cause = Apple hyväksyy push-varmenteen uusimisen 30 päivän ajan vanhenemisen jälkeen, ja tämä aika on umpeutunut. Vanhenemispäivästä lähtien Intune ei ole tavoittanut yhtään rekisteröityä iPhonea, iPadia tai Macia, ja uudet Apple-rekisteröinnit epäonnistuvat.
    .step-1 = Kirjaudu ennen mitään muuta Apple Push Certificates Portal -sivustolle sillä Apple ID:llä, joka näkyy Intunen Apple MDM Push certificate -sivulla, etsi tämä varmenne (tunnista se UID:n tai sarjanumeron perusteella) ja tarkista, onko ”Renew” vielä valittavissa.
    .step-2 = Jos ”Renew” on valittavissa, käytä sitä: lataa CSR-tiedosto Intunesta (Devices > Enrollment > Apple > Apple MDM Push certificate), valitse Applen portaalissa ”Renew”, lähetä CSR-tiedosto, lataa uusi .pem-tiedosto ja lähetä se Intuneen samalla Apple ID:llä. Rekisteröidyt laitteet palaavat yhteyteen ilman uudelleenrekisteröintiä.
    .step-3 = Jos ”Renew” ei ole enää valittavissa, lataa CSR-tiedosto Intunesta, valitse Applen portaalissa ”Create a Certificate” yrityksen Apple ID:llä (jaettu postilaatikko, ei kenenkään henkilökohtainen tili) ja lähetä uusi .pem-tiedosto Intuneen.
    .step-4 = Uuden varmenteen myötä jokainen Apple-laite on rekisteröitävä uudelleen: käyttäjien itse rekisteröimistä laitteista poistetaan hallintaprofiili ja ne rekisteröidään uudelleen Yritysportaalin kautta; ADE-laitteet on tyhjennettävä, ja niillä on käytävä Setup Assistant uudelleen läpi.
    .step-5 = Kirjaa uusi vanhenemispäivä muistiin ja aseta muistutukset muutamaa viikkoa aiemmaksi, jotta ensi vuoden uusiminen tehdään ajoissa.
    .warning = Uusi varmenne ei voi ottaa hallintaansa vanhalla varmenteella rekisteröityjä laitteita: jokainen iPhone, iPad ja Mac on hallinnan ulkopuolella, kunnes se rekisteröidään uudelleen, ja ADE-laitteen uudelleenrekisteröinti tyhjentää sen. Varmista ennen uuden varmenteen luomista, että uusiminen on todella mahdotonta.
    .detail = Varmenne (Apple ID { $apple-id }) vanheni { $expired-on }, { $days ->
        [one] päivä sitten
       *[other] { $days } päivää sitten
    }, joten 30 päivän uusimisaika on umpeutunut.

apns-cert-replaced = Apple-laitteiden yhteys katkesi, kun push-varmenne korvattiin uudella
    .cause = Jokainen rekisteröity Apple-laite on sidottu siihen push-varmenteeseen ja sen Topic-arvoon, joka oli käytössä laitteen rekisteröintihetkellä. Jos joku luo uuden varmenteen olemassa olevan uusimisen sijaan tai lähettää Intuneen eri Apple ID:llä tehdyn varmenteen, Intunen ilmoitukset eivät enää tavoita näitä laitteita: ne lakkaavat ottamasta yhteyttä Intuneen, eikä niitä voi enää hallita.
    .step-1 = Varmista, että varmenteet todella eroavat: avaa ongelmasta kärsivällä laitteella Asetukset > Yleiset > VPN ja laitehallinta, valitse hallintaprofiili ja katso Topic-arvo kohdasta Lisätietoja. Vertaa sitä Intuneen nyt lähetettyyn varmenteeseen (Devices > Enrollment > Apple > Apple MDM Push certificate).
    .step-2 = Kirjaudu Apple Push Certificates Portal -sivustolle sillä Apple ID:llä, jolla alkuperäinen varmenne luotiin. Jos varmenne on yhä luettelossa ja sen voi uusia, uusi se Intunesta ladatulla CSR-tiedostolla ja lähetä se Intuneen samalla Apple ID:llä: sillä rekisteröidyt laitteet palaavat yhteyteen ilman uudelleenrekisteröintiä.
    .step-3 = Jos alkuperäistä varmennetta ei enää ole tai sitä ei voi uusia, pidä uusi varmenne ja rekisteröi ongelmasta kärsivät laitteet uudelleen: poista henkilökohtaisista laitteista hallintaprofiili ja rekisteröi ne uudelleen Yritysportaalissa; ADE-laitteet on tyhjennettävä, ja niillä on käytävä Setup Assistant uudelleen läpi.
    .step-4 = Jos vain Apple ID on vaihtunut (esimerkiksi hallittujen Apple ID:iden federoinnin jälkeen), pyydä Applea siirtämään nykyinen varmenne uudelle Apple ID:lle uuden varmenteen luomisen sijaan.
    .warning = Kumman varmenteen tahansa valitseekin, toisella rekisteröidyt laitteet on rekisteröitävä uudelleen, ja ADE-laitteen uudelleenrekisteröinti tyhjentää sen. Pitäydy valitussa varmenteessa äläkä vaihtele niiden välillä. Tästä lähtien varmenne on aina uusittava, ei luotava uudelleen.

mdm-invalid-push-certificate = Laite ilmoittaa push-varmenteen olevan virheellinen (12004)
    .cause = Laite hylkäsi sille annetut MDM-push-asetukset: iOS palauttaa virheen 12004, jonka Intune näyttää muodossa 0x87D155F4. Yleensä Intunen Apple MDM Push -varmenne on vanhentunut, tai se ei ole enää sama varmenne, jolla laite rekisteröitiin, koska vanhan uusimisen sijaan on luotu uusi.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Apple MDM Push certificate ja tarkista varmenteen tila ja vanhenemispäivä. Jos varmenne on vanhentunut, uusi se sillä Apple ID:llä, jolla se luotiin.
    .step-2 = Vertaa varmennetta laitteen näyttämään Topic-arvoon (Asetukset > Yleiset > VPN ja laitehallinta > hallintaprofiili > Lisätietoja). Jos ne eroavat, varmenne on korvattu: keinot palata ennalleen näkyvät komennolla `mdmdoc explain apns-cert-replaced`.
    .step-3 = Kun Intunessa on kelvollinen varmenne, joka vastaa laitteen varmennetta, synkronoi laite Intunesta tai Yritysportaalista. Jos virhe toistuu, poista hallintaprofiili ja rekisteröi laite uudelleen.
    .warning = Olemassa oleva varmenne on uusittava Apple Push Certificates Portal -sivustolla; älä valitse ”Create a Certificate”. Kokonaan uusi varmenne katkaisee yhteyden jokaiseen rekisteröityyn iPhoneen, iPadiin ja Maciin, kunnes kukin niistä on rekisteröity uudelleen.

vpp-token-expiring = Apps and Books (VPP) -tunnus vanhenee pian
    .cause = Apple Business Managerin ja Apple School Managerin sijaintitunnukset ovat voimassa vuoden. Kun tämä tunnus vanhenee, Intune lakkaa synkronoimasta sen sovellusten käyttöoikeuksia, ja ADE-laitteet, jotka saavat Yritysportaalin sen kautta, jäävät jumiin rekisteröinnin aikana.
    .step-1 = Siirry Apple Business Managerissa (tai Apple School Managerissa) kohtaan Preferences > Payments and Billing > Apps and Books ja lataa tämän tunnuksen sijainnin nykyinen tunnus.
    .step-2 = Avaa Intune-hallintakeskuksessa Tenant administration > Connectors and tokens > Apple VPP tokens, valitse tunnus, valitse Basics-kohdan vierestä Edit, lähetä uusi tiedosto ja tallenna.
    .step-3 = Synkronoi tunnus ja tarkista vanhenemispäivä uudelleen hieman myöhemmin: uuden päivämäärän näkyminen Intunessa voi kestää jonkin aikaa.
    .detail = Tunnus ”{ $token }” vanhenee { $expires-on }, { $days ->
        [0] alle päivän kuluttua
        [one] päivän kuluttua
       *[other] { $days } päivän kuluttua
    }.

vpp-token-invalid = Apps and Books (VPP) -tunnus on virheellinen
    .cause = Intune merkitsee sijaintitunnuksen virheelliseksi, kun Apple lakkaa hyväksymästä sitä. Yleensä syynä on muutos tunnuksen taustalla olevassa hallitussa Apple-tilissä: uusi toimialue, vaihdettu tai vanhentunut salasana tai käytöstä poistettu tili. Virheellinen tunnus ei synkronoi käyttöoikeuksia eikä uusia ostoja.
    .step-1 = Varmista Apple Business Managerissa (tai Apple School Managerissa), että tämän sijainnin tunnuksen omistava tili on aktiivinen ja pystyy kirjautumaan. Jos tili on poistettu käytöstä tai sen salasana on vanhentunut, korjaa se ensin.
    .step-2 = Lataa tämän sijainnin tunnus uudelleen kohdasta Preferences > Payments and Billing > Apps and Books.
    .step-3 = Avaa Intune-hallintakeskuksessa Tenant administration > Connectors and tokens > Apple VPP tokens, muokkaa tunnuksen Basics-tietoja, lähetä uusi tiedosto ja tallenna.
    .step-4 = Synkronoi tunnus ja tarkista, että sen tila on taas kelvollinen.
    .detail = Tunnus ”{ $token }” (Apple-tili { $apple-id }) on merkitty virheelliseksi.

vpp-token-external-mdm = Toinen MDM-tuote on ottanut Apps and Books (VPP) -tunnuksen hallintaansa
    .cause = Apple sallii sijaintitunnuksen hallinnan vain yhdelle MDM-tuotteelle kerrallaan, ja tämä tunnus on toisen palvelun hallussa. Intune ei voi synkronoida eikä määrittää sen käyttöoikeuksia, ja ADE-rekisteröintiprofiilit, jotka asentavat Yritysportaalin sen avulla, ilmoittavat ”This token is being used by another service.”
    .step-1 = Selvitä, mikä toinen MDM-tuote käyttää tätä sijaintitunnusta. Apple Business Managerin järjestelmänvalvojat tietävät, mitä palveluita varten sijainti on otettu käyttöön.
    .step-2 = Päätä, kumpi tuote omistaa sijainnin. Jos se on Intune, poista tunnus ensin toisesta tuotteesta. Jos sovelluksia tarvitaan molemmissa, anna kummallekin Apple Business Managerissa oma sijainti ja sille oma tunnus.
    .step-3 = Jos tunnusta ei voi poistaa toisesta tuotteesta, muokkaa sitä Intunessa (Tenant administration > Connectors and tokens > Apple VPP tokens), lähetä se uudelleen ja aseta ”Take control of token from another MDM” arvoon Yes.
    .step-4 = Synkronoi tunnus ja tarkista, että sen tila on kelvollinen. Rekisteröintinäkymään jo jumiin jääneet ADE-laitteet pysyvät estettyinä: suodata rekisteröintiohjelman tunnuksen Devices-luettelo ehdolla Profile status = Blocked ja tyhjennä nämä laitteet, jotta ne rekisteröityvät uudelleen.
    .warning = Tunnuksen ottaminen hallintaan katkaisee toisen tuotteen pääsyn näihin käyttöoikeuksiin, ja Intunessa käytetyn tunnuksen siirtäminen toiseen MDM-tuotteeseen voi hävittää käyttöoikeuksien määrityksiä ja käyttäjätietueita. Estetyn laitteen tyhjentäminen poistaa siltä kaiken.
    .detail = Tunnus ”{ $token }” ({ $organization }) on toisen MDM-tuotteen hallinnassa.

vpp-token-other-tenant = Apps and Books (VPP) -tunnus kuuluu toiselle Intune-vuokraajalle
    .cause = Sijaintitunnus voi palvella vain yhtä Intune-vuokraajaa, ja tämä tunnus on lähetetty ensin toiseen vuokraajaan (esimerkiksi testivuokraajaan tai vanhempaan tuotantovuokraajaan). Tämä vuokraaja ei voi käyttää sitä, ja ADE-profiilit, jotka asentavat Yritysportaalin sen avulla, jättävät laitteet estetyiksi rekisteröinnin aikana.
    .step-1 = Selvitä, missä vuokraajassa tunnus on: käy läpi organisaation testi-, pilotti- ja aiemmat vuokraajat.
    .step-2 = Jos sijainti halutaan pitää tässä vuokraajassa, kumoa tunnuksen sovelluskäyttöoikeudet toisessa vuokraajassa ja poista tunnus sitten sieltä (Tenant administration > Connectors and tokens > Apple VPP tokens).
    .step-3 = Jos sovelluksia tarvitaan molemmissa vuokraajissa, luo Apple Business Manageriin toinen sijainti ja lähetä sen tunnus vain toiseen vuokraajista.
    .step-4 = Synkronoi tunnus tässä vuokraajassa. Suodata rekisteröintiohjelman tunnuksen Devices-luettelo ehdolla Profile status = Blocked ja tyhjennä nämä laitteet, jotta ne rekisteröityvät uudelleen.
    .warning = Tunnuksen poistaminen toisesta vuokraajasta poistaa siellä myös sen sovellukset ja määritykset ja kumoaa sen käyttöoikeudet, eikä Intune voi sen jälkeen enää kumota niitä. Estetyn laitteen tyhjentäminen poistaa siltä kaiken.

vpp-token-duplicate-location = Kaksi Apps and Books (VPP) -tunnusta käyttää samaa sijaintia
    .cause = Sama Apple Business Managerin sijainti on lähetetty Intuneen useammin kuin kerran, joten Intune näyttää tunnuksen tilana Duplicate ja lopettaa sen synkronoinnin. Käyttöoikeuksia voi yhä määrittää ja kumota, mutta sen jälkeen ostetut sovellukset ja kirjat eivät välttämättä näy.
    .step-1 = Avaa Intune-hallintakeskuksessa Tenant administration > Connectors and tokens > Apple VPP tokens ja etsi tunnukset, joilla on sama sijainti.
    .step-2 = Valitse säilytettävä tunnus, yleensä se, jota sovellukset ja määritykset jo käyttävät, ja tarkista, mitkä sovellukset ja määritykset ovat riippuvaisia toisesta.
    .step-3 = Poista kaksoiskappale, synkronoi sitten säilytetty tunnus ja tarkista, että sen tila on kelvollinen ja että viimeaikaiset ostot näkyvät.
    .warning = Tunnuksen poistaminen poistaa myös sen sovellukset ja määritykset ja kumoaa sen käyttöoikeudet (asennetut sovellukset jäävät laitteille), eikä Intune voi kumota näitä käyttöoikeuksia jälkikäteen. Poista kaksoiskappale, älä tunnusta, johon määritykset perustuvat.
    .detail = Tunnus ”{ $token }” käyttää samaa sijaintia ({ $location }) kuin toinen tunnus.

vpp-token-deleted = Apps and Books (VPP) -tunnus on poistettu
    .cause = Sijaintitunnus, jonka avulla rekisteröintiprofiili asentaa Yritysportaalin, on poistettu Intunesta. Sen mukana poistuivat sen sovellukset ja määritykset, ja sen käyttöoikeudet kumottiin, joten siitä riippuvaiset ADE-laitteet pysähtyvät rekisteröinnin aikana.
    .step-1 = Siirry Apple Business Managerissa (tai Apple School Managerissa) kohtaan Preferences > Payments and Billing > Apps and Books ja lataa sijainnin tunnus uudelleen.
    .step-2 = Avaa Intune-hallintakeskuksessa Tenant administration > Connectors and tokens > Apple VPP tokens, luo tunnus tällä tiedostolla ja synkronoi se.
    .step-3 = Määritä sovellukset uudelleen, koska vanhat määritykset poistuivat tunnuksen mukana, ja varmista, että rekisteröintiprofiili, joka asentaa Yritysportaalin VPP:n avulla, viittaa uuteen tunnukseen.
    .step-4 = Suodata rekisteröintiohjelman tunnuksen Devices-luettelo ehdolla Profile status = Blocked, kirjaa sarjanumerot muistiin ja tyhjennä nämä laitteet, jotta ne käyvät Setup Assistantin uudelleen läpi.
    .warning = Tyhjentäminen poistaa laitteelta kaiken. Varmuuskopioi ensin kaikki, mitä käyttäjät tarvitsevat.

vpp-token-no-cp-licenses = Apps and Books (VPP) -tunnuksen Yritysportaali-käyttöoikeudet ovat loppuneet
    .cause = ADE-rekisteröintiprofiili asentaa Yritysportaalin tämän sijaintitunnuksen avulla, ja sijainnin kaikki Yritysportaalin käyttöoikeudet ovat käytössä. Profiilia käyttävät uudet laitteet estetään, ja ne jäävät odottamaan rekisteröintinäkymään.
    .step-1 = Avaa Apple Business Managerissa (tai Apple School Managerissa) Apps and Books, etsi Microsoft Intune Company Portal ja hanki lisää käyttöoikeuksia tämän tunnuksen sijainnille. Sovellus on maksuton, joten varaa käyttöoikeuksia reilusti yli tarpeen.
    .step-2 = Synkronoi tunnus Intune-hallintakeskuksessa (Tenant administration > Connectors and tokens > Apple VPP tokens) ja tarkista, että Yritysportaalilla on nyt vapaita käyttöoikeuksia.
    .step-3 = Laitteet, jotka ovat jumissa näkymässä ”Awaiting final configuration” tai ”Guided Access app unavailable”, pysyvät estettyinä: suodata rekisteröintiohjelman tunnuksen Devices-luettelo ehdolla Profile status = Blocked, kirjaa sarjanumerot muistiin ja tyhjennä nämä laitteet. Komento `mdmdoc explain "Awaiting final configuration"` käsittelee tämän tilanteen tarkemmin.
    .step-4 = Seuraa Intunen käyttöoikeushälytyksiä, jotka tulevat näkyviin, kun puolet sovelluksen käyttöoikeuksista on käytössä, jotta määrä ei enää koskaan putoa nollaan.
    .warning = Tyhjentäminen poistaa laitteelta kaiken. Varmuuskopioi ensin kaikki, mitä käyttäjät tarvitsevat.

vpp-sync-stale = Apps and Books (VPP) -tunnus ei ole synkronoitunut yli vuorokauteen
    .cause = Intune synkronoi jokaisen sijaintitunnuksen Applen kanssa kerran vuorokaudessa. Jos synkronointia ei ole ollut yli vuorokauteen, Intunen käyttöoikeus- ja ostotiedot ovat vanhentuneita. Intunen vuokraajan tilassa (Tenant status) liittimen tila on tällöin Warning ja kolmen päivän jälkeen Unhealthy.
    .step-1 = Tarkista ensin tunnuksen tila kohdassa Tenant administration > Connectors and tokens > Apple VPP tokens: vanhentunut, virheellinen, kahteen kertaan lisätty tai toisen MDM-tuotteen hallitsema tunnus ei voi synkronoitua ennen kuin ongelma on korjattu.
    .step-2 = Käynnistä tunnukselle manuaalinen synkronointi. Jos viimeisimmän synkronoinnin tila kertoo sen olevan käynnissä, anna sille aikaa ja päivitä sivu ennen uuden synkronoinnin käynnistämistä.
    .step-3 = Jos synkronointi ei vieläkään valmistu, tarkista kohdasta Tenant administration > Tenant status, onko palvelussa häiriöitä, ja ota sitten yhteyttä Microsoftin tukeen. Kerro tunnuksen nimi ja viimeisimmän synkronoinnin ajankohta.
    .detail = Tunnus ”{ $token }” synkronoitui viimeksi { $synced-on } ({ $days ->
        [one] päivä sitten
       *[other] { $days } päivää sitten
    }).

# Dokumentaatiolinkkien otsikot, joita käyttävät vain yllä olevat säännöt.
doc-vpp-token-upload = Apps and Books -sijaintitunnuksen lähettäminen Intuneen
doc-vpp-token-status = Apps and Books -tunnusten tilat: ulkoinen MDM ja kaksoiskappaleet
doc-vpp-token-delete = Apps and Books -tunnuksen poistaminen: mitä sen mukana poistuu
