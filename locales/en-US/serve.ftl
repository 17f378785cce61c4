# The web service (`mdmdoc serve`): the helpdesk page and the HTTP API's messages.

# This language's own name, shown in the language picker.
serve-language-name = English
serve-page-title = mdmdoc helpdesk
serve-tagline = Paste what the screen or the log says and get the fix for Apple devices in Intune.
serve-language-label = Language
serve-explain-heading = Explain a message
serve-paste-label = Error code, message or log excerpt
serve-paste-hint = Paste it as the user reads it; spelling, spacing and surrounding log lines do not matter. Results appear as you type.
serve-explain-button = Explain
serve-facts-legend = What else do you know?
serve-fact-minutes-since-profile-download = Minutes since the device downloaded the enrollment profile
serve-fact-minutes-since-profile-download-hint = The certificate request of a SCEP profile is honoured for 15 minutes after the download; the fix depends on which side of that window the device is.
serve-diagnose-heading = Diagnose a tenant snapshot
serve-upload-label = Snapshot file (JSON or YAML)
serve-upload-hint = One file whose keys are Microsoft Graph collections, as mdmdoc collect or Graph Explorer exports them. It is checked on this server and not stored.
serve-diagnose-button = Diagnose
serve-report-button = Download HTML report
serve-report-ready = The HTML report has been downloaded.
serve-no-file = Choose a snapshot file first.
serve-results-heading = Results
serve-results-empty = Nothing to show yet: paste a message or choose a snapshot.
serve-working = Working…
serve-copy-ticket = Copy as ticket text
serve-copied = Copied. Paste it into the ticket.
serve-copy-failed = The browser did not allow copying. Select the results and copy them by hand.
serve-error-network = The mdmdoc service did not answer. Check that it is still running and try again.
serve-new-tab = (opens in a new tab)
serve-noscript = This page needs JavaScript. Without it, use the command line: mdmdoc explain "text".
serve-ticket-text = Reported text:

serve-listening = mdmdoc serves the helpdesk page and API on { $url } — press Ctrl-C to stop.
serve-stopped = mdmdoc stopped after finishing the requests in progress.
serve-request-body = the request body
serve-error-timeout = the request took longer than { $seconds } seconds and was stopped. Try again, or send a smaller snapshot.
serve-error-busy = the service is busy; no slot became free within { $seconds } seconds. Try again in a moment.
serve-error-too-large = the request body is larger than { $limit }, the most this endpoint accepts.
serve-error-body = the request body could not be read: { $reason }.
serve-error-bad-json = the request body is not the JSON this endpoint takes ({ $reason }). Send {"{"}"text": "…", "facts": {"{"}{"}"}, "lang": "en-US"{"}"}.
serve-error-fact-key = the fact name “{ $key }” may hold only letters, digits, “_”, “-” and “.”.
serve-error-fact-value = the fact “{ $key }” must be a number or text, not a list or an object.
serve-error-bad-now = now=“{ $value }” is not a date and time. Write it as RFC 3339, for example 2026-11-22T12:00:00Z.
serve-error-empty-body = the request body is empty. Send a tenant snapshot (JSON or YAML) as the body.
serve-error-internal = something went wrong inside mdmdoc while answering. The request was not completed; please report it.
serve-error-report-format = the report format “{ $format }” is not available here. Ask for html, markdown, csv or json.
serve-error-not-found = there is nothing at { $path }. The page is at / and the API under /api/.
serve-error-method = { $path } does not take this HTTP method.
error-listen = cannot listen on { $addr }: { $reason }. Give a free address and port with --listen, for example --listen 127.0.0.1:8080.
