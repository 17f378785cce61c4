# Reports (`mdmdoc report`), run diffs and suppressions.

report-title = Apple enrollment health report
report-skip-to-findings = Skip to the findings
report-meta-tenant = Tenant
report-meta-snapshot = Snapshot
report-meta-snapshot-time = Snapshot date
report-meta-as-of = Diagnosed as of
report-generator = Made with mdmdoc { $version }
# A date ({ $date }, formatted by `date` in ui.ftl) and a 24-hour time ({ $time } = { $hour }:{ $minute }), both UTC.
datetime = { $date }, { $time } UTC

report-glance = At a glance
report-by-severity = Findings by severity
report-by-area = Findings by area
report-fix-first = Fix these first
report-fix-first-explains = { $count ->
    [one] also explains one other finding
   *[other] also explains { $count } other findings
}
report-findings = Findings
report-no-findings = Nothing in this snapshot needs attention.
report-subjects = Affected

area-ade = Automated Device Enrollment
area-apns = Apple push certificate
area-enrollment = Enrollment
area-vpp = Apps and Books

report-changes = Changes since the last run
report-changes-summary = { $new } new, { $resolved } resolved, { $unchanged } unchanged.
report-new = New
report-resolved = Resolved
report-unchanged = Unchanged

report-suppressed = Set aside on purpose
report-suppressed-intro = These findings match an entry of the suppression file. They are left out of the counts above, but not forgotten.
report-expired = Suppressions past their date
report-expired-intro = These entries have expired and hide nothing any more. Renew them with a new date, or delete them.
report-skipped = Records that could not be judged

label-reason = Reason
label-owner = Owner
label-expires = Until
label-subject-kind = Subject type
label-subject-id = Subject ID
label-subject-name = Subject name
label-explained-by = Explained by

report-written = Wrote { $path } ({ $format }, { $locale }, { $findings ->
    [one] one finding
   *[other] { $findings } findings
}).
diagnose-suppressed = { $count ->
    [one] One more finding is set aside by the suppression file.
   *[other] { $count } more findings are set aside by the suppression file.
}
warn-suppression-expired = the suppression of { $rule } ({ $origin }) expired on { $date } and no longer hides anything. Renew or delete it.

error-suppression = { $file }, line { $line }: suppression entry { $entry } ({ $rule }) { $problem ->
    [no-reason] has no reason. Every entry needs a `reason:` that tells the next person why this finding may be set aside.
    [unknown-rule] names a rule that does not exist. Run `mdmdoc rules list` to see the ids.
   *[bad-expiry] has an `expires:` that is not a date. Write it as 2026-12-31.
}
error-diagnosis-json = { $file } (at { $path }) is not the output of `mdmdoc diagnose --format json`: { $problem ->
    [not-object] the document is not a JSON object.
    [no-findings] there is no “findings” list.
    [no-rule] a finding has no “rule”.
   *[no-subject] a finding has no “subject.id”.
}
error-format-not-available = `{ $command }` cannot write { $format }. Choose one of: { $available }.
error-write = cannot write { $path }: { $reason }. Check that the folder exists and that you may write there.

# A label followed by its value: “Tenant: Contoso”.
label-colon = { $label }:
