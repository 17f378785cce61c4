# `mdmdoc scan` : recherche des erreurs connues dans les journaux.

scan-heading = Analyse des journaux
scan-summary = { $hits ->
    [one] Une occurrence
   *[other] { $hits } occurrences
} de { $rules ->
    [one] une règle
   *[other] { $rules } règles
} dans { $files ->
    [one] un fichier
   *[other] { $files } fichiers
}.
scan-none = Aucune ligne de ces journaux ne contient un code, un message ou un motif connu de la base de connaissances.
scan-rules-heading = Ce que signifient les règles trouvées
scan-label-file = Fichier
scan-label-line = Ligne
