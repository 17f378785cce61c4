## Jetons Automated Device Enrollment (ADE), synchronisation et Assistant Configuration.

ade-token-expired = Le jeton du programme d’inscription ADE a expiré
    .cause = Un jeton de programme d’inscription est valable un an. Une fois expiré, Intune ne peut plus synchroniser les appareils depuis Apple Business Manager ou Apple School Manager, et les nouvelles inscriptions ADE échouent.
    .step-1 = Connectez-vous à Apple Business Manager (ou Apple School Manager) avec le rôle Administrateur ou Gestionnaire d’inscription des appareils, ouvrez le serveur MDM associé à ce jeton et téléchargez un nouveau jeton serveur (.p7m).
    .step-2 = Dans le Centre d’administration Intune, allez dans Appareils > Inscription > Apple > Jetons du programme d’inscription, sélectionnez le jeton et choisissez Renouveler le jeton.
    .step-3 = Saisissez l’identifiant Apple qui a créé le jeton, chargez le nouveau fichier .p7m et terminez l’assistant.
    .step-4 = Lancez une synchronisation manuelle du jeton et vérifiez que l’heure de la dernière synchronisation réussie avance.
    .warning = Télécharger un jeton serveur dans Apple Business Manager invalide immédiatement celui qu’utilise Intune. Ne le faites que si vous êtes prêt à terminer le renouvellement dans la foulée.
    .detail = Le jeton « { $token } » a expiré le { $expired-on } ({ $days ->
        [0] aujourd’hui
        [one] hier
       *[other] il y a { $days } jours
    }).

ade-token-expiring = Le jeton du programme d’inscription ADE expire bientôt
    .cause = Les jetons de programme d’inscription doivent être renouvelés chaque année. Si celui-ci expire, la synchronisation des appareils depuis Apple Business Manager s’arrête et les nouvelles inscriptions ADE échouent.
    .step-1 = Planifiez le renouvellement dès maintenant, avec l’identifiant Apple qui a créé le jeton et un compte disposant du rôle Administrateur ou Gestionnaire d’inscription des appareils dans Apple Business Manager.
    .step-2 = Dans Apple Business Manager, téléchargez un nouveau jeton serveur pour le serveur MDM associé à ce jeton.
    .step-3 = Aussitôt après, dans le Centre d’administration Intune (Appareils > Inscription > Apple > Jetons du programme d’inscription), sélectionnez le jeton, choisissez Renouveler le jeton et chargez le nouveau fichier.
    .warning = Le téléchargement dans Apple Business Manager invalide immédiatement le jeton actuel : faites les deux étapes du renouvellement d’une traite.
    .detail = Le jeton « { $token } » expire le { $expires-on }, { $days ->
        [0] dans moins d’un jour
        [one] dans un jour
       *[other] dans { $days } jours
    }.

ade-sync-error = Le jeton ADE signale une erreur de synchronisation
    .cause = La dernière synchronisation d’Intune avec Apple pour ce jeton a échoué. Tant que l’erreur persiste, les nouveaux appareils n’arrivent pas depuis Apple Business Manager, les affectations de profils échouent et les inscriptions ADE peuvent ne plus fonctionner. La cause la plus fréquente est un jeton expiré.
    .step-1 = Dans le Centre d’administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d’inscription et lisez l’erreur affichée sur le jeton.
    .step-2 = Si le jeton a expiré, renouvelez-le : cela suffit généralement à faire disparaître l’erreur.
    .step-3 = Si l’erreur mentionne les conditions générales, un accès refusé ou le curseur, suivez l’explication correspondante de mdmdoc (lancez `mdmdoc explain` avec le texte de l’erreur).
    .step-4 = Une fois la cause corrigée, lancez une synchronisation manuelle et vérifiez que l’erreur a disparu.
    .detail = Le jeton « { $token } » a renvoyé le code d’erreur de synchronisation { $code }.

ade-sync-stale = Le jeton ADE ne s’est pas synchronisé depuis plus d’un jour
    .cause = Intune effectue une synchronisation différentielle avec Apple toutes les 12 heures. Aucune synchronisation réussie depuis plus de 24 heures signifie qu’au moins deux ont été manquées : les appareils affectés depuis dans Apple Business Manager ne sont pas encore dans Intune.
    .step-1 = Vérifiez d’abord que le jeton n’affiche pas de message d’erreur ou une date d’expiration dépassée, et corrigez ce point en priorité.
    .step-2 = Lancez une synchronisation manuelle du jeton (Appareils > Inscription > Apple > Jetons du programme d’inscription > jeton > Appareils > Synchroniser). Le bouton n’est utilisable qu’une fois toutes les 15 minutes.
    .step-3 = Si les synchronisations échouent encore sans message d’erreur, contactez le support Microsoft en indiquant le nom du jeton et l’heure de la dernière synchronisation réussie.
    .detail = La dernière synchronisation réussie du jeton « { $token } » date du { $synced-on } ({ $days ->
        [0] il y a { $hours } heures
        [one] il y a un jour
       *[other] il y a { $days } jours
    }).

ade-sync-terms-not-accepted = Les nouvelles conditions générales d’Apple n’ont pas été acceptées
    .cause = Apple a publié de nouvelles conditions pour ses programmes d’appareils. Tant que personne ne les accepte, Apple refuse les demandes de synchronisation d’Intune (HTTP 403 avec T_C_NOT_SIGNED).
    .step-1 = Connectez-vous à Apple Business Manager ou Apple School Manager avec un compte disposant du rôle Administrateur.
    .step-2 = Lisez et acceptez les nouvelles conditions générales présentées à la connexion.
    .step-3 = De retour dans Intune, lancez une synchronisation manuelle du jeton et vérifiez que l’erreur a disparu.

scep-invalid-response = L’appareil n’a pas pu obtenir son certificat pendant l’inscription (SCEP)
    .cause = Lors d’une inscription ADE avec affinité utilisateur, l’appareil doit demander son certificat SCEP dans les 15 minutes qui suivent le téléchargement du profil de gestion. Passé ce délai, la demande est refusée pour des raisons de sécurité.
    .step-1 = Déterminez depuis combien de temps le profil de gestion a été téléchargé. Pour laisser mdmdoc trancher, relancez-le avec --fact minutes_since_profile_download=N.
    .step-2 = Moins de 15 minutes : relancez le téléchargement du profil de gestion sur l’appareil.
    .step-3 = Plus de 15 minutes : réinitialisez l’appareil aux paramètres d’usine et recommencez l’inscription.
    .warning = Une réinitialisation aux paramètres d’usine efface tout le contenu de l’appareil. Sauvegardez d’abord ce dont l’utilisateur a besoin.

scep-invalid-response-retry = Réessayez maintenant : le délai SCEP de 15 minutes n’est pas écoulé
    .cause = La demande de certificat SCEP a échoué, mais le profil de gestion a été téléchargé il y a moins de 15 minutes : l’appareil peut encore la renouveler.
    .step-1 = Sur l’appareil, relancez tout de suite le téléchargement du profil de gestion.
    .step-2 = Si la tentative échoue de nouveau et que les 15 minutes sont écoulées, l’appareil devra être réinitialisé avant de pouvoir s’inscrire.
    .detail = Le profil a été téléchargé il y a { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } ; le délai se referme à 15 minutes.

scep-invalid-response-reset = Réinitialisation nécessaire : le délai SCEP de 15 minutes est dépassé
    .cause = La demande de certificat SCEP doit intervenir dans les 15 minutes qui suivent le téléchargement du profil de gestion. Ce délai est dépassé : une nouvelle tentative ne peut pas aboutir.
    .step-1 = Sauvegardez ce dont l’utilisateur a besoin sur l’appareil.
    .step-2 = Réinitialisez l’appareil (Réglages > Général > Transférer ou réinitialiser > Effacer contenu et réglages) ou lancez une réinitialisation depuis Intune.
    .step-3 = Rallumez-le et repassez par l’Assistant Configuration, en laissant le téléchargement du profil et la demande de certificat s’enchaîner sans attendre.
    .warning = Une réinitialisation aux paramètres d’usine efface toutes les données de l’appareil, sans retour possible.
    .detail = Le profil a été téléchargé il y a { $minutes } minutes, au-delà du délai de 15 minutes.
