# Live collection from Microsoft Graph: `mdmdoc collect` and `mdmdoc diagnose --live`.

collect-progress-items = { $count ->
    [one] { $count } record so far
   *[other] { $count } records so far
}
collect-progress-done = done: { $count ->
    [one] { $count } record
   *[other] { $count } records
}
collect-progress-not-configured = not configured
collect-retry-status = { $collection }: { $host } answered HTTP { $status }; trying again in { $seconds } s (attempt { $attempt } of { $max }).
collect-retry-timeout = { $collection }: { $host } did not answer in time; trying again in { $seconds } s (attempt { $attempt } of { $max }).
collect-retry-network = { $collection }: cannot reach { $host } ({ $reason }); trying again in { $seconds } s (attempt { $attempt } of { $max }).

collect-done = Snapshot written to { $path }.
collect-done-redacted = Snapshot written to { $path }, with user names, e-mail addresses, serial numbers, device names and Apple IDs replaced by hashes.
collect-summary-records = { $count ->
    [one] { $count } record
   *[other] { $count } records
}{ $pages ->
    [one] {""}
   *[other] {" "}in { $pages } pages
}
collect-summary-not-configured = not configured (Graph has no such object in this tenant)
collect-next = Diagnose it with: { $command }

error-collect-no-secret = the client secret is missing. Put it in the environment variable MDMDOC_CLIENT_SECRET (it is never taken as a flag, so it stays out of shell history and process lists), then run the command again.
error-collect-missing-flag = { $flag } is required to sign in to Microsoft Graph. Give the directory (tenant) id with --tenant and the application (client) id of the app registration with --client-id.
error-collect-unexpected-flag = { $flag } only applies when collecting from Microsoft Graph. Add --live (and leave out the snapshot path), or drop { $flag }.
error-collect-bad-url = { $flag } “{ $value }” is not usable: { $reason }. Give the endpoint’s base address, for example https://graph.microsoft.com.
error-collect-bad-tenant = --tenant “{ $value }” is neither a directory id nor a domain name. Use the tenant id (a GUID) or a domain such as contoso.onmicrosoft.com.
error-collect-out-exists = { $path } already exists and is not empty. Choose another directory, or add --force to replace it once the new snapshot is complete.
error-collect-write = cannot write { $path }: { $reason }. Check free space and permissions there.
error-collect-auth = sign-in at { $host } failed (HTTP { $status }): { $code }: { $description } { $hint ->
    [secret] Check the client secret in MDMDOC_CLIENT_SECRET: it may be mistyped, expired, or the secret’s id instead of its value.
    [tenant] Check --tenant: it must be the directory id or a verified domain of the organization.
    [client] Check --client-id: it must be the application (client) id of an app registration in that tenant.
    [consent] An administrator has to grant admin consent to the app registration’s permissions.
   *[other] Check the tenant, the client id and the secret.
}
error-collect-permission = Microsoft Graph refused { $collection } (HTTP { $status }, { $code }: { $message }). The app registration needs the Microsoft Graph application permission { $permissions } (one of them is enough), with admin consent granted. Add it under API permissions in Microsoft Entra ID, grant admin consent, then run the command again.
error-collect-http = fetching { $collection } failed: { $url } answered HTTP { $status } ({ $code }: { $message }) after { $attempts } attempt(s). Nothing was written; try again later, or check the service health of Microsoft Intune.
error-collect-network = { $collection ->
    [sign-in] signing in
   *[other] fetching { $collection }
} failed: cannot reach { $host } ({ $reason }) after { $attempts } attempt(s). Check the network, proxy and firewall, and the address given with --graph-url or --login-url.
error-collect-timeout = { $collection ->
    [sign-in] signing in
   *[other] fetching { $collection }
} failed: { $host } did not answer within { $seconds } s, { $attempts } attempt(s). Try again later, or allow more time with --timeout.
error-collect-bad-response = fetching { $collection } failed: { $url } did not send a Microsoft Graph response ({ $message }). Check that --graph-url points at Microsoft Graph.
error-collect-foreign-link = fetching { $collection } stopped: the next page is on another host ({ $link }), and the access token is only sent to { $host }.
