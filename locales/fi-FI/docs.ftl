# Dokumentaatiolinkkien otsikot (itse linkit ovat säännöissä).
doc-ade-tokens = ADE-tunnusten hallinta: synkronointi, uusiminen ja rajoitukset
doc-ade-sync-errors = ADE-tunnusten synkronointivirheet ja niiden korjaaminen
doc-ade-reenroll = ADE:ta jo käyttäneen laitteen rekisteröinti uudelleen
doc-ade-stuck = ADE-laite jää jumiin rekisteröintinäkymään
doc-apple-ade-errors = Apple: Automated Device Enrollment API:n virhekoodit
doc-apns-cert = Apple MDM Push -varmenne: hankkiminen ja uusiminen
doc-tenant-status = Vuokraajan tila: liittimien kunto
doc-ios-enrollment-errors = iOS/iPadOS-rekisteröinnin virhekoodit
doc-enrollment-troubleshooting = Laitteiden rekisteröinnin vianmääritys Intunessa
doc-device-limit = Laitemäärän rajoitukset
doc-limits-intune-entra = Miten Intunen ja Microsoft Entra ID:n laitemäärärajat vaikuttavat toisiinsa
doc-vpp-tokens = Apps and Books (VPP) -sijaintitunnukset
