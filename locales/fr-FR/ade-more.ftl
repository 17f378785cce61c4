## Inscription automatisée des appareils (ADE) : erreurs de jeton, limites de synchronisation, profils d'inscription et Assistant Configuration.

ade-token-invalid = Le jeton du programme d'inscription ADE n'est plus valide ou a été remplacé
    .cause = Apple refuse le jeton conservé par Intune (réponse HTTP 401 Unauthorized). Il a pu expirer, être révoqué ou endommagé, ou bien quelqu'un a téléchargé un nouveau jeton de serveur pour le même serveur MDM dans Apple Business Manager, ce qui annule le précédent.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription, sélectionnez le jeton et vérifiez sa date d'expiration et l'erreur affichée.
    .step-2 = Renouvelez le jeton : dans Apple Business Manager (ou Apple School Manager), ouvrez le serveur MDM qui lui correspond, téléchargez un nouveau jeton de serveur et chargez-le dans Intune avec « Renouveler le jeton », en utilisant l'identifiant Apple qui a créé le jeton.
    .step-3 = Si le renouvellement échoue, chargez une nouvelle clé publique Intune sur le serveur MDM existant dans Apple Business Manager (réglages du serveur MDM > Charger la clé publique), retéléchargez le jeton puis renouvelez-le dans Intune ; vous pouvez aussi créer un nouveau jeton qui réutilise ce même serveur MDM. En cas de doute, contactez le support Intune.
    .step-4 = Lancez une synchronisation manuelle du jeton et vérifiez que l'erreur a disparu.
    .warning = Chaque téléchargement de jeton dans Apple Business Manager annule celui qu'utilise Intune. Ne le téléchargez jamais « pour voir » : faites-le uniquement si vous le chargez aussitôt dans Intune.

ade-sync-access-denied = Apple refuse à Intune l'accès au jeton ADE
    .cause = Apple rejette les requêtes d'Intune pour ce jeton (HTTP 403 avec ACCESS_DENIED). Le plus souvent, Intune a été retiré de la liste des serveurs MDM dans Apple Business Manager ou Apple School Manager, ou bien le jeton a expiré ou a été remplacé par un plus récent.
    .step-1 = Dans le Centre d'administration Intune (Appareils > Inscription > Apple > Jetons du programme d'inscription), vérifiez si le jeton a expiré, et demandez à votre équipe si quelqu'un a récemment créé ou téléchargé un nouveau jeton.
    .step-2 = Dans Apple Business Manager, vérifiez que le serveur MDM utilisé par Intune figure toujours dans la liste des serveurs MDM et que vos appareils lui sont toujours attribués.
    .step-3 = Si le jeton a expiré ou a été remplacé, renouvelez-le dans Intune avec un jeton de serveur tout juste téléchargé depuis ce serveur MDM.
    .step-4 = Lancez une synchronisation manuelle et vérifiez que l'erreur a disparu.
    .warning = Télécharger un jeton de serveur dans Apple Business Manager annule celui qu'utilise Intune. Ne le faites qu'au moment de terminer le renouvellement dans Intune.

ade-sync-throttled = Le jeton ADE ne peut pas encore être resynchronisé
    .cause = Apple limite la fréquence des demandes d'Intune : une synchronisation manuelle est permise toutes les 15 minutes, et chaque synchronisation dispose de 15 minutes pour se terminer. D'ici là, le bouton Synchroniser reste inactif. C'est un fonctionnement normal, pas une panne.
    .step-1 = Attendez que 15 minutes se soient écoulées depuis la dernière demande de synchronisation, puis actualisez la page.
    .step-2 = Relancez la synchronisation depuis Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton > Appareils > Synchroniser.
    .step-3 = Si le bouton reste inactif bien au-delà, vérifiez que le jeton n'a pas expiré et qu'il n'affiche pas d'erreur de synchronisation.
    .detail = Une synchronisation du jeton « { $token } » a été demandée { $minutes ->
        [0] il y a moins d'une minute
        [one] il y a une minute
       *[other] il y a { $minutes } minutes
    } ; la prochaine synchronisation manuelle sera possible 15 minutes après cette demande.

ade-sync-internal-error = Le service ADE d'Apple a renvoyé une erreur interne du serveur
    .cause = La synchronisation entre Intune et Apple a échoué avec une erreur interne du serveur sur le jeton. Ce message ne suffit pas à en connaître la cause : il faut analyser davantage de journaux.
    .step-1 = Notez le nom du jeton, l'heure de l'erreur et le texte affiché sur le jeton.
    .step-2 = Attendez la prochaine synchronisation automatique (ou lancez-en une manuellement) pour voir si l'erreur se reproduit.
    .step-3 = Si elle persiste, ouvrez une demande auprès du support Intune en fournissant ces informations, pour qu'il récupère les journaux du service.

ade-sync-cursor-error = Le curseur de synchronisation ADE est invalide ou expiré
    .cause = Intune conserve un curseur pour ne récupérer que les changements survenus dans Apple Business Manager depuis la dernière synchronisation. Apple l'a refusé ou ne l'a pas trouvé, il a expiré côté Intune, ou il n'a pas été défini au début de la synchronisation.
    .step-1 = Notez le nom du jeton et l'erreur exacte : Invalid cursor, Cursor expired ou Required cursor.
    .step-2 = Contactez le support Intune : il peut réinitialiser le curseur et relancer la synchronisation côté service.
    .step-3 = Une fois l'intervention confirmée, lancez une synchronisation manuelle et vérifiez que les nouveaux appareils arrivent depuis Apple Business Manager.

ade-profile-invalid-phone = Un profil d'inscription ADE contient un numéro de téléphone du support invalide
    .cause = Apple a refusé un profil d'inscription parce que le numéro de téléphone du support qui y figure n'est pas valide ; le profil ne peut donc pas être envoyé aux appareils.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton > Profils.
    .step-2 = Ouvrez chaque profil et corrigez, dans ses propriétés, le numéro de téléphone du support affiché pendant l'Assistant Configuration.
    .step-3 = Enregistrez, lancez une synchronisation manuelle du jeton et vérifiez que l'erreur a disparu.

ade-profile-invalid-name = Un profil d'inscription ADE a un nom invalide
    .cause = Apple a refusé un profil d'inscription parce que son nom est vide, trop long ou non valide pour une autre raison.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton > Profils.
    .step-2 = Repérez le profil dont le nom est vide ou très long et donnez-lui un nom court et simple.
    .step-3 = Enregistrez, lancez une synchronisation manuelle du jeton et vérifiez que l'erreur a disparu.

ade-profile-invalid-department = Un profil d'inscription ADE contient un service (Department) invalide
    .cause = Apple a refusé un profil d'inscription parce que le champ Service (Department) affiché pendant l'Assistant Configuration contient une valeur qu'il n'accepte pas.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton > Profils.
    .step-2 = Modifiez le champ Service de chaque profil pour corriger ou raccourcir la valeur saisie.
    .step-3 = Enregistrez, lancez une synchronisation manuelle du jeton et vérifiez que l'erreur a disparu.

ade-profile-not-found = Apple ne trouve pas le profil d'inscription ADE
    .cause = Apple n'a aucune trace du profil d'inscription auquel Intune fait référence pour certains appareils. Plusieurs causes sont possibles, par exemple un profil supprimé ou qui n'est jamais parvenu chez Apple.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton et créez un nouveau profil d'inscription.
    .step-2 = Attribuez ce nouveau profil aux appareils concernés (ou définissez-le comme profil par défaut du jeton).
    .step-3 = Lancez une synchronisation manuelle et vérifiez l'état du profil sur ces appareils.

ade-token-upload-failed = Impossible de charger le jeton du programme d'inscription dans Intune
    .cause = Le chargement a échoué dans le navigateur avec « AjaxError: ajaxExtended call failed ». Pour contourner le problème, récupérez vous-même dans Microsoft Graph la clé publique d'Intune pour ce jeton, fournissez-la à Apple Business Manager et téléchargez un jeton qui lui correspond.
    .step-1 = Dans l'Afficheur Graph (Graph Explorer), exécutez GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings et notez l'id du jeton.
    .step-2 = Exécutez GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/<id du jeton>/getEncryptionPublicKey et copiez le certificat contenu dans le champ « value » de la réponse.
    .step-3 = Enregistrez-le dans un fichier .pem de trois lignes exactement : la ligne BEGIN CERTIFICATE, tout le texte base64 sur une seule ligne sans retour à la ligne, puis la ligne END CERTIFICATE.
    .step-4 = Dans Apple Business Manager, modifiez le serveur MDM, chargez le fichier .pem dans les réglages du serveur MDM et enregistrez. Si le format est refusé, corrigez le fichier, fermez la page et choisissez de nouveau Modifier.
    .step-5 = Téléchargez le jeton de serveur de ce serveur MDM, puis actualisez ou renouvelez le jeton avec ce fichier dans le Centre d'administration Intune.
    .warning = Télécharger le jeton de serveur annule celui qu'utilise actuellement toute solution MDM pour ce serveur. Terminez le chargement dans Intune juste après.

ade-token-device-limit = Le jeton ADE compte plus de 200 000 appareils
    .cause = Microsoft recommande au maximum 200 000 appareils par jeton du programme d'inscription. Au-delà, les synchronisations avec Apple peuvent devenir peu fiables.
    .step-1 = Dans Apple Business Manager, créez un serveur MDM supplémentaire pour Intune et configurez pour lui un nouveau jeton du programme d'inscription dans le Centre d'administration Intune.
    .step-2 = Déplacez une partie des appareils (par site ou par type d'appareil, par exemple) du serveur MDM actuel vers le nouveau dans Apple Business Manager.
    .step-3 = Créez des profils d'inscription sur le nouveau jeton, attribuez-les, puis synchronisez les deux jetons.
    .detail = Le jeton « { $token } » compte { $count } appareils synchronisés.

ade-token-near-device-limit = Le jeton ADE approche des 200 000 appareils
    .cause = Le jeton contient déjà au moins 90 % des 200 000 appareils recommandés par Microsoft pour un jeton. Au-delà de ce nombre, les synchronisations risquent d'échouer.
    .step-1 = Prévoyez dès maintenant un deuxième jeton du programme d'inscription : un nouveau serveur MDM dans Apple Business Manager, avec son propre jeton dans Intune.
    .step-2 = Attribuez les nouveaux achats à ce nouveau serveur MDM, et déplacez-y les appareils existants au moment opportun.
    .detail = Le jeton « { $token } » compte { $count } appareils synchronisés, sur les 200 000 recommandés.

ade-token-count-limit = Le locataire a atteint la limite de 2 000 jetons ADE
    .cause = Un compte Intune peut contenir au maximum 2 000 jetons du programme d'inscription. Une fois ce nombre atteint, aucun nouveau jeton ne peut être ajouté.
    .step-1 = Dans le Centre d'administration Intune, parcourez la liste Appareils > Inscription > Apple > Jetons du programme d'inscription et repérez ceux qui ne servent plus (expirés, sans appareils, sans synchronisation récente).
    .step-2 = Pour supprimer un jeton inutilisé, supprimez d'abord ses appareils et tous ses profils d'inscription, puis le jeton lui-même.
    .step-3 = Dans la mesure du possible, regroupez les appareils sous moins de jetons plutôt que d'en créer un par site ou par équipe.
    .warning = Supprimer les appareils d'un jeton les retire de la gestion Intune, et leurs utilisateurs perdent l'accès aux ressources de l'entreprise. Ne supprimez que des jetons dont les appareils ont disparu ou seront réinscrits avec un autre jeton.
    .detail = Le locataire compte { $count } jetons du programme d'inscription.

ade-sync-duration = Une synchronisation de ce jeton ADE dure plus de 15 minutes
    .cause = Apple transmet environ 3 000 appareils par minute à Intune, et une demande de synchronisation dispose de 15 minutes pour aboutir. Avec autant d'appareils, le jeton ne peut pas être synchronisé entièrement dans ce délai : relancer trop tôt ne fait que recommencer le travail.
    .step-1 = Après avoir lancé une synchronisation manuelle, laissez-la se dérouler ; n'appuyez pas de nouveau sur Synchroniser avant le délai indiqué ci-dessous.
    .step-2 = Consultez l'heure de la dernière synchronisation réussie du jeton pour savoir quand elle est terminée.
    .step-3 = Si le jeton continue de grossir, envisagez de répartir ses appareils sur plusieurs jetons.
    .detail = Le jeton « { $token } » compte { $count } appareils : une synchronisation prend environ { $minutes } minutes, attendez donc au moins ce délai avant de resynchroniser.

ade-deleted-device-reappears = Un appareil ADE supprimé est revenu après une synchronisation
    .cause = Supprimer un appareil dans Intune ne le retire pas d'Apple Business Manager. Tant qu'il y reste attribué au serveur MDM d'Intune, la synchronisation complète suivante (au plus une fois tous les 7 jours) le fait réapparaître.
    .step-1 = Dans Apple Business Manager (ou Apple School Manager), retrouvez l'appareil par son numéro de série.
    .step-2 = Retirez-le du serveur MDM utilisé par Intune, ou attribuez-le à un autre serveur MDM.
    .step-3 = Supprimez ensuite de nouveau l'appareil dans Intune : il ne reviendra plus.

ade-released-device-listed = Un appareil libéré d'Apple Business Manager apparaît toujours dans Intune
    .cause = Après la libération d'un appareil dans Apple Business Manager ou Apple School Manager, Intune le garde dans la liste des appareils du jeton, marqué comme supprimé, pendant 45 jours au plus. Il est effacé automatiquement dans un délai de 30 à 45 jours.
    .step-1 = Aucune action n'est nécessaire : l'appareil disparaît de lui-même dans les 45 jours qui suivent sa libération.
    .step-2 = Pour faire le ménage plus tôt, supprimez un par un les appareils libérés dans la liste des appareils du jeton, dans le Centre d'administration Intune.

ade-device-already-activated = L'inscription ADE ne démarre pas sur un appareil déjà activé
    .cause = L'inscription automatisée ne se déroule que dans l'Assistant Configuration. Un appareil déjà activé et configuré le saute, et ne reçoit donc jamais le profil d'inscription, même s'il est attribué à Intune dans Apple Business Manager.
    .step-1 = Vérifiez dans Apple Business Manager que l'appareil est attribué au serveur MDM d'Intune, et dans Intune qu'un profil lui est attribué.
    .step-2 = Sauvegardez ce dont l'utilisateur a besoin sur l'appareil.
    .step-3 = Effacez l'appareil : réinitialisez-le depuis Intune s'il est inscrit, ou bien localement (Réglages > Général > Transférer ou réinitialiser > Effacer contenu et réglages).
    .step-4 = Allumez-le et refaites l'Assistant Configuration : l'écran Gestion à distance doit apparaître.
    .warning = Réinitialiser l'appareil efface tout son contenu, sans retour possible. Faites d'abord une sauvegarde.

ade-enrollment-not-starting = L'inscription ADE ne démarre pas sur l'appareil
    .cause = L'appareil s'allume avec un profil attribué, mais l'Assistant Configuration n'affiche jamais l'écran Gestion à distance. En général, le profil d'inscription a été créé avant le chargement du jeton, ou aucun profil n'est attribué à l'appareil.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton et vérifiez qu'un profil d'inscription existe et qu'il est attribué à l'appareil (ou qu'il est le profil par défaut).
    .step-2 = Modifiez le profil, apportez-y une petite modification et enregistrez-le, afin que sa date de modification soit mise à jour.
    .step-3 = Sur le jeton, ouvrez Appareils et choisissez Synchroniser ; attendez la fin de la synchronisation.
    .step-4 = Allumez ensuite l'appareil (réinitialisez-le d'abord s'il a déjà dépassé l'Assistant Configuration).

ade-stuck-awaiting-final-configuration = L'appareil reste bloqué sur « Awaiting final configuration » ou « Guided Access app unavailable »
    .cause = Le profil installe le Portail d'entreprise via un jeton Apps et livres (VPP) et l'exécute en mode application unique jusqu'à l'authentification. Si ce jeton pose problème (expiré, plus de licences, utilisé ailleurs), l'application n'arrive jamais et l'Assistant Configuration reste en attente. Une panne temporaire chez Apple produit le même effet.
    .step-1 = Ouvrez les propriétés du profil d'inscription dans Intune et cherchez une erreur concernant le jeton Apps et livres.
    .step-2 = Corrigez ce jeton (renouvelez-le, libérez ou achetez des licences du Portail d'entreprise, ou reprenez-le à l'autre MDM ou à l'autre locataire).
    .step-3 = Sur le jeton du programme d'inscription, ouvrez Appareils, filtrez l'état du profil sur Bloqué et notez les numéros de série.
    .step-4 = Réinitialisez ces appareils et demandez à leurs utilisateurs de recommencer l'inscription.
    .step-5 = Si aucune erreur de jeton n'apparaît, vérifiez l'état des services Apple et réessayez plus tard.
    .warning = La réinitialisation efface tout le contenu de l'appareil, sans retour possible. Ne réinitialisez que les appareils bloqués que vous avez notés.

ade-stuck-at-login-mfa = L'Assistant Configuration se fige après la connexion de l'utilisateur (MFA avec l'authentification héritée)
    .cause = Le profil ADE authentifie les utilisateurs avec l'Assistant Configuration (hérité) alors que l'authentification multifacteur est exigée pour eux. Cette méthode ne permet pas de terminer la MFA : l'Assistant Configuration s'arrête après la saisie des identifiants.
    .step-1 = Dans le Centre d'administration Intune, modifiez le profil d'inscription et choisissez la méthode d'authentification « Assistant Configuration avec authentification moderne » (iOS/iPadOS 13 ou ultérieur).
    .step-2 = Si vous devez conserver la méthode héritée, exemptez plutôt ces connexions de la MFA.
    .step-3 = Le nouveau réglage ne s'applique qu'après une réinitialisation : effacez l'appareil bloqué et relancez l'Assistant Configuration.
    .warning = Effacer un appareil supprime tout son contenu. Un appareil encore dans l'Assistant Configuration ne contient en principe aucune donnée utilisateur, mais vérifiez-le d'abord.

ade-xpc-connection-invalid = Échec de l'ADE au démarrage : XPC_TYPE_ERROR Connection invalid
    .cause = L'appareil n'arrive pas à maintenir une connexion avec les services d'Apple pendant la configuration : l'inscription automatisée échoue alors qu'un profil est attribué. Le journal de la console affiche XPC_TYPE_ERROR Connection invalid ou MobileAssetError:29.
    .step-1 = Connectez l'appareil à un autre réseau, ou vérifiez que le réseau actuel laisse passer le trafic vers les serveurs d'Apple (pas de proxy ni de filtre qui le bloque).
    .step-2 = Redémarrez l'appareil et refaites l'Assistant Configuration.
    .step-3 = Si l'erreur persiste sur un réseau réputé fonctionnel, contactez le support Apple.

ade-token-delete-blocked = Le jeton ADE ne peut pas encore être supprimé
    .cause = Intune ne supprime un jeton du programme d'inscription que si aucun appareil n'est attribué au jeton ni à son profil par défaut, et qu'il ne reste aucun profil d'inscription sous ce jeton.
    .step-1 = Dans le Centre d'administration Intune, ouvrez Appareils > Inscription > Apple > Jetons du programme d'inscription > jeton > Appareils et supprimez tous les appareils.
    .step-2 = Ouvrez les profils d'inscription du jeton et supprimez-les tous, profil par défaut compris.
    .step-3 = Supprimez le jeton.
    .warning = Supprimer les appareils les retire de la gestion Intune, et les utilisateurs perdent l'accès aux applications et données de l'entreprise. Pour continuer à les gérer, réinitialisez-les et inscrivez-les avec un autre jeton.

doc-ade-token-create = Créer un jeton du programme d'inscription ADE
doc-ade-setup = Configurer les profils d'inscription ADE pour iOS/iPadOS
doc-ade-token-upload-error = Résoudre l'erreur de chargement du jeton du programme d'inscription
doc-graph-dep-onboarding-setting = Microsoft Graph : depOnboardingSetting (jeton ADE)
doc-ade-token-delete = Supprimer un jeton du programme d'inscription
doc-ade-enrollment-not-starting = L'inscription ADE ne démarre pas
doc-ade-auto-enrollment-fails = Appareils ADE qui ne s'inscrivent pas automatiquement
doc-ade-stuck-at-login = Inscription ADE bloquée à la connexion de l'utilisateur
doc-ade-xpc-error = Échec de l'ADE avec XPC_TYPE_ERROR Connection invalid
