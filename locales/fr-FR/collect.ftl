# Collecte en direct depuis Microsoft Graph : `mdmdoc collect` et `mdmdoc diagnose --live`.

collect-progress-items = { $count ->
    [one] { $count } enregistrement pour l’instant
   *[other] { $count } enregistrements pour l’instant
}
collect-progress-done = terminé : { $count ->
    [one] { $count } enregistrement
   *[other] { $count } enregistrements
}
collect-progress-not-configured = non configuré
collect-retry-status = { $collection } : { $host } a répondu HTTP { $status } ; nouvel essai dans { $seconds } s (tentative { $attempt } sur { $max }).
collect-retry-timeout = { $collection } : { $host } n’a pas répondu à temps ; nouvel essai dans { $seconds } s (tentative { $attempt } sur { $max }).
collect-retry-network = { $collection } : impossible de joindre { $host } ({ $reason }) ; nouvel essai dans { $seconds } s (tentative { $attempt } sur { $max }).

collect-done = Instantané enregistré dans { $path }.
collect-done-redacted = Instantané enregistré dans { $path } ; les noms d’utilisateur, adresses e-mail, numéros de série, noms d’appareils et identifiants Apple y sont remplacés par des empreintes.
collect-summary-records = { $count ->
    [one] { $count } enregistrement
   *[other] { $count } enregistrements
}{ $pages ->
    [one] {""}
   *[other] {" "}en { $pages } pages
}
collect-summary-not-configured = non configuré (Graph ne connaît pas cet objet dans ce locataire)
collect-next = Pour le diagnostiquer : { $command }

error-collect-no-secret = le secret client manque. Placez-le dans la variable d’environnement MDMDOC_CLIENT_SECRET (il n’est jamais accepté en option de ligne de commande, pour ne pas apparaître dans l’historique du shell ni dans la liste des processus), puis relancez la commande.
error-collect-missing-flag = { $flag } est nécessaire pour se connecter à Microsoft Graph. Indiquez l’ID du répertoire (locataire) avec --tenant et l’ID d’application (client) de l’inscription d’application avec --client-id.
error-collect-unexpected-flag = { $flag } ne sert que pour une collecte depuis Microsoft Graph. Ajoutez --live (sans chemin d’instantané) ou retirez { $flag }.
error-collect-bad-url = { $flag } « { $value } » est inutilisable : { $reason }. Donnez l’adresse de base du service, par exemple https://graph.microsoft.com.
error-collect-bad-tenant = --tenant « { $value } » n’est ni un ID de répertoire ni un nom de domaine. Utilisez l’ID du locataire (un GUID) ou un domaine comme contoso.onmicrosoft.com.
error-collect-out-exists = { $path } existe déjà et n’est pas vide. Choisissez un autre dossier, ou ajoutez --force pour le remplacer une fois le nouvel instantané complet.
error-collect-write = impossible d’écrire { $path } : { $reason }. Vérifiez l’espace libre et les droits d’accès à cet endroit.
error-collect-auth = la connexion à { $host } a échoué (HTTP { $status }) : { $code } : { $description } { $hint ->
    [secret] Vérifiez le secret client dans MDMDOC_CLIENT_SECRET : il est peut-être mal saisi ou expiré, ou c’est l’ID du secret qui a été copié au lieu de sa valeur.
    [tenant] Vérifiez --tenant : il faut l’ID du répertoire ou un domaine vérifié de l’organisation.
    [client] Vérifiez --client-id : il faut l’ID d’application (client) d’une inscription d’application de ce locataire.
    [consent] Un administrateur doit accorder le consentement administrateur aux autorisations de l’inscription d’application.
   *[other] Vérifiez le locataire, l’ID client et le secret.
}
error-collect-permission = Microsoft Graph a refusé { $collection } (HTTP { $status }, { $code } : { $message }). L’inscription d’application a besoin de l’autorisation d’application Microsoft Graph { $permissions } (une seule suffit), avec le consentement administrateur accordé. Ajoutez-la sous Autorisations de l’API dans Microsoft Entra ID, accordez le consentement administrateur, puis relancez la commande.
error-collect-http = la récupération de { $collection } a échoué : { $url } a répondu HTTP { $status } ({ $code } : { $message }) après { $attempts } tentative(s). Rien n’a été écrit ; réessayez plus tard ou consultez l’état du service Microsoft Intune.
error-collect-network = { $collection ->
    [sign-in] la connexion
   *[other] la récupération de { $collection }
} a échoué : { $host } est injoignable ({ $reason }) après { $attempts } tentative(s). Vérifiez le réseau, le proxy et le pare-feu, ainsi que l’adresse donnée avec --graph-url ou --login-url.
error-collect-timeout = { $collection ->
    [sign-in] la connexion
   *[other] la récupération de { $collection }
} a échoué : { $host } n’a pas répondu en { $seconds } s, { $attempts } tentative(s). Réessayez plus tard, ou accordez plus de temps avec --timeout.
error-collect-bad-response = la récupération de { $collection } a échoué : { $url } n’a pas renvoyé une réponse Microsoft Graph ({ $message }). Vérifiez que --graph-url désigne bien Microsoft Graph.
error-collect-foreign-link = la récupération de { $collection } s’est arrêtée : la page suivante se trouve sur un autre hôte ({ $link }), et le jeton d’accès n’est envoyé qu’à { $host }.
