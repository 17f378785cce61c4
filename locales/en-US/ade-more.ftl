## Automated Device Enrollment (ADE): token errors, sync limits, enrollment profiles and Setup Assistant.

ade-token-invalid = The ADE enrollment program token is invalid or has been replaced
    .cause = Apple no longer accepts the token Intune holds (Apple answers HTTP 401 Unauthorized). The token may have expired, been revoked or damaged, or someone downloaded a new server token for the same MDM server in Apple Business Manager, which voids the previous one.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens, select the token and check its expiry date and error.
    .step-2 = Renew the token: in Apple Business Manager (or Apple School Manager), open the MDM server linked to it, download a new server token and upload it in Intune with Renew token, using the Apple ID that created the token.
    .step-3 = If renewing fails, upload a fresh Intune public key to the existing MDM server in Apple Business Manager (MDM server settings > Upload Public Key), download the token again and renew it in Intune; creating a new token that reuses the same MDM server also works. Contact Intune support if you are unsure.
    .step-4 = Run a manual sync on the token and make sure the error is gone.
    .warning = Every token download in Apple Business Manager voids the token Intune is using. Never download one “just to check”: do it only when you will upload it to Intune right away.

ade-sync-access-denied = Apple denied Intune access to the ADE token
    .cause = Apple refuses Intune's requests for this token (HTTP 403 with ACCESS_DENIED). Usually Intune was removed from the MDM server list in Apple Business Manager or Apple School Manager, or the token expired or was replaced by a newer one.
    .step-1 = In the Intune admin center (Devices > Enrollment > Apple > Enrollment program tokens), check whether the token has expired, and ask your team whether someone recently created or downloaded a new token for it.
    .step-2 = In Apple Business Manager, check that the MDM server used by Intune still exists in the list of MDM servers and that your devices are still assigned to it.
    .step-3 = If the token has expired or was replaced, renew it in Intune with a server token freshly downloaded from that MDM server.
    .step-4 = Run a manual sync and confirm that the error has cleared.
    .warning = Downloading a server token in Apple Business Manager voids the one Intune is using. Only do it when you are about to finish the renewal in Intune.

ade-sync-throttled = The ADE token can't be synced again yet
    .cause = Apple limits how often Intune may ask for changes: a manual sync is allowed once every 15 minutes, and each sync has up to 15 minutes to finish. Until then the Sync button stays inactive. This is expected, not a fault.
    .step-1 = Wait until 15 minutes have passed since the last sync request, then refresh the page.
    .step-2 = Start the sync again from Devices > Enrollment > Apple > Enrollment program tokens > token > Devices > Sync.
    .step-3 = If the button stays inactive long after that, check the token for an expiry date in the past or a sync error.
    .detail = A sync of token “{ $token }” was requested { $minutes ->
        [0] less than a minute ago
        [one] one minute ago
       *[other] { $minutes } minutes ago
    }; the next manual sync is possible 15 minutes after that request.

ade-sync-internal-error = Apple's ADE service returned an internal server error
    .cause = The sync between Intune and Apple failed with an internal server error on the token. The cause can't be told from this message alone and needs investigation with more logs.
    .step-1 = Note the token name, the time of the error and the text shown on the token.
    .step-2 = Wait for the next automatic sync (or run one manual sync) to see whether the error persists.
    .step-3 = If it persists, open a support request with Intune support and give them the details you noted so they can collect the service logs.

ade-sync-cursor-error = The ADE sync cursor is invalid or expired
    .cause = Intune keeps a cursor to fetch only what changed in Apple Business Manager since the last sync. Apple rejected it or could not find it, it expired on Intune's side, or it was never set at the start of the sync.
    .step-1 = Note the token name and the exact error: Invalid cursor, Cursor expired or Required cursor.
    .step-2 = Contact Intune support: they can reset the cursor and retry the sync from the service side.
    .step-3 = After support confirms, run a manual sync and check that new devices arrive from Apple Business Manager.

ade-profile-invalid-phone = An ADE enrollment profile has an invalid support phone number
    .cause = Apple rejected an enrollment profile because the support phone number entered in it is not valid, so the profile can't be sent to the devices.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens > token > Profiles.
    .step-2 = Open each profile and, under its properties, fix the support phone number shown during Setup Assistant.
    .step-3 = Save, run a manual sync on the token and check that the error is gone.

ade-profile-invalid-name = An ADE enrollment profile has an invalid name
    .cause = Apple rejected an enrollment profile because its name is empty, too long or otherwise not valid.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens > token > Profiles.
    .step-2 = Find the profile with an empty or very long name and give it a short, plain name.
    .step-3 = Save, run a manual sync on the token and check that the error is gone.

ade-profile-invalid-department = An ADE enrollment profile has an invalid department
    .cause = Apple rejected an enrollment profile because the Department field shown during Setup Assistant contains an entry it does not accept.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens > token > Profiles.
    .step-2 = Edit the Department field of each profile and correct or shorten the entry.
    .step-3 = Save, run a manual sync on the token and check that the error is gone.

ade-profile-not-found = Apple can't find the ADE enrollment profile
    .cause = Apple has no record of the enrollment profile Intune refers to for some devices. This can have several causes, for example a profile that was removed or never reached Apple.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens > token and create a new enrollment profile.
    .step-2 = Assign the new profile to the affected devices (or make it the default profile of the token).
    .step-3 = Run a manual sync and check the profile status of those devices.

ade-token-upload-failed = The enrollment program token could not be uploaded to Intune
    .cause = The upload failed in the browser with “AjaxError: ajaxExtended call failed”. The workaround is to take Intune's public key for the token from Microsoft Graph, give it to Apple Business Manager yourself and download a matching token.
    .step-1 = In Graph Explorer, run GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings and note the id of the token.
    .step-2 = Run GET https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/<token id>/getEncryptionPublicKey and copy the certificate from the “value” of the answer.
    .step-3 = Save it as a .pem file of exactly three lines: the BEGIN CERTIFICATE line, the whole base64 text on one line without line breaks, and the END CERTIFICATE line.
    .step-4 = In Apple Business Manager, edit the MDM server, upload the .pem under MDM server settings and save. If the format is refused, fix the file, close the page and choose Edit again.
    .step-5 = Download the server token from that MDM server, then refresh or renew the token in the Intune admin center with it.
    .warning = Downloading the server token voids the token any MDM is currently using for that MDM server. Finish the upload in Intune straight after.

ade-token-device-limit = The ADE token holds more than 200,000 devices
    .cause = Microsoft recommends at most 200,000 devices per enrollment program token. Above that, syncs with Apple may become unreliable.
    .step-1 = In Apple Business Manager, create one more MDM server for Intune and set up a new enrollment program token for it in the Intune admin center.
    .step-2 = Move part of the devices (for example by site or device type) from the current MDM server to the new one in Apple Business Manager.
    .step-3 = Create enrollment profiles on the new token, assign them, and sync both tokens.
    .detail = Token “{ $token }” has { $count } synced devices.

ade-token-near-device-limit = The ADE token is close to 200,000 devices
    .cause = The token already holds 90 % or more of the 200,000 devices Microsoft recommends per token. Past that number, syncs may start failing.
    .step-1 = Plan a second enrollment program token now: a new MDM server in Apple Business Manager, with its own token in Intune.
    .step-2 = Assign new purchases to the new MDM server, and move existing devices over when convenient.
    .detail = Token “{ $token }” has { $count } synced devices, out of the 200,000 recommended.

ade-token-count-limit = The tenant has reached the limit of 2,000 ADE tokens
    .cause = An Intune account can hold at most 2,000 enrollment program tokens. At that number no new token can be added.
    .step-1 = In the Intune admin center, list the tokens under Devices > Enrollment > Apple > Enrollment program tokens and find those no longer in use (expired, no devices, no recent sync).
    .step-2 = To remove an unused token, first delete its devices and all of its enrollment profiles, then delete the token.
    .step-3 = Where possible, group devices under fewer tokens instead of creating one token per site or team.
    .warning = Deleting a token's devices removes them from Intune management, and users lose access to company resources on them. Only delete tokens whose devices are gone or will be enrolled again with another token.
    .detail = The tenant has { $count } enrollment program tokens.

ade-sync-duration = A sync of this ADE token takes longer than 15 minutes
    .cause = Apple sends about 3,000 devices a minute to Intune, and a sync request has 15 minutes to finish. A token with this many devices can't be fully synced in one window, so starting another sync too early only restarts the work.
    .step-1 = After starting a manual sync, leave it running; don't press Sync again before the time given below.
    .step-2 = Check the token's last successful sync time to see when the sync has finished.
    .step-3 = If the token keeps growing, consider spreading its devices over several tokens.
    .detail = Token “{ $token }” has { $count } devices: a sync takes about { $minutes } minutes, so wait at least that long before syncing again.

ade-deleted-device-reappears = A deleted ADE device came back after a sync
    .cause = Deleting a device in Intune does not remove it from Apple Business Manager. As long as it is still assigned to Intune's MDM server there, the next full sync (at most once every 7 days) brings it back.
    .step-1 = In Apple Business Manager (or Apple School Manager), find the device by serial number.
    .step-2 = Unassign it from the MDM server used by Intune, or assign it to another MDM server.
    .step-3 = Then delete the device in Intune again; it will no longer come back.

ade-released-device-listed = A device released from Apple Business Manager still appears in Intune
    .cause = After a device is released from Apple Business Manager or Apple School Manager, Intune keeps it on the token's device list, marked as removed, for up to 45 days. It is deleted automatically within 30 to 45 days.
    .step-1 = Nothing is required: the device disappears on its own within 45 days of the release.
    .step-2 = To clean up sooner, delete the released devices one by one from the token's device list in the Intune admin center.

ade-device-already-activated = ADE doesn't start on a device that is already activated
    .cause = Automated Device Enrollment only runs in Setup Assistant. A device that was already activated and set up skips it, so it never receives the enrollment profile, even if it is assigned to Intune in Apple Business Manager.
    .step-1 = Check in Apple Business Manager that the device is assigned to Intune's MDM server, and in Intune that a profile is assigned to it.
    .step-2 = Back up what the user needs from the device.
    .step-3 = Erase the device: wipe it from Intune if it is enrolled, or reset it (Settings > General > Transfer or Reset > Erase All Content and Settings).
    .step-4 = Power it on and go through Setup Assistant again; the Remote Management screen should appear.
    .warning = Wiping or resetting the device erases all its content and can't be undone. Back up first.

ade-enrollment-not-starting = ADE enrollment doesn't start on the device
    .cause = The device powers on with a profile assigned, but Setup Assistant never shows Remote Management. Usually the enrollment profile was created before the token was uploaded, or no profile is assigned to the device.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens > token and check that an enrollment profile exists and is assigned to the device (or is the default profile).
    .step-2 = Edit the profile, make any small change and save it, so that its modification time is updated.
    .step-3 = On the token, open Devices and choose Sync; wait for the sync to finish.
    .step-4 = Then power on the device (reset it first if it has already gone past Setup Assistant).

ade-stuck-awaiting-final-configuration = The device is stuck on “Awaiting final configuration” or “Guided Access app unavailable”
    .cause = The profile installs Company Portal through an Apps and Books (VPP) token and runs it in Single App Mode until authentication. If that token has a problem (expired, out of licenses, used elsewhere), the app never arrives and Setup Assistant waits. A temporary Apple outage has the same effect.
    .step-1 = Open the enrollment profile's properties in Intune and look for an Apps and Books token error.
    .step-2 = Fix that token (renew it, free or buy Company Portal licenses, or take it back from the other MDM or tenant).
    .step-3 = On the enrollment program token, open Devices, filter Profile status on Blocked and note the serial numbers.
    .step-4 = Wipe those devices and ask their users to go through enrollment again.
    .step-5 = If no token error shows up, check Apple's system status for an outage and retry later.
    .warning = Wiping erases everything on the device and can't be undone. Wipe only the blocked devices you listed.

ade-stuck-at-login-mfa = Setup Assistant hangs after the user signs in (MFA with legacy authentication)
    .cause = The ADE profile authenticates users with Setup Assistant (legacy), and multifactor authentication is required for them. MFA can't be completed with that method, so Setup Assistant stops after the credentials are entered.
    .step-1 = In the Intune admin center, edit the enrollment profile and set the authentication method to Setup Assistant with modern authentication (iOS/iPadOS 13 or later).
    .step-2 = If you must keep the legacy method, exclude these sign-ins from MFA instead.
    .step-3 = The new setting applies only after a reset: erase the stuck device and run Setup Assistant again.
    .warning = Erasing a device removes everything on it. A device still in Setup Assistant usually holds no user data, but make sure of it first.

ade-xpc-connection-invalid = ADE fails at power-on: XPC_TYPE_ERROR Connection invalid
    .cause = The device can't keep a connection to Apple's services during setup, so automated enrollment fails even though a profile is assigned. The console log shows XPC_TYPE_ERROR Connection invalid or MobileAssetError:29.
    .step-1 = Connect the device to another network, or check that the current one allows access to Apple's servers (no blocking proxy or filter).
    .step-2 = Restart the device and go through Setup Assistant again.
    .step-3 = If the error persists on a network known to work, contact Apple support.

ade-token-delete-blocked = The ADE token can't be deleted yet
    .cause = Intune deletes an enrollment program token only when no devices are assigned to it or to its default profile and no enrollment profiles remain under it.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Enrollment program tokens > token > Devices and delete all devices.
    .step-2 = Open the token's enrollment profiles and delete all of them, the default profile included.
    .step-3 = Delete the token.
    .warning = Deleting the devices removes them from Intune management and users lose access to company apps and data. To keep managing them, wipe them and enroll them with another token.

doc-ade-token-create = Creating an ADE enrollment program token
doc-ade-setup = Setting up ADE enrollment profiles for iOS/iPadOS
doc-ade-token-upload-error = Fixing the enrollment program token upload error
doc-graph-dep-onboarding-setting = Microsoft Graph: depOnboardingSetting (ADE token)
doc-ade-token-delete = Deleting an enrollment program token
doc-ade-enrollment-not-starting = ADE enrollment doesn't start
doc-ade-auto-enrollment-fails = ADE devices that fail to enroll automatically
doc-ade-stuck-at-login = ADE enrollment stuck at user sign-in
doc-ade-xpc-error = ADE failure with XPC_TYPE_ERROR Connection invalid
