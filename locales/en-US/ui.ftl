# Terminal and report strings. Rule texts live in the area files (ade.ftl, apns.ftl, …).

severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
severity-info = Info

label-cause = Cause
label-steps = What to do
label-warning = Warning
label-docs = Read more
label-detail = Details
label-score = match
# How well a rule fits pasted text, as a percentage: “97%”.
score-percent = { $percent }%
label-severity = Severity
label-finding = Finding
label-subject = Concerns
label-rule = Rule
label-area = Area
label-title = Title
label-matches = Matches

explain-heading = What mdmdoc knows about “{ $query }”
explain-no-match = Nothing in the knowledge base matches this text.
explain-did-you-mean = Did you mean: { $suggestions }?

diagnose-heading = Tenant diagnosis
diagnose-none = No problems found.
diagnose-summary = { $total ->
    [one] One finding
   *[other] { $total } findings
}: { $breakdown }.
summary-count = { $count } { $severity }
diagnose-skipped = { $rule } skipped { $subject }: { $field } is “{ $value }”, not { $expected }.
explained-by = explained by { $rule } (fix that first)

warn-unknown-locale = there are no messages for “{ $requested }”; showing { $used } instead.

rules-test-summary = { $passed } examples passed, { $failed } failed ({ $rules } rules).
rules-test-failed = FAIL { $rule } example { $example }: { $reason }
rules-lint-clean = Knowledge base is clean: { $rules } rules, { $locales } locales.
rules-lint-problems = { $count ->
    [one] One problem found.
   *[other] { $count } problems found.
}

# Dates: { $day }, { $day-padded }, { $month } (name below), { $month-number }, { $year }.
date = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

error-prefix = error:
warning-prefix = warning:
error-yaml = { $file }, line { $line }, column { $column }: { $message }. Correct the YAML there and run the command again.
error-ftl = { $file }, line { $line }, column { $column }: this Fluent file does not parse ({ $message }). Correct it and run `mdmdoc rules lint`.
error-io = cannot read { $path }: { $reason }. Check the path and its permissions.
error-not-a-directory = { $path } is not a directory. Give the folder that holds the files.
error-spill = cannot write temporary files in { $path }: { $reason }. A tenant with this many users keeps part of its device counts there; free some space, or point TMPDIR at a folder with room.
error-duplicate-rule = the rule id “{ $id }” is defined twice, in { $first } and in { $second }. Rename or remove one of them.
error-rule = { $file }: { $message }.
error-missing-message = { $file }: rule “{ $rule }” has no message “{ $message }” in { $locale }. Add it to a .ftl file under locales/{ $locale }/.
error-snapshot-json = { $file }, line { $line }, column { $column } (at { $path }): { $message }. A snapshot holds Microsoft Graph responses as Graph returns them; fix the file or export it again.
error-snapshot-shape = { $file } (at { $path }): { $message }. A snapshot holds Microsoft Graph responses as Graph returns them.
error-empty-input = nothing came in on standard input. Give the text as arguments, or pipe it in.
error-invalid-now = --now “{ $value }” is not a date and time. Write it as RFC 3339, for example 2026-11-22T12:00:00Z.
error-invalid-fact = --fact “{ $value }”: { $reason }. Write --fact KEY=VALUE, for example --fact minutes_since_profile_download=20.
error-unknown-rule = no rule has the id “{ $id }”. { $suggestions ->
    [none] Run `mdmdoc rules list` to see them all.
   *[other] Did you mean { $suggestions }?
}
error-usage = { $message }

rules-coverage = { $locale }: { $percent } % complete ({ $present } of { $total } messages)
expected-number = a number
expected-date = an RFC 3339 date and time
expected-version = a version such as 17.0
expected-text = text
