## Erreurs d’inscription vues par les utilisateurs et dans le Portail d’entreprise.

enroll-device-cap-reached = L’utilisateur a atteint la limite d’appareils inscrits
    .cause = Intune plafonne le nombre d’appareils qu’un utilisateur peut inscrire. La limite est atteinte : l’inscription suivante est refusée. Les appareils comptés incluent ceux que l’utilisateur n’utilise plus.
    .step-1 = Dans le Centre d’administration Intune, ouvrez Appareils > Inscription > Restrictions du nombre d’appareils et notez la limite qui s’applique à cet utilisateur.
    .step-2 = Ouvrez Utilisateurs > Tous les utilisateurs > l’utilisateur > Appareils et comptez les appareils inscrits.
    .step-3 = Demandez à l’utilisateur de supprimer dans le Portail d’entreprise un appareil dont il ne se sert plus, ou mettez vous-même hors service, réinitialisez ou supprimez les appareils obsolètes.
    .step-4 = Si l’utilisateur a vraiment besoin de plus d’appareils, relevez la limite (jusqu’à 15) dans une restriction qui lui est affectée, ou utilisez un compte de gestionnaire d’inscription d’appareils pour les inscriptions en nombre.
    .step-5 = Demandez à l’utilisateur de relancer l’inscription.
    .warning = Réinitialiser ou supprimer un appareil le retire de la gestion et peut effacer ses données : assurez-vous d’abord qu’il n’est vraiment plus utilisé.
    .detail = { $user } a { $count } appareils inscrits ; la limite par défaut est de { $limit }.

enroll-apns-certificate-not-valid = Échec de l’inscription : le certificat Push MDM Apple n’est pas valide
    .cause = Le certificat Push MDM Apple n’a jamais été entièrement configuré, ou il a expiré : Intune ne peut donc pas inscrire d’appareils Apple.
    .step-1 = Dans le Centre d’administration Intune, ouvrez Appareils > Inscription > Apple > Certificat Push MDM Apple et vérifiez son état et sa date d’expiration.
    .step-2 = S’il a expiré, renouvelez-le dans le portail Apple Push Certificates avec le même identifiant Apple, puis chargez le nouveau fichier dans Intune.
    .step-3 = S’il n’a jamais été configuré, créez-le et chargez-le, puis demandez à l’utilisateur de relancer l’inscription.
    .warning = Renouvelez, ne remplacez pas : un nouveau certificat oblige tous les appareils Apple inscrits à se réinscrire.

enroll-no-enrollment-policy = Échec de l’inscription : aucune stratégie d’inscription trouvée
    .cause = Intune n’a trouvé aucun moyen d’inscrire cet appareil Apple, le plus souvent parce que le certificat Push MDM Apple est absent, invalide ou expiré, ou parce que l’inscription iOS/iPadOS n’est pas autorisée.
    .step-1 = Vérifiez qu’un certificat Push MDM Apple est configuré et valide (Appareils > Inscription > Apple > Certificat Push MDM Apple).
    .step-2 = S’il manque, créez-le ; s’il a expiré ou n’est pas valide, renouvelez-le avec le même identifiant Apple.
    .step-3 = Vérifiez que vos restrictions d’inscription autorisent iOS/iPadOS, puis demandez à l’utilisateur de relancer l’inscription.
    .warning = Renouvelez le certificat existant plutôt que d’en créer un nouveau, sans quoi tous les appareils Apple inscrits devront se réinscrire.

enroll-mdm-authority-not-defined = L’autorité MDM n’est pas définie
    .cause = Le locataire n’a pas d’autorité de gestion des appareils mobiles : Intune ne peut donc accepter aucune inscription. Le même message peut apparaître quand le nom de connexion de l’utilisateur n’est pas synchronisé avec l’annuaire.
    .step-1 = Dans le Centre d’administration Intune, consultez Administration du locataire > État du locataire et définissez Intune comme autorité MDM si ce n’est pas fait.
    .step-2 = Vérifiez que le nom d’utilisateur principal (UPN) de l’utilisateur dans Microsoft Entra ID correspond à celui de votre Active Directory local.
    .step-3 = Demandez à l’utilisateur de se connecter au Portail d’entreprise et de relancer l’inscription.
