## Apple MDM push (APNs) certificate.

apns-cert-expired = The Apple MDM push certificate has expired
    .cause = Intune reaches Apple devices through the Apple Push Notification service. With the certificate expired, enrolled iPhones, iPads and Macs no longer receive policies or remote actions, and new enrollments fail. You have 30 days after expiry to renew it.
    .step-1 = In the Intune admin center, go to Devices > Enrollment > Apple > Apple MDM Push certificate and download your CSR.
    .step-2 = Open the Apple Push Certificates Portal and sign in with the same Apple ID that created the certificate.
    .step-3 = Find the certificate (match its UID or serial number), choose Renew, upload the CSR and download the new .pem file.
    .step-4 = Upload the .pem file in Intune with the same Apple ID, and check that the certificate shows as active in both Intune and the Apple portal.
    .warning = Renew the existing certificate; do not choose "Create a Certificate". A new certificate breaks the link with every enrolled iPhone, iPad and Mac, and they all have to re-enroll.
    .detail = The certificate for { $apple-id } expired on { $expired-on } ({ $days ->
        [0] today
        [one] one day ago
       *[other] { $days } days ago
    }); it can still be renewed within the 30-day grace period.

apns-cert-expiring = The Apple MDM push certificate expires soon
    .cause = The push certificate is valid for 365 days. If it expires, Intune can no longer manage enrolled Apple devices and new enrollments fail.
    .step-1 = Find the Apple ID the certificate was created with (shown on the Apple MDM Push certificate page in Intune).
    .step-2 = In Intune, download a new CSR; in the Apple Push Certificates Portal, choose Renew on the existing certificate and upload it.
    .step-3 = Upload the renewed .pem file to Intune and confirm the new expiry date.
    .warning = Always renew with the same Apple ID. Creating a new certificate forces every enrolled Apple device to re-enroll.
    .detail = The certificate for { $apple-id } expires on { $expires-on }, { $days ->
        [0] in less than a day
        [one] in one day
       *[other] in { $days } days
    }.

apns-cert-missing = No Apple MDM push certificate is configured
    .cause = Intune cannot enroll or manage any iPhone, iPad or Mac without an Apple MDM push certificate. Every Apple enrollment method depends on it.
    .step-1 = In the Intune admin center, go to Devices > Enrollment > Apple > Apple MDM Push certificate, accept the agreement and download the CSR.
    .step-2 = In the Apple Push Certificates Portal, sign in with a company Apple ID (ideally a shared mailbox, not a personal account), create the certificate and download the .pem file.
    .step-3 = Upload the .pem file in Intune with that Apple ID, and record who owns the Apple ID and when the certificate expires.
