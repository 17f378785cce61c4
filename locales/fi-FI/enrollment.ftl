## Rekisteröintivirheet, joita käyttäjät näkevät myös Yritysportaalissa.

enroll-device-cap-reached = Käyttäjä on saavuttanut rekisteröitävien laitteiden enimmäismäärän
    .cause = Intune rajoittaa, kuinka monta laitetta yksi käyttäjä voi rekisteröidä. Raja on täynnä, joten seuraava rekisteröinti hylätään. Rajaan lasketaan myös laitteet, joita käyttäjä ei enää käytä.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Device limit restrictions ja katso, mikä raja koskee tätä käyttäjää.
    .step-2 = Avaa Users > All users > käyttäjä > Devices ja laske käyttäjän rekisteröidyt laitteet.
    .step-3 = Pyydä käyttäjää poistamaan Yritysportaalista laite, jota hän ei enää käytä, tai poista tarpeettomat laitteet itse (Retire, Wipe tai Delete).
    .step-4 = Jos käyttäjä todella tarvitsee useampia laitteita, nosta rajaa (enintään 15) hänelle määritetyssä rajoituksessa tai käytä joukkorekisteröintiin laitteiden rekisteröinnin hallintatiliä (device enrollment manager, DEM).
    .step-5 = Pyydä käyttäjää yrittämään rekisteröintiä uudelleen.
    .warning = Laitteen tyhjentäminen tai poistaminen poistaa sen hallinnasta ja voi hävittää sen tiedot; varmista ensin, että laite on todella poistunut käytöstä.
    .detail = Käyttäjällä { $user } on { $count ->
        [one] yksi rekisteröity laite
       *[other] { $count } rekisteröityä laitetta
    }; oletusraja on { $limit }.

enroll-apns-certificate-not-valid = Rekisteröinti epäonnistui: Apple MDM Push -varmenne ei ole kelvollinen
    .cause = Apple MDM Push -varmenteen määritystä ei ole koskaan viety loppuun tai varmenne on vanhentunut, joten Intune ei voi rekisteröidä Apple-laitteita.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Apple MDM Push certificate ja tarkista varmenteen tila ja vanhenemispäivä.
    .step-2 = Jos varmenne on vanhentunut, uusi se Apple Push Certificates Portal -sivustolla samalla Apple ID:llä ja lähetä uusi tiedosto Intuneen.
    .step-3 = Jos varmennetta ei ole koskaan määritetty, luo se ja lähetä se Intuneen. Pyydä sitten käyttäjää yrittämään rekisteröintiä uudelleen.
    .warning = Varmenne on uusittava eikä korvattava: uuden varmenteen luominen pakottaa kaikki rekisteröidyt Apple-laitteet rekisteröitymään uudelleen.

enroll-no-enrollment-policy = Rekisteröinti epäonnistui: rekisteröintikäytäntöä ei löytynyt
    .cause = Intune ei löytänyt tapaa rekisteröidä tätä Apple-laitetta. Yleensä syynä on puuttuva, virheellinen tai vanhentunut Apple MDM Push -varmenne tai se, ettei iOS/iPadOS-rekisteröintiä ole sallittu.
    .step-1 = Tarkista, että Apple MDM Push -varmenne on määritetty ja kelvollinen (Devices > Enrollment > Apple > Apple MDM Push certificate).
    .step-2 = Jos varmenne puuttuu, luo se; jos se on vanhentunut tai virheellinen, uusi se samalla Apple ID:llä.
    .step-3 = Tarkista, että rekisteröintirajoitukset sallivat iOS/iPadOS-laitteet, ja pyydä sitten käyttäjää yrittämään rekisteröintiä uudelleen.
    .warning = Olemassa oleva varmenne on uusittava eikä tilalle saa luoda uutta, muuten kaikki rekisteröidyt Apple-laitteet on rekisteröitävä uudelleen.

enroll-mdm-authority-not-defined = MDM-toimivaltaa ei ole määritetty
    .cause = Vuokraajalle ei ole määritetty mobiililaitteiden hallinnan toimivaltaa (MDM authority), joten Intune ei voi ottaa rekisteröintejä vastaan. Sama ilmoitus voi näkyä myös silloin, kun käyttäjän kirjautumisnimi ei ole synkronoitunut hakemiston kanssa.
    .step-1 = Tarkista Intune-hallintakeskuksessa kohta Tenant administration > Tenant status ja määritä MDM-toimivallaksi Intune, jos sitä ei ole määritetty.
    .step-2 = Tarkista, että käyttäjän UPN-nimi (user principal name) Microsoft Entra ID:ssä vastaa paikallisen Active Directoryn UPN-nimeä.
    .step-3 = Pyydä käyttäjää kirjautumaan Yritysportaaliin ja yrittämään rekisteröintiä uudelleen.
