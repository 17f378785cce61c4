## Certificat Push MDM Apple (APNs).

apns-cert-expired = Le certificat Push MDM Apple a expiré
    .cause = Intune joint les appareils Apple par le service de notifications Push d’Apple. Certificat expiré, les iPhone, iPad et Mac inscrits ne reçoivent plus ni stratégies ni actions à distance, et les nouvelles inscriptions échouent. Vous disposez de 30 jours après l’expiration pour le renouveler.
    .step-1 = Dans le Centre d’administration Intune, allez dans Appareils > Inscription > Apple > Certificat Push MDM Apple et téléchargez votre CSR.
    .step-2 = Ouvrez le portail Apple Push Certificates et connectez-vous avec le même identifiant Apple que celui qui a créé le certificat.
    .step-3 = Repérez le certificat (d’après son UID ou son numéro de série), choisissez Renew, chargez la CSR et téléchargez le nouveau fichier .pem.
    .step-4 = Chargez le fichier .pem dans Intune avec le même identifiant Apple, puis vérifiez que le certificat apparaît comme actif dans Intune et dans le portail Apple.
    .warning = Renouvelez le certificat existant, ne choisissez pas « Create a Certificate ». Un nouveau certificat rompt le lien avec tous les iPhone, iPad et Mac inscrits, qui devront tous être réinscrits.
    .detail = Le certificat de { $apple-id } a expiré le { $expired-on } ({ $days ->
        [0] aujourd’hui
        [one] il y a un jour
       *[other] il y a { $days } jours
    }) ; il peut encore être renouvelé pendant la période de grâce de 30 jours.

apns-cert-expiring = Le certificat Push MDM Apple expire bientôt
    .cause = Le certificat Push est valable 365 jours. S’il expire, Intune ne peut plus gérer les appareils Apple inscrits et les nouvelles inscriptions échouent.
    .step-1 = Retrouvez l’identifiant Apple avec lequel le certificat a été créé (il figure sur la page Certificat Push MDM Apple d’Intune).
    .step-2 = Dans Intune, téléchargez une nouvelle CSR ; dans le portail Apple Push Certificates, choisissez Renew sur le certificat existant et chargez-la.
    .step-3 = Chargez le fichier .pem renouvelé dans Intune et vérifiez la nouvelle date d’expiration.
    .warning = Renouvelez toujours avec le même identifiant Apple. Créer un nouveau certificat oblige tous les appareils Apple inscrits à se réinscrire.
    .detail = Le certificat de { $apple-id } expire le { $expires-on }, { $days ->
        [0] dans moins d’un jour
        [one] dans un jour
       *[other] dans { $days } jours
    }.

apns-cert-missing = Aucun certificat Push MDM Apple n’est configuré
    .cause = Sans certificat Push MDM Apple, Intune ne peut inscrire ni gérer aucun iPhone, iPad ou Mac : toutes les méthodes d’inscription Apple en dépendent.
    .step-1 = Dans le Centre d’administration Intune, allez dans Appareils > Inscription > Apple > Certificat Push MDM Apple, acceptez l’accord et téléchargez la CSR.
    .step-2 = Dans le portail Apple Push Certificates, connectez-vous avec un identifiant Apple d’entreprise (idéalement une boîte partagée, pas un compte personnel), créez le certificat et téléchargez le fichier .pem.
    .step-3 = Chargez le fichier .pem dans Intune avec cet identifiant Apple, et notez qui détient l’identifiant et à quelle date le certificat expire.
