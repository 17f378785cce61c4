# Verkkopalvelu (`mdmdoc serve`): tukipalvelun sivu ja HTTP-rajapinnan viestit.

# Tämän kielen nimi omalla kielellään kielivalitsinta varten.
serve-language-name = Suomi
serve-page-title = mdmdoc-tukipalvelu
serve-tagline = Liitä, mitä näytöllä tai lokissa lukee, niin saat korjausohjeen Intunen hallitsemille Apple-laitteille.
serve-language-label = Kieli
serve-explain-heading = Selitä viesti
serve-paste-label = Virhekoodi, viesti tai lokiote
serve-paste-hint = Liitä se sellaisenaan kuin käyttäjä sen näkee; kirjoitusasu, välilyönnit ja ympäröivät lokirivit eivät haittaa. Tulokset päivittyvät kirjoittaessa.
serve-explain-button = Selitä
serve-facts-legend = Mitä muuta tiedät?
serve-fact-minutes-since-profile-download = Minuutteja siitä, kun laite latasi rekisteröintiprofiilin
serve-fact-minutes-since-profile-download-hint = SCEP-profiilin varmennepyyntö hyväksytään vain 15 minuutin ajan latauksesta; korjaus riippuu siitä, kummalla puolella tätä aikaikkunaa laite on.
serve-diagnose-heading = Tee vianmääritys vuokraajan tilannevedoksesta
serve-upload-label = Tilannevedostiedosto (JSON tai YAML)
serve-upload-hint = Yksi tiedosto, jonka avaimet ovat Microsoft Graphin kokoelmia, kuten mdmdoc collect tai Graph Explorer ne vie. Tiedosto tarkistetaan tällä palvelimella eikä sitä tallenneta.
serve-diagnose-button = Tee vianmääritys
serve-report-button = Lataa HTML-raportti
serve-report-ready = HTML-raportti on ladattu.
serve-no-file = Valitse ensin tilannevedostiedosto.
serve-results-heading = Tulokset
serve-results-empty = Ei vielä näytettävää: liitä viesti tai valitse tilannevedos.
serve-working = Käsitellään…
serve-copy-ticket = Kopioi tikettiin
serve-copied = Kopioitu. Liitä teksti tikettiin.
serve-copy-failed = Selain ei sallinut kopiointia. Valitse tulokset ja kopioi ne käsin.
serve-error-network = mdmdoc-palvelu ei vastaa. Tarkista, että se on yhä käynnissä, ja yritä uudelleen.
serve-new-tab = (avautuu uuteen välilehteen)
serve-noscript = Tämä sivu tarvitsee JavaScriptin. Ilman sitä käytä komentoriviä: mdmdoc explain "teksti".
serve-ticket-text = Ilmoitettu teksti:

serve-listening = mdmdoc tarjoaa tukisivun ja rajapinnan osoitteessa { $url } – pysäytä painamalla Ctrl-C.
serve-stopped = mdmdoc pysähtyi, kun käynnissä olleet pyynnöt oli käsitelty.
serve-request-body = pyynnön runko
serve-error-timeout = pyynnön käsittely kesti yli { $seconds } sekuntia ja keskeytettiin. Yritä uudelleen tai lähetä pienempi tilannevedos.
serve-error-busy = palvelu on varattu, eikä vapaata paikkaa löytynyt { $seconds } sekunnissa. Yritä hetken kuluttua uudelleen.
serve-error-too-large = pyynnön runko on suurempi kuin { $limit }, joka on tämän rajapinnan enimmäiskoko.
serve-error-body = pyynnön runkoa ei voitu lukea: { $reason }.
serve-error-bad-json = pyynnön runko ei ole tämän rajapinnan odottamaa JSONia ({ $reason }). Lähetä {"{"}"text": "…", "facts": {"{"}{"}"}, "lang": "fi-FI"{"}"}.
serve-error-fact-key = tiedon nimessä ”{ $key }” saa olla vain kirjaimia, numeroita sekä merkkejä ”_”, ”-” ja ”.”.
serve-error-fact-value = tiedon ”{ $key }” arvon on oltava luku tai teksti, ei luettelo tai objekti.
serve-error-bad-now = now=”{ $value }” ei ole päivämäärä ja kellonaika. Kirjoita se RFC 3339 -muodossa, esimerkiksi 2026-11-22T12:00:00Z.
serve-error-empty-body = pyynnön runko on tyhjä. Lähetä rungossa vuokraajan tilannevedos (JSON tai YAML).
serve-error-internal = mdmdocissa tapahtui sisäinen virhe, eikä pyyntöä saatu käsiteltyä. Ilmoita asiasta, kiitos.
serve-error-report-format = raporttimuoto ”{ $format }” ei ole käytettävissä. Valitse html, markdown, csv tai json.
serve-error-not-found = osoitteessa { $path } ei ole mitään. Sivu on osoitteessa / ja rajapinta polun /api/ alla.
serve-error-method = { $path } ei hyväksy tätä HTTP-metodia.
error-listen = osoitteessa { $addr } ei voi kuunnella: { $reason }. Anna vapaa osoite ja portti valitsimella --listen, esimerkiksi --listen 127.0.0.1:8080.
