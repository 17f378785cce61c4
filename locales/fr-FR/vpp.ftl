## Jetons d’emplacement Apps and Books (VPP).

vpp-token-expired = Le jeton Apps and Books (VPP) a expiré
    .cause = Les jetons d’emplacement sont valables un an. Une fois expiré, Intune ne peut plus synchroniser les apps achetées ni les licences, et les appareils ADE qui installent le Portail d’entreprise via ce jeton restent bloqués pendant l’inscription.
    .step-1 = Dans Apple Business Manager (ou Apple School Manager), allez dans Préférences > Paiements et facturation > Apps et livres, puis téléchargez le jeton de cet emplacement.
    .step-2 = Dans le Centre d’administration Intune, ouvrez Administration du locataire > Connecteurs et jetons > Jetons VPP Apple, modifiez le jeton et chargez le nouveau fichier.
    .step-3 = Synchronisez le jeton et vérifiez la nouvelle date d’expiration ; sa mise à jour peut prendre un peu de temps.
    .detail = Le jeton « { $token } » ({ $organization }) a expiré le { $expired-on }.

vpp-sync-failed = La synchronisation du jeton Apps and Books (VPP) a échoué
    .cause = La dernière synchronisation de ce jeton d’emplacement avec Apple a échoué. Les licences d’apps et les nouveaux achats ne sont pas à jour tant qu’une synchronisation n’a pas réussi.
    .step-1 = Dans Administration du locataire > Connecteurs et jetons > Jetons VPP Apple, vérifiez l’état du jeton : un jeton expiré, non valide ou en double ne peut pas se synchroniser.
    .step-2 = Assurez-vous que le jeton n’est pas utilisé en parallèle par une autre solution MDM ou un autre locataire.
    .step-3 = Lancez une synchronisation manuelle et vérifiez que l’état de la dernière synchronisation passe à « terminé ».
    .detail = La dernière synchronisation du jeton « { $token } » a échoué (dernière tentative le { $synced-on }).
