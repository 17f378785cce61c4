# Rapports (`mdmdoc report`), comparaisons entre exécutions et exclusions.

report-title = Bilan de santé de l’inscription des appareils Apple
report-skip-to-findings = Aller directement aux constats
report-meta-tenant = Locataire
report-meta-snapshot = Instantané
report-meta-snapshot-time = Date de l’instantané
report-meta-as-of = Diagnostic établi au
report-generator = Généré avec mdmdoc { $version }
# Une date ({ $date }, mise en forme par `date` dans ui.ftl) et une heure sur 24 heures ({ $time }), toutes deux en UTC.
datetime = { $date } à { $time } UTC

report-glance = Vue d’ensemble
report-by-severity = Constats par gravité
report-by-area = Constats par domaine
report-fix-first = À corriger en priorité
report-fix-first-explains = { $count ->
    [one] explique aussi un autre constat
    [many] explique aussi { $count } autres constats
   *[other] explique aussi { $count } autres constats
}
report-findings = Constats
report-no-findings = Rien à signaler dans cet instantané.
report-subjects = Éléments concernés

area-ade = Inscription automatisée des appareils
area-apns = Certificat Push MDM Apple
area-enrollment = Inscription
area-vpp = Apps et livres (VPP)

report-changes = Changements depuis la dernière exécution
report-changes-summary = Nouveaux : { $new }, résolus : { $resolved }, inchangés : { $unchanged }.
report-new = Nouveaux
report-resolved = Résolus
report-unchanged = Inchangés

report-suppressed = Constats écartés volontairement
report-suppressed-intro = Ces constats correspondent à une entrée du fichier d’exclusions. Ils ne sont pas comptés ci-dessus, mais ils ne sont pas oubliés pour autant.
report-expired = Exclusions expirées
report-expired-intro = Ces entrées ont expiré et ne masquent plus rien. Prolongez-les avec une nouvelle date ou supprimez-les.
report-skipped = Enregistrements qui n’ont pas pu être évalués

label-reason = Motif
label-owner = Responsable
label-expires = Jusqu’au
label-subject-kind = Type d’élément
label-subject-id = Identifiant de l’élément
label-subject-name = Nom de l’élément
label-explained-by = Découle de

report-written = Rapport écrit dans { $path } ({ $format }, { $locale }, { $findings ->
    [0] aucun constat
    [one] un constat
    [many] { $findings } constats
   *[other] { $findings } constats
}).
diagnose-suppressed = { $count ->
    [one] Un constat supplémentaire est écarté par le fichier d’exclusions.
    [many] { $count } constats supplémentaires sont écartés par le fichier d’exclusions.
   *[other] { $count } constats supplémentaires sont écartés par le fichier d’exclusions.
}
warn-suppression-expired = l’exclusion de { $rule } ({ $origin }) a expiré le { $date } et ne masque plus rien. Prolongez-la ou supprimez-la.

error-suppression = { $file }, ligne { $line } : l’exclusion n° { $entry } ({ $rule }) { $problem ->
    [no-reason] n’a pas de motif. Chaque entrée doit comporter un champ `reason:` qui explique à ceux qui passeront après vous pourquoi ce constat peut être écarté.
    [unknown-rule] désigne une règle qui n’existe pas. Lancez `mdmdoc rules list` pour voir les identifiants.
   *[bad-expiry] a un champ `expires:` qui n’est pas une date. Écrivez la date sous la forme 2026-12-31.
}
error-diagnosis-json = { $file } (à { $path }) n’est pas une sortie de `mdmdoc diagnose --format json` : { $problem ->
    [not-object] le document n’est pas un objet JSON.
    [no-findings] la liste « findings » est absente.
    [no-rule] un constat n’a pas de champ « rule ».
   *[no-subject] un constat n’a pas de champ « subject.id ».
}
error-format-not-available = `{ $command }` ne peut pas produire le format { $format }. Choisissez parmi : { $available }.
error-write = impossible d’écrire { $path } : { $reason }. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.

# Un libellé suivi de sa valeur : « Locataire : Contoso » (espace insécable avant les deux-points).
label-colon = { $label } :
