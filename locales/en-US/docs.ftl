# Titles of documentation links (the links themselves are in the rules).
doc-ade-tokens = Managing ADE tokens: sync, renewal and limits
doc-ade-sync-errors = ADE token sync errors and their fixes
doc-ade-reenroll = Re-enrolling a device that already used ADE
doc-ade-stuck = ADE device stuck on an enrollment screen
doc-apple-ade-errors = Apple: Automated Device Enrollment API error codes
doc-apns-cert = Apple MDM push certificate: get and renew it
doc-tenant-status = Tenant status: connector health
doc-ios-enrollment-errors = iOS/iPadOS enrollment error codes
doc-enrollment-troubleshooting = Troubleshooting device enrollment in Intune
doc-device-limit = Device limit restrictions
doc-limits-intune-entra = How Intune and Microsoft Entra device limits interact
doc-vpp-tokens = Apps and Books (VPP) location tokens
