# Keruu suoraan Microsoft Graphista: `mdmdoc collect` ja `mdmdoc diagnose --live`.

collect-progress-items = { $count ->
    [one] { $count } tietue tähän mennessä
   *[other] { $count } tietuetta tähän mennessä
}
collect-progress-done = valmis: { $count ->
    [one] { $count } tietue
   *[other] { $count } tietuetta
}
collect-progress-not-configured = ei määritetty
collect-retry-status = { $collection }: { $host } vastasi HTTP { $status }; uusi yritys { $seconds } s:n kuluttua (yritys { $attempt }/{ $max }).
collect-retry-timeout = { $collection }: { $host } ei vastannut ajoissa; uusi yritys { $seconds } s:n kuluttua (yritys { $attempt }/{ $max }).
collect-retry-network = { $collection }: { $host } ei ole tavoitettavissa ({ $reason }); uusi yritys { $seconds } s:n kuluttua (yritys { $attempt }/{ $max }).

collect-done = Tilannekuva tallennettu kansioon { $path }.
collect-done-redacted = Tilannekuva tallennettu kansioon { $path }; käyttäjänimet, sähköpostiosoitteet, sarjanumerot, laitenimet ja Apple ID:t on korvattu tiivisteillä.
collect-summary-records = { $count ->
    [one] { $count } tietue
   *[other] { $count } tietuetta
}{ $pages ->
    [one] {""}
   *[other] {", "}{ $pages } sivua
}
collect-summary-not-configured = ei määritetty (Graphilla ei ole tätä objektia tässä vuokraajassa)
collect-next = Diagnosoi se komennolla: { $command }

error-collect-no-secret = asiakasohjelman salaisuus puuttuu. Aseta se ympäristömuuttujaan MDMDOC_CLIENT_SECRET (sitä ei koskaan oteta vastaan komentorivin valitsimena, jotta se ei päädy komentohistoriaan eikä prosessiluetteloon) ja suorita komento uudelleen.
error-collect-missing-flag = { $flag } tarvitaan Microsoft Graphiin kirjautumiseen. Anna hakemiston (vuokraajan) tunnus valitsimella --tenant ja sovellusrekisteröinnin sovellustunnus (asiakastunnus) valitsimella --client-id.
error-collect-unexpected-flag = { $flag } on käytössä vain kerättäessä Microsoft Graphista. Lisää --live (ja jätä tilannekuvan polku pois) tai poista { $flag }.
error-collect-bad-url = { $flag } ”{ $value }” ei kelpaa: { $reason }. Anna palvelun perusosoite, esimerkiksi https://graph.microsoft.com.
error-collect-bad-tenant = --tenant ”{ $value }” ei ole hakemiston tunnus eikä toimialueen nimi. Käytä vuokraajan tunnusta (GUID) tai toimialuetta, kuten contoso.onmicrosoft.com.
error-collect-out-exists = { $path } on jo olemassa eikä ole tyhjä. Valitse toinen kansio tai lisää --force, jolloin se korvataan, kun uusi tilannekuva on valmis.
error-collect-write = kohteeseen { $path } ei voi kirjoittaa: { $reason }. Tarkista vapaa tila ja käyttöoikeudet.
error-collect-auth = kirjautuminen palvelussa { $host } epäonnistui (HTTP { $status }): { $code }: { $description } { $hint ->
    [secret] Tarkista asiakasohjelman salaisuus muuttujassa MDMDOC_CLIENT_SECRET: se voi olla kirjoitettu väärin tai vanhentunut, tai arvon sijaan on kopioitu salaisuuden tunnus.
    [tenant] Tarkista --tenant: sen on oltava organisaation hakemistotunnus tai vahvistettu toimialue.
    [client] Tarkista --client-id: sen on oltava tämän vuokraajan sovellusrekisteröinnin sovellustunnus (asiakastunnus).
    [consent] Järjestelmänvalvojan on myönnettävä järjestelmänvalvojan suostumus sovellusrekisteröinnin käyttöoikeuksille.
   *[other] Tarkista vuokraaja, asiakastunnus ja salaisuus.
}
error-collect-permission = Microsoft Graph kieltäytyi antamasta kokoelmaa { $collection } (HTTP { $status }, { $code }: { $message }). Sovellusrekisteröinti tarvitsee Microsoft Graphin sovelluskäyttöoikeuden { $permissions } (yksi niistä riittää) ja myönnetyn järjestelmänvalvojan suostumuksen. Lisää se Microsoft Entra ID:ssä kohdassa API-käyttöoikeudet, myönnä järjestelmänvalvojan suostumus ja suorita komento uudelleen.
error-collect-http = kokoelman { $collection } nouto epäonnistui: { $url } vastasi HTTP { $status } ({ $code }: { $message }), yrityksiä { $attempts }. Mitään ei kirjoitettu; yritä myöhemmin uudelleen tai tarkista Microsoft Intunen palvelun tila.
error-collect-network = { $collection ->
    [sign-in] kirjautuminen epäonnistui
   *[other] kokoelman { $collection } nouto epäonnistui
}: { $host } ei ole tavoitettavissa ({ $reason }), yrityksiä { $attempts }. Tarkista verkko, välityspalvelin ja palomuuri sekä valitsimella --graph-url tai --login-url annettu osoite.
error-collect-timeout = { $collection ->
    [sign-in] kirjautuminen epäonnistui
   *[other] kokoelman { $collection } nouto epäonnistui
}: { $host } ei vastannut { $seconds } sekunnissa, yrityksiä { $attempts }. Yritä myöhemmin uudelleen tai anna lisää aikaa valitsimella --timeout.
error-collect-bad-response = kokoelman { $collection } nouto epäonnistui: { $url } ei palauttanut Microsoft Graph -vastausta ({ $message }). Tarkista, että --graph-url osoittaa Microsoft Graphiin.
error-collect-foreign-link = kokoelman { $collection } nouto keskeytettiin: seuraava sivu on toisella palvelimella ({ $link }), ja käyttöoikeustunnus lähetetään vain palvelimelle { $host }.
