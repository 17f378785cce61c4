## More enrollment errors: Company Portal, licenses, profile installation, restrictions,
## check-in and device-side MDM codes.

enroll-company-portal-unavailable = Company Portal cannot reach Intune to enroll the device
    .cause = This generic Company Portal error usually means the app on the device is outdated or damaged. It can also hide another problem, most often a user who has reached the device enrollment limit.
    .step-1 = Have the user delete the Company Portal app from the device.
    .step-2 = In Safari on the device, sign in at https://portal.manage.microsoft.com with the user's work account.
    .step-3 = If that sign-in fails, try another network (for example mobile data instead of guest Wi-Fi), then check in Microsoft Entra ID that the user's account and password have synced.
    .step-4 = If the sign-in works, install Company Portal again from the App Store when prompted and restart the enrollment.
    .step-5 = If the error comes back, check how many devices the user already has enrolled against your device limit restriction.

enroll-account-not-onboarded = Enrollment refused: the tenant is not ready for Apple devices
    .cause = Intune rejects the enrollment because the Apple MDM push certificate setup was never finished or the certificate has expired.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Apple > Apple MDM Push certificate and check its status and expiry date.
    .step-2 = If it has expired, choose Renew on the existing certificate in the Apple Push Certificates Portal, signed in with the Apple ID that created it, and upload the renewed file to Intune.
    .step-3 = If no certificate was ever uploaded, finish the setup. In a Microsoft 365 Basic Mobility and Security tenant, do the same from the Microsoft 365 admin center.
    .step-4 = Once the certificate shows as active, ask the user to enroll the device again.
    .warning = Renew, never replace: creating a new certificate instead of renewing the current one forces every enrolled iPhone, iPad and Mac to re-enroll.

enroll-device-type-not-supported = The device or its iOS/iPadOS version is not supported
    .cause = The user tried to enroll a device Intune does not accept, or an iPhone or iPad running an iOS/iPadOS version below the current minimum. Devices with a user need a supported version (17 or later today); devices enrolled without a user may still enroll from iOS/iPadOS 15, with no guarantee that every feature works.
    .step-1 = Check that the user really is enrolling an iPhone or iPad and not another kind of device through the iOS enrollment flow.
    .step-2 = On the device, open Settings > General > About and note the iOS/iPadOS version.
    .step-3 = Compare it with the supported operating systems page for Intune, which is updated every year; the version 8.0 quoted in older error tables no longer applies.
    .step-4 = Have the user install the latest update from Settings > General > Software Update, then enroll again.
    .step-5 = If the hardware cannot run a supported version, replace the device or enroll it without user affinity if that fits its use.
    .detail = { $device } runs iOS/iPadOS { $version }, below the minimum Intune supports for the way it is enrolled.

enroll-user-license-invalid = The user is not licensed for Intune
    .cause = Intune could not validate the user: the account has no Intune license, has a license that does not match the tenant's MDM authority, or is not yet in a group that is allowed to enroll.
    .step-1 = In the Microsoft 365 admin center, open Users > Active users > the user > Licenses and apps, and check that a license including Intune is assigned.
    .step-2 = If the license comes from a group, check in Microsoft Entra ID that the user is a member and that the license assignment has no error.
    .step-3 = Make sure the license matches Intune as the MDM authority (an old Configuration Manager license is not enough).
    .step-4 = Wait a few minutes for the license to apply, then ask the user to sign in to Company Portal and enroll again.
    .detail = Enrollment attempt on { $date } failed user validation: { $reason }

enroll-profile-network-error = Profile installation failed with a network error
    .cause = Despite the wording, this is usually not a network problem but an iOS fault on the device itself, which a normal retry does not clear.
    .step-1 = Back up the device to iCloud or a computer.
    .step-2 = Put the device in recovery mode and restore it as a new device, not from the backup.
    .step-3 = Enroll the device in Intune again, and restore personal data only afterwards if needed.
    .warning = Restoring the device erases everything on it. Make sure the backup has completed before you start.

enroll-profile-connection-failed = Profile installation failed: the device could not connect to the server
    .cause = The management profile could not be installed. There are four usual reasons: only corporate-owned devices may enroll, an earlier enrollment by another user was not cleaned up, the device is already managed by another MDM, or the user has no Intune license.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Device platform restriction and check that iOS/iPadOS is allowed, including personally owned devices if this one is personal.
    .step-2 = If someone else enrolled the device before, cancel the profile installation, open https://portal.manage.microsoft.com in Safari and enroll again; if it still fails, clear Safari's cookies (keep cookies allowed) and retry.
    .step-3 = On the device, open Settings > General > VPN & Device Management; if a management profile from another MDM is listed, remove it before enrolling.
    .step-4 = In the Microsoft 365 admin center, check that the user has an Intune license, assign one if needed, and have the user enroll again.

enroll-profile-payload-mismatch = Profile installation failed: a management profile is already installed
    .cause = The device already carries an MDM management profile, so iOS refuses to install a new one that does not match it.
    .step-1 = On the device, open Settings > General > VPN & Device Management.
    .step-2 = Tap the existing management profile and choose Remove Management.
    .step-3 = Restart the enrollment from Company Portal.

enroll-workplace-join-failed = Workplace Join failed during enrollment
    .cause = Company Portal could not register the device, most often because the app is out of date or damaged.
    .step-1 = Have the user delete the Company Portal app from the device.
    .step-2 = Install “Intune Company Portal” again from the App Store.
    .step-3 = Sign in to Company Portal and enroll the device again.

enroll-platform-restricted = A device platform restriction blocks iOS/iPadOS enrollment
    .cause = An enrollment restriction that applies to the user, often the default All Users restriction, blocks iOS/iPadOS, so the device reports an invalid profile. Automated Device Enrollment fails the same way when iOS/iPadOS is blocked.
    .step-1 = In the Intune admin center, open Devices > Enrollment > Device platform restriction and select the iOS/iPadOS restrictions.
    .step-2 = Open the restriction that applies to the user (start with the default one), then Properties > Platform settings > Edit.
    .step-3 = Set iOS/iPadOS to Allow and save. To accept only company devices, block personally owned devices instead: ADE devices count as corporate.
    .step-4 = Ask the user to enroll again.

enroll-multiple-mdm = The device is already managed by another MDM
    .cause = iOS allows one MDM enrollment at a time. The device still has a management profile from another MDM service, or from an earlier enrollment.
    .step-1 = On the device, open Settings > General > VPN & Device Management and look for a management profile.
    .step-2 = If the device belongs to another MDM, release it there first (unenroll it, or unassign it from that MDM server in Apple Business Manager for an ADE device).
    .step-3 = Remove the remaining management profile on the device, then enroll it in Intune again.

enroll-restrictions-enforced = An enrollment restriction blocked an enrollment
    .cause = One of your enrollment restrictions, such as a platform, ownership or device limit restriction, refused this device. This can be intended, so check it before changing anything.
    .step-1 = In the Intune admin center, open Devices > Monitor > Enrollment failures and select the event to see which restriction blocked it.
    .step-2 = Open Devices > Enrollment and review the device platform and device limit restrictions assigned to the user, including their priority order.
    .step-3 = If the device should be allowed, adjust the restriction or assign a more permissive one to the user, then ask the user to enroll again.
    .detail = Enrollment attempt on { $date } was blocked: { $reason }

enroll-user-abandoned = An enrollment was started but not finished
    .cause = The user began enrolling the device but did not complete it in time. This is usually not a fault, but repeated cases can point to a confusing step for users.
    .step-1 = In the Intune admin center, open Devices > Monitor > Enrollment failures to see which user and device it concerns.
    .step-2 = Contact the user and have them restart the enrollment in Company Portal and follow it to the end.
    .step-3 = If many users give up at the same point, review your enrollment instructions and the screens you show.
    .detail = Enrollment started on { $date } was abandoned before it finished.

enroll-ca-requires-company-portal = Conditional Access blocks an ADE device without Company Portal
    .cause = The device was enrolled with Automated Device Enrollment using Setup Assistant authentication, and Company Portal is not on it. Conditional Access needs Company Portal to recognize the device as managed.
    .step-1 = In the Intune admin center, open the enrollment program token and the enrollment profile assigned to the device.
    .step-2 = Set the authentication method to Company Portal or to Setup Assistant with modern authentication. The change only affects devices enrolled from then on.
    .step-3 = For devices already enrolled, deploy Company Portal to them as a required app together with the Company Portal app configuration policy for ADE devices.

device-not-checking-in = The device has stopped checking in with Intune
    .cause = The device can no longer sync with Intune and may not be properly enrolled any more, so it receives no policies, apps or remote actions and users can lose access under Conditional Access. The admin center shows its management state as Unhealthy.
    .step-1 = Have the user open Company Portal on the device and wait while it tries to sync.
    .step-2 = If it reports “Unable to sync”, tap Set up next to the message and follow the Company Access Setup to enroll again.
    .step-3 = Check in the Intune admin center that the device syncs again and its management state returns to healthy.
    .detail = { $device } is marked Unhealthy; it last synced on { $last-sync }.

mdm-device-busy = The iOS device was busy and postponed the command
    .cause = This is not an enrollment error. The device was locked, or busy installing an app or an update, and answered Intune's MDM command with “not now”. The profile is applied once the device is unlocked; until then the device can show as not compliant.
    .step-1 = Ask the user to unlock the device and keep it connected for a few minutes.
    .step-2 = Trigger a sync from the device in the Intune admin center if you do not want to wait for the next check-in.
    .step-3 = Check the profile status again; only look further if the error persists while the device is unlocked.

doc-profile-installation-failed = “Profile installation failed” errors on iOS/iPadOS
doc-ios-enrollment-other-errors = Other iOS/iPadOS enrollment errors and issues
doc-supported-platforms = Supported operating systems for Intune
doc-enrollment-restrictions = Enrollment restrictions
doc-enrollment-failure-reports = Enrollment failure reports
doc-ios-device-error-codes = Error codes returned by iOS/iPadOS devices
doc-ca-on-ade-devices = Company resources are blocked on ADE-enrolled devices
doc-ade-profile-authentication = ADE enrollment profiles: authentication method and Company Portal
doc-ios-devices-inactive = iOS/iPadOS devices not checking in with Intune
doc-ios-device-busy = “iOS device is currently busy” when a profile is deployed
