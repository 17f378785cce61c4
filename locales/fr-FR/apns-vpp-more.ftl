## Certificat Push MDM Apple (suite) et jetons d’emplacement Apps and Books (VPP) (suite).

apns-cert-grace-over = Le certificat Push MDM Apple a expiré depuis plus de 30 jours
    .cause = Apple n’accepte le renouvellement que pendant les 30 jours qui suivent l’expiration du certificat Push, et ce délai est dépassé. Depuis l’expiration, Intune ne peut plus joindre aucun iPhone, iPad ou Mac inscrit, et les nouvelles inscriptions Apple échouent.
    .step-1 = Avant toute chose, connectez-vous au portail Apple Push Certificates avec l’identifiant Apple affiché sur la page Certificat Push MDM Apple d’Intune, repérez ce certificat (d’après son UID ou son numéro de série) et vérifiez si l’option Renew est encore proposée.
    .step-2 = Si Renew est proposé, utilisez-le : téléchargez une CSR dans Intune (Appareils > Inscription > Apple > Certificat Push MDM Apple), choisissez Renew dans le portail Apple, chargez la CSR, puis chargez le nouveau fichier .pem dans Intune avec le même identifiant Apple. Les appareils inscrits se reconnectent sans réinscription.
    .step-3 = Si Renew n’est plus proposé, téléchargez une CSR dans Intune, choisissez Create a Certificate dans le portail Apple avec un identifiant Apple d’entreprise (une boîte partagée, pas le compte personnel d’un collaborateur) et chargez le nouveau fichier .pem dans Intune.
    .step-4 = Avec un nouveau certificat, réinscrivez tous les appareils Apple : sur les appareils personnels, supprimez le profil de gestion puis inscrivez-les de nouveau via le Portail d’entreprise ; les appareils ADE doivent être réinitialisés et repasser par l’Assistant Configuration.
    .step-5 = Notez la nouvelle date d’expiration et programmez des rappels quelques semaines avant, pour que le renouvellement de l’an prochain se fasse à temps.
    .warning = Un nouveau certificat ne peut pas reprendre les appareils inscrits avec l’ancien : chaque iPhone, iPad et Mac reste non géré jusqu’à sa réinscription, et réinscrire un appareil ADE l’efface. Assurez-vous que le renouvellement est vraiment impossible avant de créer un nouveau certificat.
    .detail = Le certificat de { $apple-id } a expiré le { $expired-on }, il y a { $days ->
        [one] un jour
       *[other] { $days } jours
    } : le délai de renouvellement de 30 jours est écoulé.

apns-cert-replaced = Les appareils Apple ne répondent plus depuis le remplacement du certificat Push
    .cause = Chaque appareil Apple inscrit reste lié au certificat Push (et à sa rubrique, le « Topic ») en place au moment de son inscription. Si quelqu’un crée un nouveau certificat au lieu de renouveler l’existant, ou charge un certificat créé avec un autre identifiant Apple, les notifications d’Intune n’atteignent plus ces appareils : ils cessent de se synchroniser et ne peuvent plus être gérés.
    .step-1 = Vérifiez le décalage : sur un appareil touché, ouvrez Réglages > Général > VPN et gestion de l’appareil, sélectionnez le profil de gestion et relevez le champ Topic sous Plus de détails, puis comparez-le au certificat actuellement chargé dans Intune (Appareils > Inscription > Apple > Certificat Push MDM Apple).
    .step-2 = Connectez-vous au portail Apple Push Certificates avec l’identifiant Apple qui a créé le certificat d’origine. S’il figure encore dans la liste et peut être renouvelé, renouvelez-le avec une CSR issue d’Intune et chargez-le dans Intune avec cet identifiant : les appareils inscrits avec lui se reconnectent sans réinscription.
    .step-3 = Si le certificat d’origine a disparu ou ne peut plus être renouvelé, conservez le nouveau et réinscrivez les appareils concernés : sur les appareils personnels, supprimez le profil de gestion puis inscrivez-les de nouveau dans le Portail d’entreprise ; les appareils ADE doivent être réinitialisés et repasser par l’Assistant Configuration.
    .step-4 = Si seul l’identifiant Apple a changé (par exemple après une fédération avec des identifiants Apple gérés), demandez à Apple de rattacher le certificat existant au nouvel identifiant plutôt que d’en créer un autre.
    .warning = Quel que soit le certificat conservé, les appareils inscrits avec l’autre devront être réinscrits, et réinscrire un appareil ADE l’efface. Choisissez un certificat une fois pour toutes, sans faire d’allers-retours, et à l’avenir renouvelez toujours au lieu de créer.

mdm-invalid-push-certificate = L’appareil signale un certificat Push non valide (12004)
    .cause = L’appareil a refusé la configuration Push MDM reçue : iOS renvoie l’erreur 12004, qu’Intune affiche sous la forme 0x87D155F4. En général, le certificat Push MDM Apple d’Intune a expiré, ou ce n’est plus celui avec lequel l’appareil s’est inscrit parce qu’un nouveau certificat a été créé au lieu de renouveler l’ancien.
    .step-1 = Dans le Centre d’administration Intune, ouvrez Appareils > Inscription > Apple > Certificat Push MDM Apple et vérifiez son état et sa date d’expiration. S’il a expiré, renouvelez-le avec l’identifiant Apple qui l’a créé.
    .step-2 = Comparez le certificat au champ Topic affiché sur l’appareil (Réglages > Général > VPN et gestion de l’appareil > profil de gestion > Plus de détails). S’ils diffèrent, le certificat a été remplacé : lancez `mdmdoc explain apns-cert-replaced` pour connaître les solutions.
    .step-3 = Une fois qu’Intune dispose d’un certificat valide et correspondant, synchronisez l’appareil depuis Intune ou le Portail d’entreprise. Si l’erreur persiste, supprimez le profil de gestion et inscrivez de nouveau l’appareil.
    .warning = Renouvelez le certificat existant dans le portail Apple Push Certificates ; ne choisissez pas Create a Certificate. Un nouveau certificat coupe tous les iPhone, iPad et Mac inscrits jusqu’à ce que chacun soit réinscrit.

vpp-token-expiring = Un jeton Apps and Books (VPP) expire bientôt
    .cause = Les jetons d’emplacement d’Apple Business Manager et d’Apple School Manager sont valables un an. Une fois celui-ci expiré, Intune cesse de synchroniser ses licences d’apps, et les appareils ADE qui reçoivent le Portail d’entreprise par son intermédiaire sont bloqués pendant l’inscription.
    .step-1 = Dans Apple Business Manager (ou Apple School Manager), allez dans Préférences > Paiements et facturation > Apps et livres et téléchargez le jeton actuel de l’emplacement concerné.
    .step-2 = Dans le Centre d’administration Intune, ouvrez Administration du locataire > Connecteurs et jetons > Jetons VPP Apple, sélectionnez le jeton, choisissez Modifier à côté de la section Informations de base, chargez le nouveau fichier et enregistrez.
    .step-3 = Synchronisez le jeton, puis revérifiez la date d’expiration un peu plus tard : Intune peut mettre un certain temps à afficher la nouvelle date.
    .detail = Le jeton « { $token } » expire le { $expires-on }, { $days ->
        [0] dans moins d’un jour
        [one] dans un jour
       *[other] dans { $days } jours
    }.

vpp-token-invalid = Un jeton Apps and Books (VPP) n’est pas valide
    .cause = Intune marque un jeton d’emplacement comme non valide lorsqu’Apple cesse de l’accepter, le plus souvent à cause d’un changement sur le compte Apple géré qui le porte : nouveau domaine, mot de passe modifié ou expiré, compte désactivé. Un jeton non valide ne synchronise plus ni les licences ni les nouveaux achats.
    .step-1 = Dans Apple Business Manager (ou Apple School Manager), vérifiez que le compte propriétaire du jeton de cet emplacement est actif et peut se connecter ; s’il a été désactivé ou si son mot de passe a expiré, réglez d’abord ce point.
    .step-2 = Téléchargez de nouveau le jeton de cet emplacement, dans Préférences > Paiements et facturation > Apps et livres.
    .step-3 = Dans le Centre d’administration Intune, ouvrez Administration du locataire > Connecteurs et jetons > Jetons VPP Apple, modifiez les informations de base du jeton, chargez le nouveau fichier et enregistrez.
    .step-4 = Synchronisez le jeton et vérifiez que son état redevient valide.
    .detail = Le jeton « { $token } » (compte Apple { $apple-id }) est marqué comme non valide.

vpp-token-external-mdm = Le jeton Apps and Books (VPP) est revendiqué par une autre solution MDM
    .cause = Apple ne laisse qu’une seule solution MDM gérer un jeton d’emplacement à la fois, et un autre service détient celui-ci. Intune ne peut ni synchroniser ni attribuer ses licences, et les profils d’inscription ADE qui installent le Portail d’entreprise avec lui affichent « This token is being used by another service. »
    .step-1 = Identifiez l’autre solution MDM qui utilise ce jeton d’emplacement ; les administrateurs d’Apple Business Manager savent pour quels services l’emplacement a été configuré.
    .step-2 = Décidez quelle solution doit posséder l’emplacement. Si c’est Intune, retirez d’abord le jeton de l’autre solution. Si les deux ont besoin d’apps, donnez à chacune son propre emplacement dans Apple Business Manager, avec son propre jeton.
    .step-3 = Si le jeton ne peut pas être retiré de l’autre solution, modifiez-le dans Intune (Administration du locataire > Connecteurs et jetons > Jetons VPP Apple), chargez-le de nouveau et activez la prise de contrôle du jeton depuis une autre solution MDM (option « Take control of token from another MDM » dans l’interface en anglais).
    .step-4 = Synchronisez le jeton et vérifiez que son état est valide. Les appareils ADE déjà bloqués sur l’écran d’inscription le restent : dans la liste Appareils du jeton du programme d’inscription, filtrez sur État du profil = Bloqué et réinitialisez ces appareils pour qu’ils s’inscrivent de nouveau.
    .warning = Prendre le contrôle du jeton prive l’autre solution de ces licences, et transférer vers une autre solution MDM un jeton déjà utilisé par Intune peut faire perdre des attributions de licences et des enregistrements d’utilisateurs. Réinitialiser un appareil bloqué l’efface.
    .detail = Le jeton « { $token } » ({ $organization }) est attribué à une autre solution MDM.

vpp-token-other-tenant = Le jeton Apps and Books (VPP) appartient à un autre locataire Intune
    .cause = Un jeton d’emplacement ne peut servir qu’un seul locataire Intune, et celui-ci a d’abord été chargé dans un autre locataire (un locataire de test ou une ancienne production, par exemple). Ce locataire-ci ne peut pas l’utiliser, et les profils ADE qui installent le Portail d’entreprise avec lui laissent les appareils bloqués pendant l’inscription.
    .step-1 = Retrouvez l’autre locataire qui détient le jeton : passez en revue les locataires de test, pilotes et anciens de l’organisation.
    .step-2 = Si ce locataire-ci doit conserver l’emplacement, révoquez les licences d’apps du jeton dans l’autre locataire, puis supprimez-y le jeton (Administration du locataire > Connecteurs et jetons > Jetons VPP Apple).
    .step-3 = Si les deux locataires ont besoin d’apps, créez un second emplacement dans Apple Business Manager et chargez plutôt le jeton de ce nouvel emplacement dans l’un d’eux.
    .step-4 = Synchronisez le jeton ici. Dans la liste Appareils du jeton du programme d’inscription, filtrez sur État du profil = Bloqué et réinitialisez ces appareils pour qu’ils s’inscrivent de nouveau.
    .warning = Supprimer le jeton dans l’autre locataire y supprime aussi ses apps et ses attributions et révoque ses licences ; ensuite, Intune ne peut plus les révoquer. Réinitialiser un appareil bloqué l’efface.

vpp-token-duplicate-location = Deux jetons Apps and Books (VPP) utilisent le même emplacement
    .cause = Le même emplacement Apple Business Manager a été chargé plusieurs fois dans Intune : Intune signale alors le jeton comme doublon (état « Duplicate » en anglais) et cesse de le synchroniser. Les licences peuvent toujours être attribuées et révoquées, mais les apps et livres achetés depuis risquent de ne pas apparaître.
    .step-1 = Dans le Centre d’administration Intune, ouvrez Administration du locataire > Connecteurs et jetons > Jetons VPP Apple et repérez les jetons qui partagent cet emplacement.
    .step-2 = Choisissez le jeton à conserver, normalement celui qu’utilisent déjà vos apps et vos attributions, et vérifiez quelles apps et attributions dépendent de l’autre.
    .step-3 = Supprimez le doublon, puis synchronisez le jeton conservé et vérifiez que son état est valide et que les achats récents apparaissent.
    .warning = Supprimer un jeton supprime aussi ses apps et ses attributions et révoque ses licences (les apps installées restent sur les appareils), et Intune ne peut plus révoquer ces licences ensuite. Supprimez la copie, pas le jeton dont dépendent vos attributions.
    .detail = Le jeton « { $token } » utilise le même emplacement ({ $location }) qu’un autre jeton.

vpp-token-deleted = Le jeton Apps and Books (VPP) a été supprimé
    .cause = Le jeton d’emplacement qu’un profil d’inscription utilise pour installer le Portail d’entreprise a été supprimé d’Intune. Ses apps et ses attributions ont disparu avec lui et ses licences ont été révoquées : les appareils ADE qui en dépendent s’arrêtent pendant l’inscription.
    .step-1 = Dans Apple Business Manager (ou Apple School Manager), allez dans Préférences > Paiements et facturation > Apps et livres et téléchargez de nouveau le jeton de l’emplacement.
    .step-2 = Dans le Centre d’administration Intune, ouvrez Administration du locataire > Connecteurs et jetons > Jetons VPP Apple, créez un jeton avec ce fichier et synchronisez-le.
    .step-3 = Attribuez de nouveau les apps, puisque les anciennes attributions ont été supprimées avec le jeton, et vérifiez que le profil d’inscription qui installe le Portail d’entreprise via VPP pointe vers le nouveau jeton.
    .step-4 = Dans la liste Appareils du jeton du programme d’inscription, filtrez sur État du profil = Bloqué, relevez les numéros de série et réinitialisez ces appareils pour qu’ils repassent par l’Assistant Configuration.
    .warning = La réinitialisation efface l’appareil. Sauvegardez d’abord ce dont les utilisateurs ont besoin.

vpp-token-no-cp-licenses = Le jeton Apps and Books (VPP) n’a plus de licences Portail d’entreprise
    .cause = Un profil d’inscription ADE installe le Portail d’entreprise avec ce jeton d’emplacement, et toutes les licences Portail d’entreprise de cet emplacement sont utilisées. Les nouveaux appareils qui utilisent ce profil sont bloqués et restent sur l’écran d’inscription.
    .step-1 = Dans Apple Business Manager (ou Apple School Manager), ouvrez Apps et livres, recherchez Microsoft Intune Company Portal et obtenez des licences supplémentaires pour l’emplacement de ce jeton ; l’app est gratuite, prévoyez donc une bonne marge.
    .step-2 = Dans le Centre d’administration Intune, synchronisez le jeton (Administration du locataire > Connecteurs et jetons > Jetons VPP Apple) et vérifiez que le Portail d’entreprise dispose de nouveau de licences libres.
    .step-3 = Les appareils bloqués sur « Awaiting final configuration » ou « Guided Access app unavailable » le restent : dans la liste Appareils du jeton du programme d’inscription, filtrez sur État du profil = Bloqué, relevez les numéros de série et réinitialisez ces appareils. `mdmdoc explain "Awaiting final configuration"` détaille ce cas.
    .step-4 = Surveillez les alertes de licences dans Intune, qui apparaissent dès que la moitié des licences d’une app est utilisée, pour ne plus jamais tomber à zéro.
    .warning = La réinitialisation efface l’appareil. Sauvegardez d’abord ce dont les utilisateurs ont besoin.

vpp-sync-stale = Un jeton Apps and Books (VPP) ne s’est pas synchronisé depuis plus d’un jour
    .cause = Intune synchronise chaque jeton d’emplacement avec Apple une fois par jour. Sans synchronisation depuis plus d’un jour, les licences et les nouveaux achats ne sont plus à jour dans Intune ; l’état du locataire affiche le connecteur en avertissement, puis comme non sain au bout de trois jours.
    .step-1 = Dans Administration du locataire > Connecteurs et jetons > Jetons VPP Apple, commencez par vérifier l’état du jeton : un jeton expiré, non valide, en double ou géré par une autre solution MDM ne peut pas se synchroniser tant que ce n’est pas corrigé.
    .step-2 = Lancez une synchronisation manuelle du jeton. Si l’état de la dernière synchronisation indique qu’elle est en cours, patientez un peu et actualisez avant d’en relancer une.
    .step-3 = Si la synchronisation n’aboutit toujours pas, cherchez un incident de service dans Administration du locataire > État du locataire, puis contactez le support Microsoft en indiquant le nom du jeton et l’heure de sa dernière synchronisation.
    .detail = Le jeton « { $token } » s’est synchronisé pour la dernière fois le { $synced-on } (il y a { $days ->
        [one] un jour
       *[other] { $days } jours
    }).

# Titres des liens de documentation propres aux règles ci-dessus.
doc-vpp-token-upload = Charger un jeton d’emplacement Apps and Books dans Intune
doc-vpp-token-status = États des jetons Apps and Books : autre solution MDM et doublons
doc-vpp-token-delete = Supprimer un jeton Apps and Books : ce qui disparaît avec lui
