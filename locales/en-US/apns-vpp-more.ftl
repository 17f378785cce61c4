## Apple MDM push certificate (more) and Apps and Books (VPP) location tokens (more).

apns-cert-grace-over = The Apple MDM push certificate expired more than 30 days ago
    .cause = Apple accepts a renewal for 30 days after the push certificate expires, and that window has closed. Since the expiry date Intune has been unable to reach any enrolled iPhone, iPad or Mac, and new Apple enrollments fail.
    .step-1 = Before anything else, sign in to the Apple Push Certificates Portal with the Apple ID shown on the Apple MDM Push certificate page in Intune, find this certificate (match its UID or serial number) and check whether Renew is still offered.
    .step-2 = If Renew is offered, use it: download a CSR in Intune (Devices > Enrollment > Apple > Apple MDM Push certificate), choose Renew in the Apple portal, upload the CSR, then upload the new .pem file to Intune with the same Apple ID. Enrolled devices reconnect without re-enrolling.
    .step-3 = If Renew is no longer offered, download a CSR in Intune, choose Create a Certificate in the Apple portal with a company Apple ID (a shared mailbox, not someone's personal account) and upload the new .pem file to Intune.
    .step-4 = With a new certificate, re-enroll every Apple device: on personally enrolled devices, remove the management profile and enroll again through Company Portal; ADE devices have to be wiped and go through Setup Assistant again.
    .step-5 = Write down the new expiry date and set reminders for a few weeks before it, so next year's renewal happens in time.
    .warning = A new certificate cannot take over devices enrolled under the old one: every iPhone, iPad and Mac stays unmanaged until it re-enrolls, and re-enrolling an ADE device erases it. Make sure renewing is really impossible before you create a new certificate.
    .detail = The certificate for { $apple-id } expired on { $expired-on }, { $days ->
        [one] one day ago
       *[other] { $days } days ago
    }, so the 30-day renewal window has closed.

apns-cert-replaced = Apple devices lost contact after the push certificate was replaced
    .cause = Every enrolled Apple device is bound to the push certificate, and its topic, that was in place when it enrolled. When someone creates a new certificate instead of renewing the existing one, or uploads a certificate made with a different Apple ID, Intune's notifications no longer reach those devices: they stop checking in and can no longer be managed.
    .step-1 = Confirm the mismatch: on an affected device, open Settings > General > VPN & Device Management, select the management profile and note the Topic under More Details, then compare it with the certificate now uploaded in Intune (Devices > Enrollment > Apple > Apple MDM Push certificate).
    .step-2 = Sign in to the Apple Push Certificates Portal with the Apple ID that created the original certificate. If that certificate is still listed and can be renewed, renew it with a CSR from Intune and upload it in Intune with that Apple ID: the devices enrolled under it reconnect without re-enrolling.
    .step-3 = If the original certificate is gone or can no longer be renewed, keep the new one and re-enroll the affected devices: on personal devices, remove the management profile and enroll again in Company Portal; ADE devices have to be wiped and go through Setup Assistant again.
    .step-4 = If the only change was the Apple ID (for example after federating with Managed Apple IDs), ask Apple to move the existing certificate to the new Apple ID instead of creating another certificate.
    .warning = Whichever certificate you keep, the devices enrolled under the other one must re-enroll, and re-enrolling an ADE device erases it. Settle on one certificate, do not switch back and forth, and from now on always renew rather than create.

mdm-invalid-push-certificate = The device reports an invalid push certificate (12004)
    .cause = The device refused the MDM push setup it was given: iOS returns error 12004, which Intune shows as 0x87D155F4. Usually the Apple MDM push certificate in Intune has expired, or it is no longer the certificate the device enrolled with because a new one was created instead of renewing the old one.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Apple MDM Push certificate and check its status and expiry date. If it has expired, renew it with the Apple ID that created it.
    .step-2 = Compare the certificate with the Topic the device shows (Settings > General > VPN & Device Management > management profile > More Details). If they differ, the certificate was replaced: run `mdmdoc explain apns-cert-replaced` for the ways back.
    .step-3 = Once Intune holds a valid certificate that matches the device, sync the device from Intune or Company Portal. If the error persists, remove the management profile and enroll the device again.
    .warning = Renew the existing certificate in the Apple Push Certificates Portal; do not choose Create a Certificate. A new certificate cuts off every enrolled iPhone, iPad and Mac until each one re-enrolls.

vpp-token-expiring = An Apps and Books (VPP) token expires soon
    .cause = Location tokens from Apple Business Manager and Apple School Manager are valid for one year. Once this one expires, Intune stops syncing its app licenses, and ADE devices that get Company Portal through it are blocked during enrollment.
    .step-1 = In Apple Business Manager (or Apple School Manager), go to Preferences > Payments and Billing > Apps and Books and download the current token for this token's location.
    .step-2 = In the Intune admin center, open Tenant administration > Connectors and tokens > Apple VPP tokens, select the token, choose Edit next to Basics, upload the new file and save.
    .step-3 = Sync the token, then check the expiry date again a little later: Intune can take a while to show the new date.
    .detail = Token “{ $token }” expires on { $expires-on }, { $days ->
        [0] in less than a day
        [one] in one day
       *[other] in { $days } days
    }.

vpp-token-invalid = An Apps and Books (VPP) token is invalid
    .cause = Intune marks a location token as invalid when Apple stops accepting it, usually because something changed on the Managed Apple Account behind it: a new domain, a password that was changed or has expired, or a disabled account. An invalid token syncs neither licenses nor new purchases.
    .step-1 = In Apple Business Manager (or Apple School Manager), make sure the account that owns this location's token is active and can sign in; if it was disabled or its password expired, sort that out first.
    .step-2 = Download the token for this location again, from Preferences > Payments and Billing > Apps and Books.
    .step-3 = In the Intune admin center, open Tenant administration > Connectors and tokens > Apple VPP tokens, edit the token's Basics, upload the new file and save.
    .step-4 = Sync the token and check that its state is back to valid.
    .detail = Token “{ $token }” (Apple account { $apple-id }) is marked invalid.

vpp-token-external-mdm = The Apps and Books (VPP) token is claimed by another MDM
    .cause = Apple lets only one MDM product manage a location token at a time, and another service holds this one. Intune cannot sync or assign its licenses, and ADE enrollment profiles that install Company Portal with it report “This token is being used by another service.”
    .step-1 = Find out which other MDM product uses this location token; the Apple Business Manager administrators know which services the location was set up for.
    .step-2 = Decide which product owns the location. If it is Intune, remove the token from the other product first. If both need apps, give each one its own location in Apple Business Manager, with its own token.
    .step-3 = If the token cannot be removed from the other product, edit it in Intune (Tenant administration > Connectors and tokens > Apple VPP tokens), upload it again and set “Take control of token from another MDM” to Yes.
    .step-4 = Sync the token and check that its state is valid. ADE devices already stuck on the enrollment screen stay blocked: on the enrollment program token's Devices list, filter Profile status = Blocked and wipe those devices so they enroll again.
    .warning = Taking the token over cuts the other product off from these licenses, and moving a token Intune has used into another MDM can lose license assignments and user records. Wiping a blocked device erases it.
    .detail = Token “{ $token }” ({ $organization }) is assigned to another MDM product.

vpp-token-other-tenant = The Apps and Books (VPP) token belongs to another Intune tenant
    .cause = A location token can serve only one Intune tenant, and this one was uploaded to another tenant first (a test tenant or an older production tenant, for example). This tenant cannot use it, and ADE profiles that install Company Portal with it leave devices blocked during enrollment.
    .step-1 = Track down the other tenant that holds the token: check the organization's test, pilot and former tenants.
    .step-2 = If this tenant should keep the location, revoke the token's app licenses in the other tenant, then delete the token there (Tenant administration > Connectors and tokens > Apple VPP tokens).
    .step-3 = If both tenants need apps, create a second location in Apple Business Manager and upload that location's token to one of them instead.
    .step-4 = Sync the token here. On the enrollment program token's Devices list, filter Profile status = Blocked and wipe those devices so they enroll again.
    .warning = Deleting the token in the other tenant also deletes its apps and assignments there and revokes its licenses, and afterwards Intune can no longer revoke them. Wiping a blocked device erases it.

vpp-token-duplicate-location = Two Apps and Books (VPP) tokens use the same location
    .cause = The same Apple Business Manager location was uploaded to Intune more than once, so Intune shows the token as Duplicate and stops syncing it. Licenses can still be assigned and revoked, but apps and books bought since then may not appear.
    .step-1 = In the Intune admin center, open Tenant administration > Connectors and tokens > Apple VPP tokens and find the tokens that share this token location.
    .step-2 = Choose the token to keep, normally the one your apps and assignments already use, and check which apps and assignments depend on the other one.
    .step-3 = Delete the duplicate, then sync the token you kept and check that its state is valid and recent purchases show up.
    .warning = Deleting a token also deletes its apps and assignments and revokes its licenses (installed apps stay on devices), and Intune cannot revoke those licenses afterwards. Delete the copy, not the token your assignments rely on.
    .detail = Token “{ $token }” uses the same location ({ $location }) as another token.

vpp-token-deleted = The Apps and Books (VPP) token was deleted
    .cause = The location token an enrollment profile uses to install Company Portal has been deleted from Intune. Its apps and assignments went with it and its licenses were revoked, so ADE devices that depend on it stop during enrollment.
    .step-1 = In Apple Business Manager (or Apple School Manager), go to Preferences > Payments and Billing > Apps and Books and download the token for the location again.
    .step-2 = In the Intune admin center, open Tenant administration > Connectors and tokens > Apple VPP tokens, create a token with that file and sync it.
    .step-3 = Assign the apps again, since the old assignments were removed with the token, and make sure the enrollment profile that installs Company Portal with VPP points to the new token.
    .step-4 = On the enrollment program token's Devices list, filter Profile status = Blocked, note the serial numbers and wipe those devices so they go through Setup Assistant again.
    .warning = Wiping erases the device. Back up what the users need first.

vpp-token-no-cp-licenses = The Apps and Books (VPP) token has run out of Company Portal licenses
    .cause = An ADE enrollment profile installs Company Portal with this location token, and every Company Portal license of that location is taken. New devices that use the profile are blocked and wait on the enrollment screen.
    .step-1 = In Apple Business Manager (or Apple School Manager), open Apps and Books, find Microsoft Intune Company Portal and get more licenses for the location behind this token; the app is free, so leave plenty of headroom.
    .step-2 = In the Intune admin center, sync the token (Tenant administration > Connectors and tokens > Apple VPP tokens) and check that Company Portal now has free licenses.
    .step-3 = Devices stuck on “Awaiting final configuration” or “Guided Access app unavailable” stay blocked: on the enrollment program token's Devices list, filter Profile status = Blocked, note the serial numbers and wipe those devices. `mdmdoc explain "Awaiting final configuration"` covers that case in detail.
    .step-4 = Watch the license alerts in Intune, which appear once half of an app's licenses are in use, so the count never reaches zero again.
    .warning = Wiping erases the device. Back up what the users need first.

vpp-sync-stale = An Apps and Books (VPP) token has not synced for more than a day
    .cause = Intune syncs each location token with Apple once a day. With no sync for over a day, licenses and new purchases in Intune are out of date; Intune's tenant status shows the connector as a warning, and as unhealthy after three days.
    .step-1 = In Tenant administration > Connectors and tokens > Apple VPP tokens, check the token's state first: an expired, invalid, duplicate or externally managed token cannot sync until that is fixed.
    .step-2 = Start a manual sync on the token. If the last sync status says it is in progress, give it some time and refresh before starting another.
    .step-3 = If the sync still does not complete, look for a service incident under Tenant administration > Tenant status, then contact Microsoft support with the token name and the time of its last sync.
    .detail = Token “{ $token }” last synced on { $synced-on } ({ $days ->
        [one] one day ago
       *[other] { $days } days ago
    }).

# Documentation link titles used only by the rules above.
doc-vpp-token-upload = Uploading an Apps and Books location token to Intune
doc-vpp-token-status = Apps and Books token statuses: external MDM and duplicates
doc-vpp-token-delete = Deleting an Apps and Books token: what it removes
