## Autres erreurs d'inscription : Portail d'entreprise, licences, installation du profil,
## restrictions, synchronisation et codes MDM renvoyés par l'appareil.

enroll-company-portal-unavailable = Le Portail d'entreprise n'arrive pas à joindre Intune pour inscrire l'appareil
    .cause = Ce message générique du Portail d'entreprise signifie le plus souvent que l'application est obsolète ou endommagée sur l'appareil. Il peut aussi masquer un autre problème, en général un utilisateur qui a atteint sa limite d'appareils inscrits.
    .step-1 = Demandez à l'utilisateur de supprimer l'application Portail d'entreprise de l'appareil.
    .step-2 = Dans Safari, sur l'appareil, connectez-vous à https://portal.manage.microsoft.com avec le compte professionnel de l'utilisateur.
    .step-3 = Si la connexion échoue, essayez un autre réseau (les données mobiles plutôt qu'un Wi-Fi invité, par exemple), puis vérifiez dans Microsoft Entra ID que le compte et le mot de passe de l'utilisateur sont bien synchronisés.
    .step-4 = Si la connexion fonctionne, réinstallez le Portail d'entreprise depuis l'App Store quand l'appareil le propose, puis relancez l'inscription.
    .step-5 = Si l'erreur revient, comparez le nombre d'appareils déjà inscrits par l'utilisateur à votre restriction de limite d'appareils.

enroll-account-not-onboarded = Inscription refusée : le locataire n'est pas prêt pour les appareils Apple
    .cause = Intune rejette l'inscription parce que la configuration du certificat Push MDM Apple n'a jamais été terminée ou que ce certificat a expiré.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Certificat Push MDM Apple, puis vérifiez son état et sa date d'expiration.
    .step-2 = S'il a expiré, choisissez Renew sur le certificat existant dans l'Apple Push Certificates Portal, en vous connectant avec l'identifiant Apple qui l'a créé, puis chargez le fichier renouvelé dans Intune.
    .step-3 = Si aucun certificat n'a jamais été chargé, terminez la configuration. Pour un locataire Microsoft 365 Basic Mobility and Security, faites-le depuis le Centre d'administration Microsoft 365.
    .step-4 = Une fois le certificat actif, demandez à l'utilisateur de relancer l'inscription de l'appareil.
    .warning = Renouvelez, ne remplacez jamais : créer un nouveau certificat au lieu de renouveler l'actuel oblige chaque iPhone, iPad et Mac inscrit à se réinscrire.

enroll-device-type-not-supported = L'appareil ou sa version d'iOS/iPadOS n'est pas pris en charge
    .cause = L'utilisateur a tenté d'inscrire un appareil qu'Intune n'accepte pas, ou un iPhone ou iPad dont la version d'iOS/iPadOS est inférieure au minimum actuel. Les appareils associés à un utilisateur doivent exécuter une version prise en charge (17 ou ultérieure aujourd'hui) ; les appareils inscrits sans utilisateur peuvent encore s'inscrire à partir d'iOS/iPadOS 15, sans garantie que toutes les fonctionnalités marchent.
    .step-1 = Vérifiez que l'utilisateur inscrit bien un iPhone ou un iPad, et non un autre type d'appareil par le parcours d'inscription iOS.
    .step-2 = Sur l'appareil, ouvrez Réglages > Général > Informations et relevez la version d'iOS/iPadOS.
    .step-3 = Comparez-la à la page des systèmes d'exploitation pris en charge par Intune, mise à jour chaque année ; la version 8.0 citée dans d'anciens tableaux d'erreurs n'est plus d'actualité.
    .step-4 = Faites installer la dernière mise à jour depuis Réglages > Général > Mise à jour logicielle, puis relancez l'inscription.
    .step-5 = Si le matériel ne peut pas exécuter une version prise en charge, remplacez l'appareil, ou inscrivez-le sans affinité utilisateur si cela convient à son usage.
    .detail = { $device } exécute iOS/iPadOS { $version }, en dessous du minimum pris en charge par Intune pour son mode d'inscription.

enroll-user-license-invalid = L'utilisateur n'a pas de licence Intune
    .cause = Intune n'a pas pu valider l'utilisateur : le compte n'a pas de licence Intune, sa licence ne correspond pas à l'autorité MDM du locataire, ou il ne fait pas encore partie d'un groupe autorisé à inscrire des appareils.
    .step-1 = Dans le Centre d'administration Microsoft 365, ouvrez Utilisateurs > Utilisateurs actifs > l'utilisateur > Licences et applications, et vérifiez qu'une licence incluant Intune est attribuée.
    .step-2 = Si la licence est attribuée par un groupe, vérifiez dans Microsoft Entra ID que l'utilisateur en est bien membre et que l'attribution ne signale aucune erreur.
    .step-3 = Assurez-vous que la licence correspond à Intune comme autorité MDM (une ancienne licence Configuration Manager ne suffit pas).
    .step-4 = Laissez quelques minutes à la licence pour s'appliquer, puis demandez à l'utilisateur de se connecter au Portail d'entreprise et de relancer l'inscription.
    .detail = La tentative d'inscription du { $date } a échoué à la validation de l'utilisateur : { $reason }

enroll-profile-network-error = Échec de l'installation du profil avec une erreur réseau
    .cause = Malgré son libellé, ce message ne signale en général pas un problème de réseau mais un dysfonctionnement d'iOS sur l'appareil lui-même, qu'une simple nouvelle tentative ne corrige pas.
    .step-1 = Sauvegardez l'appareil dans iCloud ou sur un ordinateur.
    .step-2 = Placez l'appareil en mode de récupération et restaurez-le comme nouvel appareil, sans repartir de la sauvegarde.
    .step-3 = Inscrivez de nouveau l'appareil dans Intune, puis ne restaurez les données personnelles qu'ensuite, si besoin.
    .warning = La restauration efface tout le contenu de l'appareil. Assurez-vous que la sauvegarde est terminée avant de commencer.

enroll-profile-connection-failed = Échec de l'installation du profil : l'appareil n'a pas pu se connecter au serveur
    .cause = Le profil de gestion n'a pas pu être installé. Quatre raisons reviennent souvent : seuls les appareils d'entreprise sont autorisés à s'inscrire, une inscription précédente par un autre utilisateur n'a pas été nettoyée, l'appareil est déjà géré par un autre MDM, ou l'utilisateur n'a pas de licence Intune.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Restriction de plateforme d'appareil et vérifiez qu'iOS/iPadOS est autorisé, y compris pour les appareils personnels si celui-ci en est un.
    .step-2 = Si quelqu'un d'autre a déjà inscrit l'appareil, annulez l'installation du profil, ouvrez https://portal.manage.microsoft.com dans Safari et relancez l'inscription ; si l'échec persiste, effacez les cookies de Safari (sans les bloquer) et réessayez.
    .step-3 = Sur l'appareil, ouvrez Réglages > Général > VPN et gestion de l'appareil ; si un profil de gestion d'un autre MDM y figure, supprimez-le avant l'inscription.
    .step-4 = Dans le Centre d'administration Microsoft 365, vérifiez que l'utilisateur a une licence Intune, attribuez-en une au besoin, puis faites relancer l'inscription.

enroll-profile-payload-mismatch = Échec de l'installation du profil : un profil de gestion est déjà installé
    .cause = L'appareil porte déjà un profil de gestion MDM : iOS refuse donc d'en installer un nouveau qui ne lui correspond pas.
    .step-1 = Sur l'appareil, ouvrez Réglages > Général > VPN et gestion de l'appareil.
    .step-2 = Touchez le profil de gestion existant et choisissez Supprimer la gestion.
    .step-3 = Relancez l'inscription depuis le Portail d'entreprise.

enroll-workplace-join-failed = Échec de la jonction à l'espace de travail (Workplace Join) pendant l'inscription
    .cause = Le Portail d'entreprise n'a pas pu enregistrer l'appareil, le plus souvent parce que l'application est obsolète ou endommagée.
    .step-1 = Demandez à l'utilisateur de supprimer l'application Portail d'entreprise de l'appareil.
    .step-2 = Réinstallez « Portail d'entreprise Intune » depuis l'App Store.
    .step-3 = Connectez-vous au Portail d'entreprise et relancez l'inscription de l'appareil.

enroll-platform-restricted = Une restriction de plateforme bloque l'inscription iOS/iPadOS
    .cause = Une restriction d'inscription qui s'applique à l'utilisateur, souvent la restriction par défaut Tous les utilisateurs, bloque iOS/iPadOS : l'appareil signale alors un profil non valide. L'inscription automatisée des appareils (ADE) échoue de la même façon quand iOS/iPadOS est bloqué.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Restriction de plateforme d'appareil et sélectionnez les restrictions iOS/iPadOS.
    .step-2 = Ouvrez la restriction qui s'applique à l'utilisateur (commencez par celle par défaut), puis Propriétés > Paramètres de plateforme > Modifier.
    .step-3 = Réglez iOS/iPadOS sur Autoriser et enregistrez. Pour n'accepter que les appareils de l'entreprise, bloquez plutôt les appareils personnels : les appareils ADE comptent comme appareils d'entreprise.
    .step-4 = Demandez à l'utilisateur de relancer l'inscription.

enroll-multiple-mdm = L'appareil est déjà géré par un autre MDM
    .cause = iOS n'accepte qu'une seule inscription MDM à la fois. L'appareil porte encore un profil de gestion d'un autre service MDM, ou d'une inscription précédente.
    .step-1 = Sur l'appareil, ouvrez Réglages > Général > VPN et gestion de l'appareil et cherchez un profil de gestion.
    .step-2 = Si l'appareil appartient à un autre MDM, libérez-le d'abord de ce côté (désinscription, ou désaffectation de ce serveur MDM dans Apple Business Manager pour un appareil ADE).
    .step-3 = Supprimez le profil de gestion restant sur l'appareil, puis inscrivez-le de nouveau dans Intune.

enroll-restrictions-enforced = Une restriction d'inscription a bloqué une inscription
    .cause = L'une de vos restrictions d'inscription (plateforme, propriété ou limite d'appareils, par exemple) a refusé cet appareil. Ce blocage peut être voulu : vérifiez-le avant de modifier quoi que ce soit.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Surveiller > Échecs d'inscription et sélectionnez l'événement pour voir quelle restriction l'a bloqué.
    .step-2 = Ouvrez Appareils > Inscription et passez en revue les restrictions de plateforme et de limite d'appareils attribuées à l'utilisateur, ainsi que leur ordre de priorité.
    .step-3 = Si l'appareil doit être accepté, ajustez la restriction ou attribuez-en une plus permissive à l'utilisateur, puis demandez-lui de relancer l'inscription.
    .detail = La tentative d'inscription du { $date } a été bloquée : { $reason }

enroll-user-abandoned = Une inscription a été commencée mais pas terminée
    .cause = L'utilisateur a commencé à inscrire l'appareil sans aller au bout dans le délai imparti. Ce n'est généralement pas une panne, mais des cas répétés peuvent révéler une étape qui déroute les utilisateurs.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Surveiller > Échecs d'inscription pour identifier l'utilisateur et l'appareil concernés.
    .step-2 = Contactez l'utilisateur pour qu'il relance l'inscription dans le Portail d'entreprise et la mène jusqu'au bout.
    .step-3 = Si beaucoup d'utilisateurs abandonnent au même endroit, revoyez vos consignes d'inscription et les écrans que vous affichez.
    .detail = L'inscription commencée le { $date } a été abandonnée avant la fin.

enroll-ca-requires-company-portal = L'accès conditionnel bloque un appareil ADE sans Portail d'entreprise
    .cause = L'appareil a été inscrit par l'inscription automatisée des appareils (ADE) avec une authentification par Setup Assistant, et le Portail d'entreprise n'y est pas installé. Or l'accès conditionnel a besoin du Portail d'entreprise pour reconnaître l'appareil comme géré.
    .step-1 = Dans le Centre d'administration Intune, ouvrez le jeton du programme d'inscription et le profil d'inscription attribué à l'appareil.
    .step-2 = Choisissez comme méthode d'authentification le Portail d'entreprise ou Setup Assistant avec authentification moderne. Le changement ne concerne que les appareils inscrits ensuite.
    .step-3 = Pour les appareils déjà inscrits, déployez le Portail d'entreprise comme application requise, avec la stratégie de configuration d'application du Portail d'entreprise pour les appareils ADE.

device-not-checking-in = L'appareil ne se synchronise plus avec Intune
    .cause = L'appareil n'arrive plus à se synchroniser avec Intune et n'est peut-être plus correctement inscrit : il ne reçoit plus ni stratégies, ni applications, ni actions à distance, et l'utilisateur peut perdre l'accès aux ressources protégées par l'accès conditionnel. Le Centre d'administration indique un état de gestion « Non sain » (Unhealthy).
    .step-1 = Demandez à l'utilisateur d'ouvrir le Portail d'entreprise sur l'appareil et d'attendre pendant qu'il tente une synchronisation.
    .step-2 = S'il affiche « Synchronisation impossible » (Unable to sync), touchez Configurer à côté du message et suivez la configuration de l'accès à l'entreprise pour réinscrire l'appareil.
    .step-3 = Vérifiez dans le Centre d'administration Intune que l'appareil se synchronise de nouveau et que son état de gestion redevient sain.
    .detail = { $device } est signalé comme non sain ; sa dernière synchronisation date du { $last-sync }.

mdm-device-busy = L'appareil iOS était occupé et a reporté la commande
    .cause = Ce n'est pas une erreur d'inscription. L'appareil était verrouillé, ou occupé à installer une application ou une mise à jour, et a répondu à la commande MDM d'Intune par « pas maintenant ». Le profil s'applique dès que l'appareil est déverrouillé ; d'ici là, l'appareil peut apparaître comme non conforme.
    .step-1 = Demandez à l'utilisateur de déverrouiller l'appareil et de le laisser connecté quelques minutes.
    .step-2 = Lancez une synchronisation de l'appareil depuis le Centre d'administration Intune si vous ne voulez pas attendre le prochain contrôle.
    .step-3 = Vérifiez de nouveau l'état du profil ; ne cherchez plus loin que si l'erreur persiste alors que l'appareil est déverrouillé.

doc-profile-installation-failed = Erreurs « Échec de l'installation du profil » sur iOS/iPadOS
doc-ios-enrollment-other-errors = Autres erreurs et problèmes d'inscription iOS/iPadOS
doc-supported-platforms = Systèmes d'exploitation pris en charge par Intune
doc-enrollment-restrictions = Restrictions d'inscription
doc-enrollment-failure-reports = Rapports d'échecs d'inscription
doc-ios-device-error-codes = Codes d'erreur renvoyés par les appareils iOS/iPadOS
doc-ca-on-ade-devices = Ressources de l'entreprise bloquées sur des appareils inscrits par ADE
doc-ade-profile-authentication = Profils d'inscription ADE : méthode d'authentification et Portail d'entreprise
doc-ios-devices-inactive = Appareils iOS/iPadOS qui ne se synchronisent plus avec Intune
doc-ios-device-busy = « iOS device is currently busy » lors du déploiement d'un profil
