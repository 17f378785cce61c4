## Automated Device Enrollment (ADE) tokens, syncing and Setup Assistant.

ade-token-expired = The ADE enrollment program token has expired
    .cause = An enrollment program token is valid for one year. Once it lapses, Intune can no longer sync devices from Apple Business Manager or Apple School Manager, and new ADE enrollments stop working.
    .step-1 = Sign in to Apple Business Manager (or Apple School Manager) with the Administrator or Device Enrollment Manager role, open the MDM server that belongs to this token and download a new server token (.p7m).
    .step-2 = In the Intune admin center, go to Devices > Enrollment > Apple > Enrollment program tokens, select the token and choose Renew token.
    .step-3 = Enter the Apple ID that created the token, upload the new .p7m file and finish the wizard.
    .step-4 = Start a manual sync on the token and check that its last successful sync time moves forward.
    .warning = Downloading a server token in Apple Business Manager invalidates the token Intune is using at once. Download it only when you are ready to finish the renewal.
    .detail = Token “{ $token }” expired on { $expired-on } ({ $days ->
        [0] today
        [one] yesterday
       *[other] { $days } days ago
    }).

ade-token-expiring = The ADE enrollment program token expires soon
    .cause = Enrollment program tokens must be renewed every year. If this one lapses, device sync from Apple Business Manager stops and new ADE enrollments fail.
    .step-1 = Plan the renewal now, with the Apple ID that created the token and an account that holds the Administrator or Device Enrollment Manager role in Apple Business Manager.
    .step-2 = In Apple Business Manager, download a new server token for the MDM server linked to this token.
    .step-3 = Straight away, in the Intune admin center (Devices > Enrollment > Apple > Enrollment program tokens), select the token, choose Renew token and upload the new file.
    .warning = The download in Apple Business Manager invalidates the current token immediately, so do both halves of the renewal in one sitting.
    .detail = Token “{ $token }” expires on { $expires-on }, { $days ->
        [0] in less than a day
        [one] in one day
       *[other] in { $days } days
    }.

ade-sync-error = The ADE token reports a sync error
    .cause = Intune's last sync with Apple for this token failed. Until the error clears, new devices do not arrive from Apple Business Manager, profile assignments fail and ADE enrollments may break. An expired token is the most common reason.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens and read the error shown on the token.
    .step-2 = If the token has expired, renew it; that usually clears the error.
    .step-3 = If the error names terms and conditions, access or the cursor, follow the matching mdmdoc explanation (run `mdmdoc explain` with the error text).
    .step-4 = After fixing the cause, run a manual sync and check that the error is gone.
    .detail = Token “{ $token }” reported sync error code { $code }.

ade-sync-stale = The ADE token has not synced for more than a day
    .cause = Intune runs a delta sync with Apple every 12 hours. No successful sync for over 24 hours means at least two were missed, so devices assigned in Apple Business Manager since then are not in Intune yet.
    .step-1 = Check the token for an error message or an expiry date in the past and fix that first.
    .step-2 = Run a manual sync on the token (Devices > Enrollment > Apple > Enrollment program tokens > token > Devices > Sync). The button can be used once every 15 minutes.
    .step-3 = If syncs keep failing with no error shown, contact Microsoft support with the token name and time of the last good sync.
    .detail = Token “{ $token }” last synced successfully on { $synced-on } ({ $days ->
        [0] { $hours } hours ago
        [one] one day ago
       *[other] { $days } days ago
    }).

ade-sync-terms-not-accepted = Apple's new terms and conditions have not been accepted
    .cause = Apple has published new terms for its device programs. Until someone accepts them, Apple refuses Intune's sync requests (HTTP 403 with T_C_NOT_SIGNED).
    .step-1 = Sign in to Apple Business Manager or Apple School Manager with an account that has the Administrator role.
    .step-2 = Read and accept the new terms and conditions shown at sign-in.
    .step-3 = Back in Intune, run a manual sync on the token and confirm the error has cleared.

scep-invalid-response = The device could not get its certificate during enrollment (SCEP)
    .cause = During ADE with user affinity, the device must request its SCEP certificate within 15 minutes of downloading the management profile. Past that window the request is refused for security reasons.
    .step-1 = Find out how long ago the management profile was downloaded. To let mdmdoc decide, run it again with --fact minutes_since_profile_download=N.
    .step-2 = Within 15 minutes: retry the management profile download on the device.
    .step-3 = After 15 minutes: factory reset the device and start enrollment again.
    .warning = A factory reset erases everything on the device. Back up what the user needs first.

scep-invalid-response-retry = Retry now: the 15-minute SCEP window is still open
    .cause = The SCEP certificate request failed, but the management profile was downloaded less than 15 minutes ago, so the device can still ask again.
    .step-1 = On the device, retry the management profile download right away.
    .step-2 = If it fails again and 15 minutes have passed, the device must be factory reset before it can enroll.
    .detail = The profile was downloaded { $minutes ->
        [one] one minute ago
       *[other] { $minutes } minutes ago
    }; the window closes at 15 minutes.

scep-invalid-response-reset = Factory reset needed: the 15-minute SCEP window has closed
    .cause = The SCEP certificate request must happen within 15 minutes of the management profile download. That window has passed, so retrying cannot succeed.
    .step-1 = Back up anything the user needs from the device.
    .step-2 = Factory reset the device (Settings > General > Transfer or Reset > Erase All Content and Settings), or wipe it from Intune.
    .step-3 = Power it on and go through Setup Assistant again; let the profile download and certificate request run without delay.
    .warning = A factory reset erases all data on the device and cannot be undone.
    .detail = The profile was downloaded { $minutes } minutes ago, past the 15-minute window.
