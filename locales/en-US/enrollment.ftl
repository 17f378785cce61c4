## Enrollment errors seen by users and in Company Portal.

enroll-device-cap-reached = The user has reached the device enrollment limit
    .cause = Intune caps how many devices one user may enroll. The limit is reached, so the next enrollment is refused. Devices that still count include ones the user no longer uses.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Device limit restrictions and note the limit that applies to this user.
    .step-2 = Open Users > All users > the user > Devices and count the enrolled devices.
    .step-3 = Have the user remove a device they no longer use in Company Portal, or retire, wipe or delete stale devices yourself.
    .step-4 = If the user really needs more devices, raise the limit (up to 15) in a restriction assigned to them, or use a device enrollment manager account for bulk enrollment.
    .step-5 = Ask the user to enroll again.
    .warning = Wiping or deleting a device removes it from management and can erase its data; make sure it is really out of use first.
    .detail = { $user } has { $count } enrolled devices; the default limit is { $limit }.

enroll-apns-certificate-not-valid = Enrollment failed: the Apple MDM push certificate is not valid
    .cause = The Apple MDM push certificate was never fully set up, or it has expired, so Intune cannot enroll Apple devices.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Apple MDM Push certificate and check its status and expiry date.
    .step-2 = If it has expired, renew it in the Apple Push Certificates Portal with the same Apple ID, then upload the new file to Intune.
    .step-3 = If it was never set up, create it and upload it, then ask the user to enroll again.
    .warning = Renew, do not replace: a new certificate forces every enrolled Apple device to re-enroll.

enroll-no-enrollment-policy = Enrollment failed: no enrollment policy was found
    .cause = Intune found no way to enroll this Apple device, usually because the Apple MDM push certificate is missing, invalid or expired, or because iOS/iPadOS enrollment is not allowed.
    .step-1 = Check that an Apple MDM push certificate is configured and valid (Devices > Enrollment > Apple > Apple MDM Push certificate).
    .step-2 = If it is missing, create it; if it is expired or invalid, renew it with the same Apple ID.
    .step-3 = Check that your enrollment restrictions allow iOS/iPadOS, then ask the user to enroll again.
    .warning = Renew an existing certificate rather than creating a new one, or every enrolled Apple device will have to re-enroll.

enroll-mdm-authority-not-defined = The MDM authority has not been set
    .cause = The tenant has no mobile device management authority, so Intune cannot accept enrollments. The same message can appear when the user's sign-in name is out of sync with the directory.
    .step-1 = In the Intune admin center, check Tenant administration > Tenant status and set the MDM authority to Intune if it is not set.
    .step-2 = Check that the user's user principal name in Microsoft Entra ID matches the one in your on-premises Active Directory.
    .step-3 = Ask the user to sign in to Company Portal and enroll again.
