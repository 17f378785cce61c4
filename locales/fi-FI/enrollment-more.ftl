## Lisää rekisteröintivirheitä: Yritysportaali, käyttöoikeudet, profiilin asennus, rajoitukset,
## yhteydenotot Intuneen ja laitteen palauttamat MDM-koodit.

enroll-company-portal-unavailable = Yritysportaali ei tavoita Intunea laitteen rekisteröimiseksi
    .cause = Tämä Yritysportaalin yleinen virheilmoitus tarkoittaa yleensä, että laitteen sovellus on vanhentunut tai vioittunut. Sen takana voi olla myös jokin muu ongelma, useimmiten se, että käyttäjä on saavuttanut rekisteröitävien laitteiden enimmäismäärän.
    .step-1 = Pyydä käyttäjää poistamaan Yritysportaali-sovellus laitteelta.
    .step-2 = Kirjaudu laitteen Safarissa osoitteeseen https://portal.manage.microsoft.com käyttäjän työtilillä.
    .step-3 = Jos kirjautuminen epäonnistuu, kokeile toista verkkoa (esimerkiksi mobiilidataa vieraille tarkoitetun Wi-Fi-verkon sijaan) ja tarkista sitten Microsoft Entra ID:stä, että käyttäjän tili ja salasana ovat synkronoituneet.
    .step-4 = Jos kirjautuminen onnistuu, asenna Yritysportaali uudelleen App Storesta, kun sitä pyydetään, ja aloita rekisteröinti alusta.
    .step-5 = Jos virhe toistuu, vertaa käyttäjän jo rekisteröimien laitteiden määrää laitemäärärajoituksessa asetettuun rajaan.

enroll-account-not-onboarded = Rekisteröinti hylättiin: vuokraaja ei ole valmis Apple-laitteiden hallintaan
    .cause = Intune hylkää rekisteröinnin, koska Apple MDM Push -varmenteen määritystä ei ole koskaan viety loppuun tai varmenne on vanhentunut.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Apple > Apple MDM Push certificate ja tarkista varmenteen tila ja vanhenemispäivä.
    .step-2 = Jos varmenne on vanhentunut, kirjaudu Apple Push Certificates Portal -sivustolle sillä Apple ID:llä, jolla varmenne luotiin, valitse nykyisen varmenteen kohdalla ”Renew” ja lähetä uusittu tiedosto Intuneen.
    .step-3 = Jos varmennetta ei ole koskaan lähetetty, vie määritys loppuun. Microsoft 365 Basic Mobility and Security -vuokraajassa sama tehdään Microsoft 365 -hallintakeskuksessa.
    .step-4 = Kun varmenne näkyy aktiivisena, pyydä käyttäjää rekisteröimään laite uudelleen.
    .warning = Varmenne on uusittava, ei korvattava: jos nykyisen varmenteen uusimisen sijaan luodaan uusi, jokainen rekisteröity iPhone, iPad ja Mac on rekisteröitävä uudelleen.

enroll-device-type-not-supported = Laitetta tai sen iOS/iPadOS-versiota ei tueta
    .cause = Käyttäjä yritti rekisteröidä laitteen, jota Intune ei hyväksy, tai iPhonen tai iPadin, jonka iOS/iPadOS-versio on nykyistä vähimmäisversiota vanhempi. Käyttäjään liitetyissä laitteissa on oltava tuettu versio (nykyään 17 tai uudempi). Ilman käyttäjää rekisteröitävät laitteet voi yhä rekisteröidä iOS/iPadOS 15:stä alkaen, mutta kaikkien ominaisuuksien toimintaa ei taata.
    .step-1 = Varmista, että käyttäjä todella rekisteröi iPhonea tai iPadia eikä jotakin muuta laitetta iOS-rekisteröinnin kautta.
    .step-2 = Avaa laitteella Asetukset > Yleiset > Tietoja ja kirjaa iOS/iPadOS-versio muistiin.
    .step-3 = Vertaa versiota Intunen tuettujen käyttöjärjestelmien sivuun, jota päivitetään vuosittain. Vanhemmissa virhetaulukoissa mainittu versio 8.0 ei enää pidä paikkaansa.
    .step-4 = Pyydä käyttäjää asentamaan uusin päivitys kohdasta Asetukset > Yleiset > Ohjelmistopäivitys ja rekisteröimään laite sitten uudelleen.
    .step-5 = Jos laitteistolle ei saa tuettua versiota, vaihda laite tai rekisteröi se ilman käyttäjäaffiniteettia, jos se sopii laitteen käyttötarkoitukseen.
    .detail = Laitteen ”{ $device }” käyttöjärjestelmä on iOS/iPadOS { $version }, mikä on vanhempi kuin Intunen tällä rekisteröintitavalla tukema vähimmäisversio.

enroll-user-license-invalid = Käyttäjällä ei ole Intune-käyttöoikeutta
    .cause = Intune ei voinut vahvistaa käyttäjää: tilillä ei ole Intune-käyttöoikeutta, sen käyttöoikeus ei vastaa vuokraajan MDM-toimivaltaa tai tili ei vielä kuulu ryhmään, jonka jäsenet saavat rekisteröidä laitteita.
    .step-1 = Avaa Microsoft 365 -hallintakeskuksessa Users > Active users > käyttäjä > Licenses and apps ja tarkista, että käyttäjälle on määritetty käyttöoikeus, johon Intune sisältyy.
    .step-2 = Jos käyttöoikeus määritetään ryhmän kautta, tarkista Microsoft Entra ID:stä, että käyttäjä on ryhmän jäsen ja ettei käyttöoikeuden määrityksessä ole virhettä.
    .step-3 = Varmista, että käyttöoikeus sopii MDM-toimivaltaan Intune (pelkkä vanha Configuration Managerin käyttöoikeus ei riitä).
    .step-4 = Odota muutama minuutti, että käyttöoikeus tulee voimaan, ja pyydä sitten käyttäjää kirjautumaan Yritysportaaliin ja rekisteröimään laite uudelleen.
    .detail = Rekisteröintiyritys { $date } hylättiin käyttäjän tarkistuksessa: { $reason }

enroll-profile-network-error = Profiilin asennus epäonnistui verkkovirheeseen
    .cause = Ilmoituksesta huolimatta kyse ei yleensä ole verkko-ongelmasta vaan itse laitteen iOS-viasta, jota tavallinen uusi yritys ei korjaa.
    .step-1 = Varmuuskopioi laite iCloudiin tai tietokoneelle.
    .step-2 = Käynnistä laite palautustilaan ja palauta se uutena laitteena, ei varmuuskopiosta.
    .step-3 = Rekisteröi laite uudelleen Intuneen ja palauta henkilökohtaiset tiedot tarvittaessa vasta sen jälkeen.
    .warning = Laitteen palauttaminen poistaa siltä kaiken. Varmista ennen aloittamista, että varmuuskopiointi on valmis.

enroll-profile-connection-failed = Profiilin asennus epäonnistui: laite ei saanut yhteyttä palvelimeen
    .cause = Hallintaprofiilia ei voitu asentaa. Tavallisesti syitä on neljä: vain yrityksen omistamia laitteita saa rekisteröidä, toisen käyttäjän aiempaa rekisteröintiä ei ole siivottu pois, laitetta hallitaan jo toisella MDM-palvelulla tai käyttäjällä ei ole Intune-käyttöoikeutta.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Device platform restriction ja tarkista, että iOS/iPadOS on sallittu, myös henkilökohtaisessa omistuksessa olevien laitteiden osalta, jos tämä laite on henkilökohtainen.
    .step-2 = Jos joku muu on rekisteröinyt laitteen aiemmin, peruuta profiilin asennus, avaa Safarissa https://portal.manage.microsoft.com ja rekisteröi laite uudelleen. Jos se ei vieläkään onnistu, tyhjennä Safarin evästeet (pidä evästeet kuitenkin sallittuina) ja yritä uudelleen.
    .step-3 = Avaa laitteella Asetukset > Yleiset > VPN ja laitehallinta. Jos siellä näkyy toisen MDM-palvelun hallintaprofiili, poista se ennen rekisteröintiä.
    .step-4 = Tarkista Microsoft 365 -hallintakeskuksessa, että käyttäjällä on Intune-käyttöoikeus, määritä se tarvittaessa ja pyydä käyttäjää rekisteröimään laite uudelleen.

enroll-profile-payload-mismatch = Profiilin asennus epäonnistui: laitteessa on jo hallintaprofiili
    .cause = Laitteessa on jo MDM-hallintaprofiili, joten iOS kieltäytyy asentamasta uutta profiilia, joka ei vastaa sitä.
    .step-1 = Avaa laitteella Asetukset > Yleiset > VPN ja laitehallinta.
    .step-2 = Napauta nykyistä hallintaprofiilia ja valitse ”Poista hallinta”.
    .step-3 = Aloita rekisteröinti alusta Yritysportaalissa.

enroll-workplace-join-failed = Workplace Join epäonnistui rekisteröinnin aikana
    .cause = Yritysportaali ei pystynyt rekisteröimään laitetta, useimmiten siksi, että sovellus on vanhentunut tai vioittunut.
    .step-1 = Pyydä käyttäjää poistamaan Yritysportaali-sovellus laitteelta.
    .step-2 = Asenna ”Intune Company Portal” (Yritysportaali) uudelleen App Storesta.
    .step-3 = Kirjaudu Yritysportaaliin ja rekisteröi laite uudelleen.

enroll-platform-restricted = Laitealustarajoitus estää iOS/iPadOS-laitteiden rekisteröinnin
    .cause = Käyttäjää koskeva rekisteröintirajoitus, usein oletusrajoitus All Users, estää iOS/iPadOS-laitteet, joten laite ilmoittaa virheellisestä profiilista. Automaattinen laiterekisteröinti (ADE) epäonnistuu samalla tavalla, kun iOS/iPadOS on estetty.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Enrollment > Device platform restriction ja valitse iOS/iPadOS-rajoitukset.
    .step-2 = Avaa käyttäjää koskeva rajoitus (aloita oletusrajoituksesta) ja valitse Properties > Platform settings > Edit.
    .step-3 = Valitse iOS/iPadOS-kohtaan ”Allow” ja tallenna. Jos vain yrityksen laitteet halutaan hyväksyä, estä sen sijaan henkilökohtaisessa omistuksessa olevat laitteet: ADE-laitteet lasketaan yrityksen laitteiksi.
    .step-4 = Pyydä käyttäjää rekisteröimään laite uudelleen.

enroll-multiple-mdm = Laitetta hallitaan jo toisella MDM-palvelulla
    .cause = iOS sallii vain yhden MDM-rekisteröinnin kerrallaan. Laitteessa on yhä hallintaprofiili toisesta MDM-palvelusta tai aiemmasta rekisteröinnistä.
    .step-1 = Avaa laitteella Asetukset > Yleiset > VPN ja laitehallinta ja tarkista, onko siellä hallintaprofiilia.
    .step-2 = Jos laite kuuluu toiseen MDM-palveluun, vapauta se ensin siellä (poista sen rekisteröinti tai, jos kyseessä on ADE-laite, poista Apple Business Managerissa laitteen määritys kyseiseltä MDM-palvelimelta).
    .step-3 = Poista laitteelle jäänyt hallintaprofiili ja rekisteröi laite sitten uudelleen Intuneen.

enroll-restrictions-enforced = Rekisteröintirajoitus esti rekisteröinnin
    .cause = Jokin vuokraajan rekisteröintirajoituksista, esimerkiksi alusta-, omistajuus- tai laitemäärärajoitus, hylkäsi tämän laitteen. Tämä voi olla tarkoituksellista, joten tarkista asia ennen kuin mitään muutetaan.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Monitor > Enrollment failures ja valitse tapahtuma: siitä näkee, mikä rajoitus esti rekisteröinnin.
    .step-2 = Avaa Devices > Enrollment ja käy läpi käyttäjälle määritetyt laitealusta- ja laitemäärärajoitukset sekä niiden prioriteettijärjestys.
    .step-3 = Jos laite pitäisi sallia, muokkaa rajoitusta tai määritä käyttäjälle sallivampi rajoitus ja pyydä sitten käyttäjää rekisteröimään laite uudelleen.
    .detail = Rekisteröintiyritys { $date } estettiin: { $reason }

enroll-user-abandoned = Rekisteröinti aloitettiin, mutta sitä ei viety loppuun
    .cause = Käyttäjä aloitti laitteen rekisteröinnin mutta ei saanut sitä valmiiksi ajoissa. Tämä ei yleensä ole vika, mutta toistuvat tapaukset voivat viitata vaiheeseen, joka hämmentää käyttäjiä.
    .step-1 = Avaa Intune-hallintakeskuksessa Devices > Monitor > Enrollment failures ja katso, mitä käyttäjää ja laitetta tapaus koskee.
    .step-2 = Ota yhteyttä käyttäjään ja pyydä häntä aloittamaan rekisteröinti Yritysportaalissa alusta ja viemään se loppuun.
    .step-3 = Jos moni käyttäjä luovuttaa samassa kohdassa, käy läpi rekisteröintiohjeet ja käyttäjille näytettävät näkymät.
    .detail = Rekisteröinti aloitettiin { $date }, mutta se keskeytyi ennen kuin se oli valmis.

enroll-ca-requires-company-portal = Ehdollinen käyttöoikeus estää ADE-laitteen, jossa ei ole Yritysportaalia
    .cause = Laite on rekisteröity automaattisella laiterekisteröinnillä (ADE) Setup Assistant -todennusta käyttäen, eikä siinä ole Yritysportaalia. Ehdollinen käyttöoikeus (Conditional Access) tarvitsee Yritysportaalin tunnistaakseen laitteen hallituksi.
    .step-1 = Avaa Intune-hallintakeskuksessa rekisteröintiohjelman tunnus ja laitteelle määritetty rekisteröintiprofiili.
    .step-2 = Vaihda todennusmenetelmäksi Yritysportaali (Company Portal) tai Setup Assistant with modern authentication. Muutos koskee vain laitteita, jotka rekisteröidään sen jälkeen.
    .step-3 = Määritä Yritysportaali jo rekisteröidyille laitteille pakolliseksi sovellukseksi (Required) ja ota samalla käyttöön ADE-laitteille tarkoitettu Yritysportaalin sovellusmäärityskäytäntö.

device-not-checking-in = Laite on lakannut ottamasta yhteyttä Intuneen
    .cause = Laite ei enää pysty synkronoimaan Intunen kanssa eikä välttämättä ole enää kunnolla rekisteröity, joten se ei saa käytäntöjä, sovelluksia tai etätoimintoja, ja käyttäjät voivat menettää pääsyn resursseihin ehdollisen käyttöoikeuden vuoksi. Hallintakeskus näyttää laitteen hallintatilaksi (Management state) ”Unhealthy”.
    .step-1 = Pyydä käyttäjää avaamaan Yritysportaali laitteella ja odottamaan, kun se yrittää synkronoida.
    .step-2 = Jos näkyviin tulee ”Unable to sync”, napauta ilmoituksen vieressä ”Set up” ja rekisteröi laite uudelleen Company Access Setup -ohjeiden mukaisesti.
    .step-3 = Tarkista Intune-hallintakeskuksesta, että laite synkronoituu taas eikä sen hallintatila ole enää ”Unhealthy”.
    .detail = Laitteen ”{ $device }” hallintatila on ”Unhealthy”; se synkronoitui viimeksi { $last-sync }.

mdm-device-busy = iOS-laite oli varattu ja lykkäsi komentoa
    .cause = Kyse ei ole rekisteröintivirheestä. Laite oli lukittu tai asensi sovellusta tai päivitystä ja vastasi Intunen MDM-komentoon ”not now” (NotNow). Profiili otetaan käyttöön, kun laitteen lukitus avataan; siihen asti laite voi näkyä ei-vaatimustenmukaisena.
    .step-1 = Pyydä käyttäjää avaamaan laitteen lukitus ja pitämään laite verkossa muutaman minuutin ajan.
    .step-2 = Jos seuraavaa yhteydenottoa ei haluta odottaa, käynnistä laitteen synkronointi Intune-hallintakeskuksesta (Sync).
    .step-3 = Tarkista profiilin tila uudelleen. Selvitä asiaa pidemmälle vain, jos virhe jatkuu, vaikka laitteen lukitus on auki.

doc-profile-installation-failed = ”Profile installation failed” -virheet iOS/iPadOS-laitteissa
doc-ios-enrollment-other-errors = Muut iOS/iPadOS-rekisteröinnin virheet ja ongelmat
doc-supported-platforms = Intunen tukemat käyttöjärjestelmät
doc-enrollment-restrictions = Rekisteröintirajoitukset
doc-enrollment-failure-reports = Rekisteröintivirheiden raportit
doc-ios-device-error-codes = iOS/iPadOS-laitteiden palauttamat virhekoodit
doc-ca-on-ade-devices = Yrityksen resurssit ovat estettyinä ADE:lla rekisteröidyissä laitteissa
doc-ade-profile-authentication = ADE-rekisteröintiprofiilit: todennusmenetelmä ja Yritysportaali
doc-ios-devices-inactive = iOS/iPadOS-laitteet, jotka eivät ota yhteyttä Intuneen
doc-ios-device-busy = ”iOS device is currently busy”, kun profiilia otetaan käyttöön
