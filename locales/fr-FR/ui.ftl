# Chaînes du terminal et des rapports. Les textes des règles sont dans ade.ftl, apns.ftl, etc.

severity-critical = Critique
severity-high = Élevée
severity-medium = Moyenne
severity-low = Faible
severity-info = Info

label-cause = Cause
label-steps = Que faire
label-warning = Attention
label-docs = Pour aller plus loin
label-detail = Détails
label-score = correspondance
# Degré de correspondance d’une règle, en pourcentage : « 97 % ».
score-percent = { $percent } %
label-severity = Gravité
label-finding = Constat
label-subject = Concerne
label-rule = Règle
label-area = Domaine
label-title = Titre
label-matches = Correspondances

explain-heading = Ce que mdmdoc sait de « { $query } »
explain-no-match = Rien dans la base de connaissances ne correspond à ce texte.
explain-did-you-mean = Vouliez-vous dire : { $suggestions } ?

diagnose-heading = Diagnostic du locataire
diagnose-none = Aucun problème détecté.
diagnose-summary = { $total ->
    [one] Un constat
   *[other] { $total } constats
} : { $breakdown }.
summary-count = { $severity } : { $count }
diagnose-skipped = { $rule } a ignoré { $subject } : { $field } vaut « { $value } », ce qui n’est pas { $expected }.
explained-by = découle de { $rule } (à corriger en premier)

warn-unknown-locale = aucun message n’existe pour « { $requested } » ; affichage en { $used }.

rules-test-summary = { $passed } exemples réussis, { $failed } en échec ({ $rules } règles).
rules-test-failed = ÉCHEC { $rule }, exemple { $example } : { $reason }
rules-lint-clean = La base de connaissances est saine : { $rules } règles, { $locales } langues.
rules-lint-problems = { $count ->
    [one] Un problème détecté.
   *[other] { $count } problèmes détectés.
}

date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

error-prefix = erreur :
warning-prefix = avertissement :
error-yaml = { $file }, ligne { $line }, colonne { $column } : { $message }. Corrigez le YAML à cet endroit, puis relancez la commande.
error-ftl = { $file }, ligne { $line }, colonne { $column } : ce fichier Fluent est illisible ({ $message }). Corrigez-le et lancez `mdmdoc rules lint`.
error-io = impossible de lire { $path } : { $reason }. Vérifiez le chemin et les droits d’accès.
error-not-a-directory = { $path } n’est pas un dossier. Indiquez le dossier qui contient les fichiers.
error-spill = impossible d’écrire des fichiers temporaires dans { $path } : { $reason }. Avec autant d’utilisateurs, une partie du décompte des appareils y est conservée ; libérez de la place ou faites pointer TMPDIR vers un dossier qui en a.
error-duplicate-rule = l’identifiant de règle « { $id } » est défini deux fois, dans { $first } et dans { $second }. Renommez ou supprimez l’une des deux.
error-rule = { $file } : { $message }.
error-missing-message = { $file } : la règle « { $rule } » n’a pas de message « { $message } » en { $locale }. Ajoutez-le dans un fichier .ftl sous locales/{ $locale }/.
error-snapshot-json = { $file }, ligne { $line }, colonne { $column } (à { $path }) : { $message }. Un instantané contient les réponses de Microsoft Graph telles que Graph les renvoie ; corrigez le fichier ou exportez-le de nouveau.
error-snapshot-shape = { $file } (à { $path }) : { $message }. Un instantané contient les réponses de Microsoft Graph telles que Graph les renvoie.
error-empty-input = rien n’est arrivé sur l’entrée standard. Passez le texte en arguments ou redirigez-le vers la commande.
error-invalid-now = --now « { $value } » n’est pas une date et heure. Écrivez-la au format RFC 3339, par exemple 2026-11-22T12:00:00Z.
error-invalid-fact = --fact « { $value } » : { $reason }. Écrivez --fact CLÉ=VALEUR, par exemple --fact minutes_since_profile_download=20.
error-unknown-rule = aucune règle n’a l’identifiant « { $id } ». { $suggestions ->
    [none] Lancez `mdmdoc rules list` pour les voir toutes.
   *[other] Vouliez-vous dire { $suggestions } ?
}
error-usage = { $message }

rules-coverage = { $locale } : { $percent } % complet ({ $present } messages sur { $total })
expected-number = un nombre
expected-date = une date et heure RFC 3339
expected-version = une version comme 17.0
expected-text = du texte
