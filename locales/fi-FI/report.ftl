# Raportit (`mdmdoc report`), ajojen vertailut ja poikkeukset.

report-title = Apple-laitteiden rekisteröinnin kuntoraportti
report-skip-to-findings = Siirry havaintoihin
report-meta-tenant = Vuokraaja
report-meta-snapshot = Tilannevedos
report-meta-snapshot-time = Tilannevedoksen ajankohta
report-meta-as-of = Vianmäärityksen ajankohta
report-generator = Luotu työkalulla mdmdoc { $version }
# Päivämäärä ({ $date }, muotoiltu ui.ftl:n viestillä `date`) ja 24 tunnin kellonaika ({ $time }), molemmat UTC-aikaa.
datetime = { $date } klo { $hour }.{ $minute } UTC

report-glance = Yleiskatsaus
report-by-severity = Havainnot vakavuuden mukaan
report-by-area = Havainnot alueittain
report-fix-first = Korjaa nämä ensin
report-fix-first-explains = { $count ->
    [one] selittää myös yhden muun havainnon
   *[other] selittää myös { $count } muuta havaintoa
}
report-findings = Havainnot
report-no-findings = Tässä tilannevedoksessa ei ole mitään, mikä vaatisi huomiota.
report-subjects = Kohteet

area-ade = Automaattinen laiterekisteröinti
area-apns = Apple MDM Push -varmenne
area-enrollment = Rekisteröinti
area-vpp = Apps and Books

report-changes = Muutokset edellisen ajon jälkeen
report-changes-summary = Uusia { $new }, ratkaistuja { $resolved }, ennallaan { $unchanged }.
report-new = Uudet
report-resolved = Ratkaistut
report-unchanged = Ennallaan

report-suppressed = Tietoisesti sivuutetut havainnot
report-suppressed-intro = Nämä havainnot vastaavat poikkeustiedoston merkintää. Niitä ei ole laskettu mukaan yllä oleviin lukuihin, mutta niitä ei ole unohdettu.
report-expired = Vanhentuneet poikkeukset
report-expired-intro = Nämä merkinnät ovat vanhentuneet eivätkä enää piilota mitään. Vaihda niihin uusi päättymispäivä tai poista ne.
report-skipped = Tietueet, joita ei voitu arvioida

label-reason = Peruste
label-owner = Vastuuhenkilö
label-expires = Voimassa asti
label-subject-kind = Kohteen tyyppi
label-subject-id = Kohteen tunnus
label-subject-name = Kohteen nimi
label-explained-by = Johtuu havainnosta

report-written = Raportti kirjoitettiin tiedostoon { $path } ({ $format }, { $locale }, { $findings ->
    [one] yksi havainto
   *[other] { $findings } havaintoa
}).
diagnose-suppressed = { $count ->
    [one] Lisäksi yksi havainto on sivuutettu poikkeustiedoston perusteella.
   *[other] Lisäksi { $count } havaintoa on sivuutettu poikkeustiedoston perusteella.
}
warn-suppression-expired = säännön { $rule } poikkeus ({ $origin }) vanheni { $date } eikä enää piilota mitään. Vaihda sille uusi päättymispäivä tai poista se.

error-suppression = { $file }, rivi { $line }: poikkeusmerkintä { $entry } ({ $rule }) { $problem ->
    [no-reason] ei sisällä perustetta. Jokaisessa merkinnässä on oltava kenttä `reason:`, joka kertoo seuraavalle ylläpitäjälle, miksi tämän havainnon voi sivuuttaa.
    [unknown-rule] viittaa sääntöön, jota ei ole olemassa. Näet sääntöjen tunnukset komennolla `mdmdoc rules list`.
   *[bad-expiry] sisältää kentän `expires:`, jonka arvo ei ole päivämäärä. Kirjoita päivämäärä muodossa 2026-12-31.
}
error-diagnosis-json = { $file } (kohdassa { $path }) ei ole komennon `mdmdoc diagnose --format json` tuloste: { $problem ->
    [not-object] asiakirja ei ole JSON-objekti.
    [no-findings] luettelo ”findings” puuttuu.
    [no-rule] jostakin havainnosta puuttuu ”rule”.
   *[no-subject] jostakin havainnosta puuttuu ”subject.id”.
}
error-format-not-available = komento `{ $command }` ei tue muotoa { $format }. Valitse jokin näistä: { $available }.
error-write = tiedostoon { $path } ei voi kirjoittaa: { $reason }. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus.

# A label followed by its value: “Tenant: Contoso”.
label-colon = { $label }:
