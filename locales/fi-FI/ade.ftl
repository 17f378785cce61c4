## Automaattisen laiterekisteröinnin (ADE) tunnukset, synkronointi ja Setup Assistant.

ade-token-expired = ADE-rekisteröintiohjelman tunnus on vanhentunut
    .cause = Rekisteröintiohjelman tunnus on voimassa vuoden. Kun se vanhenee, Intune ei enää pysty synkronoimaan laitteita Apple Business Managerista tai Apple School Managerista, eivätkä uudet ADE-rekisteröinnit enää toimi.
    .step-1 = Kirjaudu Apple Business Manageriin (tai Apple School Manageriin) tilillä, jolla on Administrator- tai Device Enrollment Manager -rooli, avaa tähän tunnukseen liittyvä MDM-palvelin ja lataa uusi palvelintunnus (.p7m).
    .step-2 = Siirry Intune-hallintakeskuksessa kohtaan Devices > Enrollment > Apple > Enrollment program tokens, valitse tunnus ja sitten ”Renew token”.
    .step-3 = Anna Apple ID, jolla tunnus aikanaan luotiin, lähetä uusi .p7m-tiedosto ja vie ohjattu toiminto loppuun.
    .step-4 = Käynnistä tunnukselle manuaalinen synkronointi ja tarkista, että viimeisimmän onnistuneen synkronoinnin aika päivittyy.
    .warning = Palvelintunnuksen lataaminen Apple Business Managerista mitätöi heti tunnuksen, jota Intune parhaillaan käyttää. Lataa uusi tunnus vasta, kun uusimisen voi viedä saman tien loppuun.
    .detail = Tunnus ”{ $token }” vanheni { $expired-on } ({ $days ->
        [0] tänään
        [one] eilen
       *[other] { $days } päivää sitten
    }).

ade-token-expiring = ADE-rekisteröintiohjelman tunnus vanhenee pian
    .cause = Rekisteröintiohjelman tunnukset on uusittava vuosittain. Jos tämä tunnus vanhenee, laitteiden synkronointi Apple Business Managerista pysähtyy ja uudet ADE-rekisteröinnit epäonnistuvat.
    .step-1 = Suunnittele uusiminen jo nyt. Siihen tarvitaan Apple ID, jolla tunnus luotiin, sekä tili, jolla on Apple Business Managerissa Administrator- tai Device Enrollment Manager -rooli.
    .step-2 = Lataa Apple Business Managerista uusi palvelintunnus sille MDM-palvelimelle, johon tämä tunnus on liitetty.
    .step-3 = Heti perään: valitse Intune-hallintakeskuksessa (Devices > Enrollment > Apple > Enrollment program tokens) tunnus, valitse ”Renew token” ja lähetä uusi tiedosto.
    .warning = Lataaminen Apple Business Managerista mitätöi nykyisen tunnuksen välittömästi, joten tee uusimisen molemmat vaiheet samalla kertaa.
    .detail = Tunnus ”{ $token }” vanhenee { $expires-on }, { $days ->
        [0] alle päivän kuluttua
        [one] päivän kuluttua
       *[other] { $days } päivän kuluttua
    }.

ade-sync-error = ADE-tunnuksen synkronoinnissa on virhe
    .cause = Intunen viimeisin synkronointi Applen kanssa epäonnistui tämän tunnuksen osalta. Niin kauan kuin virhe on voimassa, uusia laitteita ei tule Apple Business Managerista, profiilien määritykset epäonnistuvat ja ADE-rekisteröinnit voivat lakata toimimasta. Yleisin syy on vanhentunut tunnus.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens ja lue tunnuksen kohdalla näkyvä virheilmoitus.
    .step-2 = Jos tunnus on vanhentunut, uusi se; yleensä virhe poistuu sillä.
    .step-3 = Jos virheessä mainitaan käyttöehdot (terms and conditions), käyttöoikeudet (access) tai kursori (cursor), katso vastaava mdmdoc-selitys (suorita `mdmdoc explain` virheen tekstillä).
    .step-4 = Kun syy on korjattu, suorita manuaalinen synkronointi ja tarkista, että virhe on poistunut.
    .detail = Tunnus ”{ $token }” ilmoitti synkronointivirheen, koodi { $code }.

ade-sync-stale = ADE-tunnus ei ole synkronoitunut yli vuorokauteen
    .cause = Intune tekee Applen kanssa muutossynkronoinnin 12 tunnin välein. Jos onnistunutta synkronointia ei ole ollut yli 24 tuntiin, ainakin kaksi on jäänyt väliin, joten Apple Business Managerissa sen jälkeen määritetyt laitteet eivät vielä näy Intunessa.
    .step-1 = Tarkista, näkyykö tunnuksen kohdalla virheilmoitus tai jo mennyt vanhenemispäivä, ja korjaa se ensin.
    .step-2 = Käynnistä tunnukselle manuaalinen synkronointi (Devices > Enrollment > Apple > Enrollment program tokens > tunnus > Devices > Sync). Painiketta voi käyttää kerran 15 minuutissa.
    .step-3 = Jos synkronointi epäonnistuu edelleen eikä virhettä näy, ota yhteyttä Microsoftin tukeen ja kerro tunnuksen nimi sekä viimeisimmän onnistuneen synkronoinnin ajankohta.
    .detail = Tunnus ”{ $token }” synkronoitui viimeksi onnistuneesti { $synced-on } ({ $days ->
        [0] { $hours } tuntia sitten
        [one] päivä sitten
       *[other] { $days } päivää sitten
    }).

ade-sync-terms-not-accepted = Applen uusia käyttöehtoja ei ole hyväksytty
    .cause = Apple on julkaissut laiteohjelmilleen uudet käyttöehdot. Ennen kuin joku hyväksyy ne, Apple hylkää Intunen synkronointipyynnöt (HTTP 403, T_C_NOT_SIGNED).
    .step-1 = Kirjaudu Apple Business Manageriin tai Apple School Manageriin tilillä, jolla on Administrator-rooli.
    .step-2 = Lue ja hyväksy kirjautumisen yhteydessä näytettävät uudet käyttöehdot.
    .step-3 = Palaa Intuneen, käynnistä tunnukselle manuaalinen synkronointi ja varmista, että virhe on poistunut.

scep-invalid-response = Laite ei saanut varmennettaan rekisteröinnin aikana (SCEP)
    .cause = Kun ADE-rekisteröinnissä käytetään käyttäjäaffiniteettia, laitteen on pyydettävä SCEP-varmenteensa 15 minuutin kuluessa hallintaprofiilin lataamisesta. Sen jälkeen pyyntö hylätään tietoturvasyistä.
    .step-1 = Selvitä, kuinka kauan sitten hallintaprofiili ladattiin. Kun mdmdoc suoritetaan uudelleen valitsimella --fact minutes_since_profile_download=N, se kertoo, kumpi seuraavista vaiheista pätee.
    .step-2 = Alle 15 minuuttia: yritä hallintaprofiilin latausta laitteella uudelleen.
    .step-3 = Yli 15 minuuttia: palauta laitteen tehdasasetukset ja aloita rekisteröinti alusta.
    .warning = Tehdasasetusten palautus poistaa laitteelta kaiken. Varmuuskopioi ensin kaikki, mitä käyttäjä tarvitsee.

scep-invalid-response-retry = Yritä heti uudelleen: 15 minuutin SCEP-aikaikkuna on vielä auki
    .cause = SCEP-varmennepyyntö epäonnistui, mutta hallintaprofiili ladattiin alle 15 minuuttia sitten, joten laite voi vielä pyytää varmennetta uudelleen.
    .step-1 = Yritä hallintaprofiilin latausta laitteella uudelleen heti.
    .step-2 = Jos lataus epäonnistuu taas ja 15 minuuttia on jo kulunut, laitteen tehdasasetukset on palautettava ennen kuin sen voi rekisteröidä.
    .detail = Profiili ladattiin { $minutes ->
        [0] juuri äsken
        [one] minuutti sitten
       *[other] { $minutes } minuuttia sitten
    }; aikaikkuna sulkeutuu, kun 15 minuuttia on kulunut.

scep-invalid-response-reset = Tehdasasetukset on palautettava: 15 minuutin SCEP-aikaikkuna on sulkeutunut
    .cause = SCEP-varmennepyyntö on tehtävä 15 minuutin kuluessa hallintaprofiilin lataamisesta. Tämä aikaikkuna on jo umpeutunut, joten uusi yritys ei voi onnistua.
    .step-1 = Varmuuskopioi laitteelta kaikki, mitä käyttäjä tarvitsee.
    .step-2 = Palauta laitteen tehdasasetukset (Asetukset > Yleiset > Siirrä tai nollaa iPhone/iPad > Poista kaikki sisältö ja asetukset) tai tyhjennä laite Intunesta.
    .step-3 = Käynnistä laite ja käy Setup Assistant uudelleen läpi; anna profiilin latauksen ja varmennepyynnön edetä ilman viivettä.
    .warning = Tehdasasetusten palautus poistaa kaikki laitteen tiedot, eikä sitä voi perua.
    .detail = Profiili ladattiin { $minutes } minuuttia sitten, eli 15 minuutin aikaikkuna on jo ohi.
