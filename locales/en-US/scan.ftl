# `mdmdoc scan`: looking for known errors in log files.

scan-heading = Log scan
scan-summary = { $hits ->
    [one] One hit
   *[other] { $hits } hits
} of { $rules ->
    [one] one rule
   *[other] { $rules } rules
} in { $files ->
    [one] one file
   *[other] { $files } files
}.
scan-none = No line of these logs holds a code, message or pattern the knowledge base knows.
scan-rules-heading = What the rules found mean
scan-label-file = File
scan-label-line = Line
