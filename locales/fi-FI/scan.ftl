# `mdmdoc scan`: tunnettujen virheiden etsiminen lokitiedostoista.

scan-heading = Lokien tarkistus
scan-summary = { $hits ->
    [one] Yksi osuma
   *[other] { $hits } osumaa
}, { $rules ->
    [one] yksi sääntö
   *[other] { $rules } sääntöä
}, { $files ->
    [one] yksi tiedosto
   *[other] { $files } tiedostoa
}.
scan-none = Yhdelläkään näiden lokien rivillä ei ole tietokannan tuntemaa koodia, viestiä tai kaavaa.
scan-rules-heading = Mitä löydetyt säännöt tarkoittavat
scan-label-file = Tiedosto
scan-label-line = Rivi
