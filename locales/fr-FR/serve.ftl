# Le service web (`mdmdoc serve`) : la page d’assistance et les messages de l’API HTTP.

# Le nom de cette langue dans cette langue, pour le sélecteur.
serve-language-name = Français
serve-page-title = mdmdoc – assistance
serve-tagline = Collez ce qu’affiche l’écran ou le journal et obtenez la solution pour les appareils Apple gérés par Intune.
serve-language-label = Langue
serve-explain-heading = Expliquer un message
serve-paste-label = Code d’erreur, message ou extrait de journal
serve-paste-hint = Collez-le tel que l’utilisateur le lit : l’orthographe, les espaces et les lignes de journal autour n’ont pas d’importance. Les résultats s’affichent pendant la saisie.
serve-explain-button = Expliquer
serve-facts-legend = Que savez-vous d’autre ?
serve-fact-minutes-since-profile-download = Minutes écoulées depuis le téléchargement du profil d’inscription par l’appareil
serve-fact-minutes-since-profile-download-hint = La demande de certificat d’un profil SCEP n’est acceptée que pendant 15 minutes après le téléchargement ; la solution dépend du côté de cette fenêtre où se trouve l’appareil.
serve-diagnose-heading = Diagnostiquer un instantané du locataire
serve-upload-label = Fichier d’instantané (JSON ou YAML)
serve-upload-hint = Un seul fichier dont les clés sont des collections Microsoft Graph, tel que l’exportent mdmdoc collect ou Graph Explorer. Il est analysé sur ce serveur et n’est pas conservé.
serve-diagnose-button = Diagnostiquer
serve-report-button = Télécharger le rapport HTML
serve-report-ready = Le rapport HTML a été téléchargé.
serve-no-file = Choisissez d’abord un fichier d’instantané.
serve-results-heading = Résultats
serve-results-empty = Rien à afficher pour l’instant : collez un message ou choisissez un instantané.
serve-working = Traitement en cours…
serve-copy-ticket = Copier pour le ticket
serve-copied = Copié. Collez-le dans le ticket.
serve-copy-failed = Le navigateur a refusé la copie. Sélectionnez les résultats et copiez-les à la main.
serve-error-network = Le service mdmdoc ne répond pas. Vérifiez qu’il tourne toujours, puis réessayez.
serve-new-tab = (s’ouvre dans un nouvel onglet)
serve-noscript = Cette page a besoin de JavaScript. Sans lui, utilisez la ligne de commande : mdmdoc explain "texte".
serve-ticket-text = Texte signalé :

serve-listening = mdmdoc sert la page d’assistance et l’API sur { $url } – Ctrl-C pour arrêter.
serve-stopped = mdmdoc s’est arrêté après avoir terminé les requêtes en cours.
serve-request-body = le corps de la requête
serve-error-timeout = la requête a duré plus de { $seconds } secondes et a été interrompue. Réessayez ou envoyez un instantané plus petit.
serve-error-busy = le service est occupé : aucune place ne s’est libérée en { $seconds } secondes. Réessayez dans un instant.
serve-error-too-large = le corps de la requête dépasse { $limit }, le maximum accepté par ce point d’accès.
serve-error-body = impossible de lire le corps de la requête : { $reason }.
serve-error-bad-json = le corps de la requête n’est pas le JSON attendu ici ({ $reason }). Envoyez {"{"}"text": "…", "facts": {"{"}{"}"}, "lang": "fr-FR"{"}"}.
serve-error-fact-key = le nom du fait « { $key } » ne peut contenir que des lettres, des chiffres, « _ », « - » et « . ».
serve-error-fact-value = le fait « { $key } » doit être un nombre ou un texte, pas une liste ni un objet.
serve-error-bad-now = now=« { $value } » n’est pas une date et une heure. Écrivez-la au format RFC 3339, par exemple 2026-11-22T12:00:00Z.
serve-error-empty-body = le corps de la requête est vide. Envoyez un instantané du locataire (JSON ou YAML).
serve-error-internal = une erreur interne de mdmdoc a empêché la réponse. La requête n’a pas abouti ; merci de la signaler.
serve-error-report-format = le format de rapport « { $format } » n’est pas disponible ici. Demandez html, markdown, csv ou json.
serve-error-not-found = il n’y a rien à l’adresse { $path }. La page est sur / et l’API sous /api/.
serve-error-method = { $path } n’accepte pas cette méthode HTTP.
error-listen = impossible d’écouter sur { $addr } : { $reason }. Indiquez une adresse et un port libres avec --listen, par exemple --listen 127.0.0.1:8080.
