# Päätteen ja raporttien merkkijonot. Sääntöjen tekstit ovat aluekohtaisissa tiedostoissa (ade.ftl, apns.ftl, …).

severity-critical = Kriittinen
severity-high = Korkea
severity-medium = Keskitaso
severity-low = Matala
severity-info = Tiedoksi

label-cause = Syy
label-steps = Toimenpiteet
label-warning = Varoitus
label-docs = Lisätietoja
label-detail = Tiedot
label-score = osuvuus
# Kuinka hyvin sääntö vastaa tekstiä, prosentteina: ”97 %”.
score-percent = { $percent } %
label-severity = Vakavuus
label-finding = Havainto
label-subject = Kohde
label-rule = Sääntö
label-area = Alue
label-title = Otsikko
label-matches = Osumat

explain-heading = Mitä mdmdoc tietää aiheesta ”{ $query }”
explain-no-match = Mikään tietämyskannan kohta ei vastaa tätä tekstiä.
explain-did-you-mean = Lähimmät vastineet: { $suggestions }

diagnose-heading = Vuokraajan vianmääritys
diagnose-none = Ongelmia ei löytynyt.
diagnose-summary = { $total ->
    [one] Yksi havainto
   *[other] { $total } havaintoa
}: { $breakdown }.
summary-count = { $severity }: { $count }
diagnose-skipped = { $rule } ohitti kohteen { $subject }: kentän { $field } arvo on ”{ $value }”, ei { $expected }.
explained-by = johtuu havainnosta { $rule } (korjaa se ensin)

warn-unknown-locale = kielelle ”{ $requested }” ei ole viestejä; käytetään sen sijaan kieltä { $used }.

rules-test-summary = Läpäistyjä esimerkkejä { $passed }, epäonnistuneita { $failed } (sääntöjä { $rules }).
rules-test-failed = EPÄONNISTUI { $rule }, esimerkki { $example }: { $reason }
rules-lint-clean = Tietämyskanta on kunnossa: sääntöjä { $rules }, kieliä { $locales }.
rules-lint-problems = { $count ->
    [one] Löytyi yksi ongelma.
   *[other] Löytyi { $count } ongelmaa.
}

# Päivämäärät: { $day }, { $day-padded }, { $month } (kuukauden nimi partitiivissa alla), { $month-number }, { $year }.
date = { $day }. { $month } { $year }
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta

error-prefix = virhe:
warning-prefix = varoitus:
error-yaml = { $file }, rivi { $line }, sarake { $column }: { $message }. Korjaa YAML kyseisestä kohdasta ja suorita komento uudelleen.
error-ftl = { $file }, rivi { $line }, sarake { $column }: tätä Fluent-tiedostoa ei voi jäsentää ({ $message }). Korjaa tiedosto ja suorita `mdmdoc rules lint`.
error-io = polkua { $path } ei voi lukea: { $reason }. Tarkista polku ja sen käyttöoikeudet.
error-not-a-directory = { $path } ei ole kansio. Anna kansio, jossa tiedostot ovat.
error-spill = väliaikaistiedostoja ei voi kirjoittaa kansioon { $path }: { $reason }. Näin monen käyttäjän vuokraajalla osa laitemääristä pidetään siellä; vapauta tilaa tai osoita TMPDIR kansioon, jossa tilaa on.
error-duplicate-rule = sääntötunnus ”{ $id }” on määritetty kahdesti, tiedostoissa { $first } ja { $second }. Nimeä toinen niistä uudelleen tai poista se.
error-rule = { $file }: { $message }.
error-missing-message = { $file }: säännöllä ”{ $rule }” ei ole viestiä ”{ $message }” kielellä { $locale }. Lisää viesti johonkin .ftl-tiedostoon kansiossa locales/{ $locale }/.
error-snapshot-json = { $file }, rivi { $line }, sarake { $column } (kohdassa { $path }): { $message }. Tilannevedos sisältää Microsoft Graphin vastaukset sellaisinaan; korjaa tiedosto tai vie tiedot uudelleen.
error-snapshot-shape = { $file } (kohdassa { $path }): { $message }. Tilannevedos sisältää Microsoft Graphin vastaukset sellaisinaan.
error-empty-input = vakiosyötteestä ei tullut mitään. Anna teksti argumentteina tai ohjaa se komennolle putken kautta.
error-invalid-now = --now ”{ $value }” ei ole päivämäärä ja kellonaika. Anna se RFC 3339 -muodossa, esimerkiksi 2026-11-22T12:00:00Z.
error-invalid-fact = --fact ”{ $value }”: { $reason }. Käytä muotoa --fact AVAIN=ARVO, esimerkiksi --fact minutes_since_profile_download=20.
error-unknown-rule = millään säännöllä ei ole tunnusta ”{ $id }”. { $suggestions ->
    [none] Kaikki säännöt saa näkyviin komennolla `mdmdoc rules list`.
   *[other] Lähimmät vastineet: { $suggestions }.
}
error-usage = { $message }

rules-coverage = { $locale }: { $percent } % valmiina ({ $present }/{ $total } viestiä)
expected-number = luku
expected-date = RFC 3339 -muotoinen päivämäärä ja aika
expected-version = versionumero, esimerkiksi 17.0
expected-text = tekstiä
