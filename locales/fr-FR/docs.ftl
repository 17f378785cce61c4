# Titres des liens de documentation (les liens eux-mêmes sont dans les règles).
doc-ade-tokens = Gérer les jetons ADE : synchronisation, renouvellement et limites
doc-ade-sync-errors = Erreurs de synchronisation des jetons ADE et leurs solutions
doc-ade-reenroll = Réinscrire un appareil déjà passé par ADE
doc-ade-stuck = Appareil ADE bloqué sur un écran d’inscription
doc-apple-ade-errors = Apple : codes d’erreur de l’API Automated Device Enrollment (en anglais)
doc-apns-cert = Certificat Push MDM Apple : l’obtenir et le renouveler
doc-tenant-status = État du locataire : santé des connecteurs
doc-ios-enrollment-errors = Codes d’erreur d’inscription iOS/iPadOS
doc-enrollment-troubleshooting = Résoudre les problèmes d’inscription d’appareils dans Intune
doc-device-limit = Restrictions du nombre d’appareils
doc-limits-intune-entra = Limites d’appareils d’Intune et de Microsoft Entra : comment elles se combinent
doc-vpp-tokens = Jetons d’emplacement Apps and Books (VPP)
