## Automaattinen laiterekisteröinti (ADE): tunnusvirheet, synkronoinnin rajoitukset, rekisteröintiprofiilit ja Setup Assistant.

ade-token-invalid = ADE-rekisteröintiohjelman tunnus on virheellinen tai korvattu uudella
    .cause = Apple ei enää hyväksy Intunen käyttämää tunnusta (Apple vastaa HTTP 401 Unauthorized). Tunnus on voinut vanhentua, se on voitu kumota tai se on vioittunut, tai joku on ladannut Apple Business Managerista samalle MDM-palvelimelle uuden palvelintunnuksen, mikä mitätöi edellisen.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens, valitse tunnus ja tarkista sen vanhenemispäivä ja virheilmoitus.
    .step-2 = Uusi tunnus: avaa Apple Business Managerissa (tai Apple School Managerissa) siihen liitetty MDM-palvelin, lataa uusi palvelintunnus ja lähetä se Intuneen toiminnolla ”Renew token”. Käytä Apple ID:tä, jolla tunnus aikanaan luotiin.
    .step-3 = Jos uusiminen epäonnistuu, lähetä Apple Business Managerissa olemassa olevalle MDM-palvelimelle uusi Intunen julkinen avain (MDM server settings > Upload Public Key), lataa tunnus uudelleen ja uusi se Intunessa. Myös uusi tunnus, joka käyttää samaa MDM-palvelinta, toimii. Epäselvissä tilanteissa ota yhteyttä Intunen tukeen.
    .step-4 = Suorita tunnukselle manuaalinen synkronointi ja varmista, että virhe on poistunut.
    .warning = Jokainen tunnuksen lataus Apple Business Managerista mitätöi tunnuksen, jota Intune parhaillaan käyttää. Älä koskaan lataa tunnusta ”vain kokeeksi”: lataa se vasta, kun sen voi lähettää Intuneen heti perään.

ade-sync-access-denied = Apple esti Intunelta pääsyn ADE-tunnukseen
    .cause = Apple hylkää Intunen pyynnöt tämän tunnuksen osalta (HTTP 403, ACCESS_DENIED). Yleensä Intune on poistettu Apple Business Managerin tai Apple School Managerin MDM-palvelinten luettelosta, tai tunnus on vanhentunut tai korvattu uudemmalla.
    .step-1 = Tarkista Intune-hallintakeskuksessa (Devices > Enrollment > Apple > Enrollment program tokens), onko tunnus vanhentunut, ja kysy tiimiltä, onko joku äskettäin luonut tai ladannut sille uuden tunnuksen.
    .step-2 = Tarkista Apple Business Managerissa, että Intunen käyttämä MDM-palvelin on yhä MDM-palvelinten luettelossa ja että laitteet on edelleen määritetty sille.
    .step-3 = Jos tunnus on vanhentunut tai korvattu, uusi se Intunessa palvelintunnuksella, joka on juuri ladattu kyseiseltä MDM-palvelimelta.
    .step-4 = Suorita manuaalinen synkronointi ja varmista, että virhe on poistunut.
    .warning = Palvelintunnuksen lataaminen Apple Business Managerista mitätöi tunnuksen, jota Intune käyttää. Lataa tunnus vasta, kun uusimisen voi saman tien viedä Intunessa loppuun.

ade-sync-throttled = ADE-tunnusta ei voi vielä synkronoida uudelleen
    .cause = Apple rajoittaa, kuinka usein Intune saa kysyä muutoksia: manuaalisen synkronoinnin voi käynnistää kerran 15 minuutissa, ja kullakin synkronoinnilla on enintään 15 minuuttia aikaa valmistua. Sillä välin Sync-painike on poissa käytöstä. Tämä on odotettua eikä mikään vika.
    .step-1 = Odota, kunnes edellisestä synkronointipyynnöstä on kulunut 15 minuuttia, ja päivitä sitten sivu.
    .step-2 = Käynnistä synkronointi uudelleen kohdasta Devices > Enrollment > Apple > Enrollment program tokens > tunnus > Devices > Sync.
    .step-3 = Jos painike on senkin jälkeen pitkään poissa käytöstä, tarkista, näkyykö tunnuksen kohdalla jo mennyt vanhenemispäivä tai synkronointivirhe.
    .detail = Tunnuksen ”{ $token }” synkronointia pyydettiin { $minutes ->
        [0] juuri äsken
        [one] minuutti sitten
       *[other] { $minutes } minuuttia sitten
    }; seuraavan manuaalisen synkronoinnin voi käynnistää, kun pyynnöstä on kulunut 15 minuuttia.

ade-sync-internal-error = Applen ADE-palvelu palautti sisäisen palvelinvirheen
    .cause = Intunen ja Applen välinen synkronointi epäonnistui tämän tunnuksen kohdalla sisäiseen palvelinvirheeseen. Syytä ei voi päätellä pelkästä ilmoituksesta, vaan sen selvittämiseen tarvitaan lisää lokitietoja.
    .step-1 = Kirjaa muistiin tunnuksen nimi, virheen ajankohta ja tunnuksen kohdalla näkyvä teksti.
    .step-2 = Odota seuraavaa automaattista synkronointia (tai suorita yksi manuaalinen synkronointi) ja katso, toistuuko virhe.
    .step-3 = Jos virhe ei poistu, tee tukipyyntö Intunen tuelle ja liitä mukaan muistiin kirjatut tiedot, jotta tuki voi kerätä palvelun lokit.

ade-sync-cursor-error = ADE-synkronoinnin kursori on virheellinen tai vanhentunut
    .cause = Intune käyttää kursoria, jotta se voi hakea Apple Business Managerista vain edellisen synkronoinnin jälkeen tulleet muutokset. Apple on hylännyt kursorin tai ei löydä sitä, kursori on vanhentunut Intunen päässä, tai sitä ei asetettu lainkaan synkronoinnin alussa.
    .step-1 = Kirjaa muistiin tunnuksen nimi ja tarkka virheilmoitus: ”Invalid cursor”, ”Cursor expired” tai ”Required cursor”.
    .step-2 = Ota yhteyttä Intunen tukeen: tuki voi nollata kursorin ja yrittää synkronointia uudelleen palvelun puolelta.
    .step-3 = Kun tuki on vahvistanut korjauksen, suorita manuaalinen synkronointi ja tarkista, että uudet laitteet tulevat Apple Business Managerista Intuneen.

ade-profile-invalid-phone = ADE-rekisteröintiprofiilissa on virheellinen tuen puhelinnumero
    .cause = Apple hylkäsi rekisteröintiprofiilin, koska siihen syötetty tuen puhelinnumero ei kelpaa. Siksi profiilia ei voi lähettää laitteille.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens > tunnus > Profiles.
    .step-2 = Avaa jokainen profiili ja korjaa sen ominaisuuksista tuen puhelinnumero, joka näytetään Setup Assistantin aikana.
    .step-3 = Tallenna, suorita tunnukselle manuaalinen synkronointi ja tarkista, että virhe on poistunut.

ade-profile-invalid-name = ADE-rekisteröintiprofiilin nimi on virheellinen
    .cause = Apple hylkäsi rekisteröintiprofiilin, koska sen nimi on tyhjä, liian pitkä tai muuten kelvoton.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens > tunnus > Profiles.
    .step-2 = Etsi profiili, jonka nimi on tyhjä tai hyvin pitkä, ja anna sille lyhyt ja yksinkertainen nimi.
    .step-3 = Tallenna, suorita tunnukselle manuaalinen synkronointi ja tarkista, että virhe on poistunut.

ade-profile-invalid-department = ADE-rekisteröintiprofiilin osastotieto on virheellinen
    .cause = Apple hylkäsi rekisteröintiprofiilin, koska Setup Assistantin aikana näytettävässä Department-kentässä (osasto) on merkintä, jota Apple ei hyväksy.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens > tunnus > Profiles.
    .step-2 = Muokkaa kunkin profiilin Department-kenttää ja korjaa tai lyhennä merkintää.
    .step-3 = Tallenna, suorita tunnukselle manuaalinen synkronointi ja tarkista, että virhe on poistunut.

ade-profile-not-found = Apple ei löydä ADE-rekisteröintiprofiilia
    .cause = Applella ei ole tietoa rekisteröintiprofiilista, johon Intune joidenkin laitteiden kohdalla viittaa. Syitä voi olla useita: profiili on esimerkiksi poistettu, tai se ei koskaan päätynyt Applelle.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens > tunnus ja luo uusi rekisteröintiprofiili.
    .step-2 = Määritä uusi profiili ongelmasta kärsiville laitteille (tai aseta se tunnuksen oletusprofiiliksi).
    .step-3 = Suorita manuaalinen synkronointi ja tarkista näiden laitteiden profiilin tila.

ade-token-upload-failed = Rekisteröintiohjelman tunnusta ei voitu lähettää Intuneen
    .cause = Lähetys epäonnistui selaimessa virheeseen ”AjaxError: ajaxExtended call failed”. Kiertotapana on hakea tunnuksen julkinen Intune-avain Microsoft Graphista, viedä se itse Apple Business Manageriin ja ladata sitä vastaava tunnus.
    .step-1 = Suorita Graph Explorerissa GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings ja kirjaa muistiin tunnuksen id.
    .step-2 = Suorita GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/<tunnuksen id>/getEncryptionPublicKey ja kopioi varmenne vastauksen kentästä ”value”.
    .step-3 = Tallenna se .pem-tiedostoksi, jossa on täsmälleen kolme riviä: BEGIN CERTIFICATE -rivi, koko base64-teksti yhdellä rivillä ilman rivinvaihtoja ja END CERTIFICATE -rivi.
    .step-4 = Muokkaa Apple Business Managerissa MDM-palvelinta, lähetä .pem-tiedosto kohdassa MDM server settings ja tallenna. Jos muotoa ei hyväksytä, korjaa tiedosto, sulje sivu ja valitse Edit uudelleen.
    .step-5 = Lataa kyseiseltä MDM-palvelimelta palvelintunnus ja päivitä tai uusi sillä tunnus Intune-hallintakeskuksessa.
    .warning = Palvelintunnuksen lataaminen mitätöi kyseisen MDM-palvelimen tunnuksen, jota jokin MDM-ratkaisu parhaillaan käyttää. Vie lähetys Intuneen loppuun heti perään.

ade-token-device-limit = ADE-tunnuksella on yli 200 000 laitetta
    .cause = Microsoft suosittelee enintään 200 000 laitetta rekisteröintiohjelman tunnusta kohden. Sitä suuremmilla määrillä synkronointi Applen kanssa voi muuttua epäluotettavaksi.
    .step-1 = Luo Apple Business Manageriin Intunelle uusi MDM-palvelin ja määritä sille uusi rekisteröintiohjelman tunnus Intune-hallintakeskuksessa.
    .step-2 = Siirrä Apple Business Managerissa osa laitteista (esimerkiksi toimipaikan tai laitetyypin mukaan) nykyiseltä MDM-palvelimelta uudelle.
    .step-3 = Luo uudelle tunnukselle rekisteröintiprofiilit, määritä ne laitteille ja synkronoi molemmat tunnukset.
    .detail = Tunnuksella ”{ $token }” on { $count } synkronoitua laitetta.

ade-token-near-device-limit = ADE-tunnuksen laitemäärä lähestyy 200 000:ta
    .cause = Tunnuksen laitemäärä on jo vähintään 90 % Microsoftin suosittelemasta enimmäismäärästä, joka on 200 000 laitetta tunnusta kohden. Kun raja ylittyy, synkronoinnit voivat alkaa epäonnistua.
    .step-1 = Suunnittele jo nyt toinen rekisteröintiohjelman tunnus: uusi MDM-palvelin Apple Business Manageriin ja sille oma tunnus Intuneen.
    .step-2 = Määritä uudet hankinnat uudelle MDM-palvelimelle ja siirrä olemassa olevia laitteita sille sopivana ajankohtana.
    .detail = Tunnuksella ”{ $token }” on { $count } synkronoitua laitetta, kun suositeltu enimmäismäärä on 200 000.

ade-token-count-limit = Vuokraaja on saavuttanut 2 000 ADE-tunnuksen enimmäismäärän
    .cause = Intune-tilillä voi olla enintään 2 000 rekisteröintiohjelman tunnusta. Kun määrä on täynnä, uusia tunnuksia ei voi lisätä.
    .step-1 = Tuo Intune-hallintakeskuksessa tunnukset näkyviin kohdassa Devices > Enrollment > Apple > Enrollment program tokens ja etsi ne, jotka eivät enää ole käytössä (vanhentuneet, ei laitteita, ei viimeaikaisia synkronointeja).
    .step-2 = Käyttämätön tunnus poistetaan näin: ensin sen laitteet ja kaikki sen rekisteröintiprofiilit, sitten itse tunnus.
    .step-3 = Kokoa laitteet mahdollisuuksien mukaan harvempien tunnusten alle sen sijaan, että jokaiselle toimipaikalle tai tiimille luodaan oma tunnus.
    .warning = Tunnuksen laitteiden poistaminen poistaa ne Intunen hallinnasta, ja käyttäjät menettävät niillä pääsyn yrityksen resursseihin. Poista vain tunnuksia, joiden laitteet ovat jo poistuneet käytöstä tai rekisteröidään uudelleen toisella tunnuksella.
    .detail = Vuokraajalla on { $count } rekisteröintiohjelman tunnusta.

ade-sync-duration = Tämän ADE-tunnuksen synkronointi kestää yli 15 minuuttia
    .cause = Apple lähettää Intuneen noin 3 000 laitetta minuutissa, ja synkronointipyynnöllä on 15 minuuttia aikaa valmistua. Näin monen laitteen tunnusta ei voi synkronoida kokonaan yhden aikaikkunan aikana, joten liian aikaisin käynnistetty uusi synkronointi vain aloittaa työn alusta.
    .step-1 = Anna käynnistetyn manuaalisen synkronoinnin edetä rauhassa; älä valitse Sync uudelleen ennen kuin alla mainittu aika on kulunut.
    .step-2 = Tunnuksen viimeisimmän onnistuneen synkronoinnin ajankohdasta näkee, milloin synkronointi on valmistunut.
    .step-3 = Jos tunnuksen laitemäärä kasvaa edelleen, harkitse laitteiden jakamista useammalle tunnukselle.
    .detail = Tunnuksella ”{ $token }” on { $count } laitetta: synkronointi kestää noin { $minutes } minuuttia, joten odota vähintään sen verran ennen seuraavaa synkronointia.

ade-deleted-device-reappears = Poistettu ADE-laite palasi synkronoinnin jälkeen
    .cause = Laitteen poistaminen Intunesta ei poista sitä Apple Business Managerista. Niin kauan kuin laite on siellä määritetty Intunen MDM-palvelimelle, seuraava täysi synkronointi (enintään kerran 7 päivässä) tuo sen takaisin.
    .step-1 = Etsi laite sarjanumeron perusteella Apple Business Managerista (tai Apple School Managerista).
    .step-2 = Poista laitteen määritys Intunen käyttämältä MDM-palvelimelta tai määritä laite toiselle MDM-palvelimelle.
    .step-3 = Poista laite sitten uudelleen Intunesta; se ei enää palaa.

ade-released-device-listed = Apple Business Managerista vapautettu laite näkyy yhä Intunessa
    .cause = Kun laite vapautetaan Apple Business Managerista tai Apple School Managerista, Intune pitää sen tunnuksen laiteluettelossa poistetuksi merkittynä enintään 45 päivää. Laite poistuu luettelosta automaattisesti 30–45 päivän kuluessa.
    .step-1 = Toimia ei tarvita: laite katoaa luettelosta itsestään 45 päivän kuluessa vapauttamisesta.
    .step-2 = Luettelon voi siivota nopeammin poistamalla vapautetut laitteet yksitellen tunnuksen laiteluettelosta Intune-hallintakeskuksessa.

ade-device-already-activated = ADE ei käynnisty laitteella, joka on jo aktivoitu
    .cause = Automaattinen laiterekisteröinti toimii vain Setup Assistantin aikana. Jo aktivoitu ja käyttöön otettu laite ohittaa sen, joten laite ei koskaan saa rekisteröintiprofiilia, vaikka se olisi Apple Business Managerissa määritetty Intunelle.
    .step-1 = Tarkista Apple Business Managerista, että laite on määritetty Intunen MDM-palvelimelle, ja Intunesta, että laitteelle on määritetty profiili.
    .step-2 = Varmuuskopioi laitteelta kaikki, mitä käyttäjä tarvitsee.
    .step-3 = Tyhjennä laite: tyhjennä se Intunesta, jos se on rekisteröity, tai palauta sen tehdasasetukset (Asetukset > Yleiset > Siirrä tai nollaa iPhone/iPad > Poista kaikki sisältö ja asetukset).
    .step-4 = Käynnistä laite ja käy Setup Assistant uudelleen läpi; Etähallinta-näkymän (Remote Management) pitäisi tulla näkyviin.
    .warning = Laitteen tyhjentäminen tai tehdasasetusten palautus poistaa kaiken sen sisällön, eikä sitä voi perua. Varmuuskopioi ensin.

ade-enrollment-not-starting = ADE-rekisteröinti ei käynnisty laitteella
    .cause = Laite käynnistyy ja sille on määritetty profiili, mutta Setup Assistant ei koskaan näytä Etähallinta-näkymää (Remote Management). Yleensä rekisteröintiprofiili on luotu ennen kuin tunnus lähetettiin, tai laitteelle ei ole määritetty profiilia.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens > tunnus ja tarkista, että rekisteröintiprofiili on olemassa ja määritetty laitteelle (tai että se on oletusprofiili).
    .step-2 = Muokkaa profiilia, tee siihen jokin pieni muutos ja tallenna, jotta sen muokkausaika päivittyy.
    .step-3 = Avaa tunnuksen kohdalla Devices ja valitse Sync; odota, että synkronointi valmistuu.
    .step-4 = Käynnistä sitten laite (palauta ensin sen tehdasasetukset, jos se on jo ohittanut Setup Assistantin).

ade-stuck-awaiting-final-configuration = Laite on jumissa näkymässä ”Awaiting final configuration” tai ”Guided Access app unavailable”
    .cause = Profiili asentaa Yritysportaalin Apps and Books (VPP) -tunnuksen kautta ja pitää sitä yhden sovelluksen tilassa (Single App Mode), kunnes käyttäjä on todennettu. Jos tunnuksessa on ongelma (se on vanhentunut, sen käyttöoikeudet ovat loppuneet tai se on käytössä muualla), sovellus ei koskaan asennu ja Setup Assistant jää odottamaan. Applen tilapäinen palvelukatko aiheuttaa saman.
    .step-1 = Avaa rekisteröintiprofiilin ominaisuudet Intunessa ja tarkista, näkyykö siellä Apps and Books -tunnuksen virhettä.
    .step-2 = Korjaa tunnus: uusi se, vapauta tai hanki lisää Yritysportaalin käyttöoikeuksia tai ota tunnus takaisin toisesta MDM-tuotteesta tai vuokraajasta.
    .step-3 = Avaa rekisteröintiohjelman tunnuksen kohdalla Devices, suodata Profile status -arvolla Blocked ja kirjaa sarjanumerot muistiin.
    .step-4 = Tyhjennä nämä laitteet ja pyydä niiden käyttäjiä käymään rekisteröinti uudelleen läpi.
    .step-5 = Jos tunnusvirhettä ei näy, tarkista Applen järjestelmän tilasivulta, onko palvelussa katkos, ja yritä myöhemmin uudelleen.
    .warning = Tyhjentäminen poistaa laitteelta kaiken, eikä sitä voi perua. Tyhjennä vain ne estetyt laitteet, joiden sarjanumerot kirjattiin muistiin.

ade-stuck-at-login-mfa = Setup Assistant pysähtyy käyttäjän kirjautumisen jälkeen (MFA ja vanha todentamismenetelmä)
    .cause = ADE-profiili todentaa käyttäjät menetelmällä Setup Assistant (legacy), ja käyttäjiltä vaaditaan monimenetelmäinen todentaminen (MFA). MFA:ta ei voi suorittaa tällä menetelmällä, joten Setup Assistant pysähtyy, kun tunnistetiedot on annettu.
    .step-1 = Muokkaa Intune-hallintakeskuksessa rekisteröintiprofiilia ja valitse todentamismenetelmäksi Setup Assistant with modern authentication (iOS/iPadOS 13 tai uudempi).
    .step-2 = Jos vanhasta menetelmästä ei voi luopua, jätä nämä kirjautumiset sen sijaan MFA:n ulkopuolelle.
    .step-3 = Uusi asetus tulee voimaan vasta palautuksen jälkeen: tyhjennä jumiin jäänyt laite ja käy Setup Assistant uudelleen läpi.
    .warning = Laitteen tyhjentäminen poistaa siltä kaiken. Setup Assistantissa yhä olevalla laitteella ei yleensä ole käyttäjän tietoja, mutta varmista asia ensin.

ade-xpc-connection-invalid = ADE epäonnistuu käynnistettäessä: XPC_TYPE_ERROR Connection invalid
    .cause = Laite ei pysty pitämään yhteyttä Applen palveluihin käyttöönoton aikana, joten automaattinen rekisteröinti epäonnistuu, vaikka profiili on määritetty. Konsolin lokissa näkyy XPC_TYPE_ERROR Connection invalid tai MobileAssetError:29.
    .step-1 = Yhdistä laite toiseen verkkoon tai tarkista, että nykyinen verkko päästää laitteen Applen palvelimiin (mikään välityspalvelin tai suodatin ei estä yhteyttä).
    .step-2 = Käynnistä laite uudelleen ja käy Setup Assistant uudelleen läpi.
    .step-3 = Jos virhe toistuu verkossa, jonka tiedetään toimivan, ota yhteyttä Applen tukeen.

ade-token-delete-blocked = ADE-tunnusta ei voi vielä poistaa
    .cause = Intune poistaa rekisteröintiohjelman tunnuksen vain, jos sille tai sen oletusprofiilille ei ole määritetty laitteita eikä sen alla ole enää rekisteröintiprofiileja.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Enrollment program tokens > tunnus > Devices ja poista kaikki laitteet.
    .step-2 = Avaa tunnuksen rekisteröintiprofiilit ja poista ne kaikki, myös oletusprofiili.
    .step-3 = Poista tunnus.
    .warning = Laitteiden poistaminen poistaa ne Intunen hallinnasta, ja käyttäjät menettävät pääsyn yrityksen sovelluksiin ja tietoihin. Jos laitteita halutaan edelleen hallita, tyhjennä ne ja rekisteröi ne toisella tunnuksella.

doc-ade-token-create = ADE-rekisteröintiohjelman tunnuksen luominen
doc-ade-setup = ADE-rekisteröintiprofiilien määrittäminen iOS/iPadOS-laitteille
doc-ade-token-upload-error = Rekisteröintiohjelman tunnuksen lähetysvirheen korjaaminen
doc-graph-dep-onboarding-setting = Microsoft Graph: depOnboardingSetting (ADE-tunnus)
doc-ade-token-delete = Rekisteröintiohjelman tunnuksen poistaminen
doc-ade-enrollment-not-starting = ADE-rekisteröinti ei käynnisty
doc-ade-auto-enrollment-fails = ADE-laitteet, joiden automaattinen rekisteröinti epäonnistuu
doc-ade-stuck-at-login = ADE-rekisteröinti jumittuu käyttäjän kirjautumiseen
doc-ade-xpc-error = ADE-virhe XPC_TYPE_ERROR Connection invalid
