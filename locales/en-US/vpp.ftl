## Apps and Books (VPP) location tokens.

vpp-token-expired = The Apps and Books (VPP) token has expired
    .cause = Location tokens are valid for one year. Once expired, Intune cannot sync purchased apps or licenses, and ADE devices that install Company Portal through this token get stuck during enrollment.
    .step-1 = In Apple Business Manager (or Apple School Manager), go to Preferences > Payments and Billing > Apps and Books and download the token for this location.
    .step-2 = In the Intune admin center, open Tenant administration > Connectors and tokens > Apple VPP tokens, edit the token and upload the new file.
    .step-3 = Sync the token and check the new expiry date; it can take a little while to update.
    .detail = Token “{ $token }” ({ $organization }) expired on { $expired-on }.

vpp-sync-failed = The Apps and Books (VPP) token failed to sync
    .cause = Intune's last sync of this location token with Apple failed. App licenses and new purchases are out of date until a sync succeeds.
    .step-1 = In Tenant administration > Connectors and tokens > Apple VPP tokens, check the token's state: an expired, invalid or duplicate token cannot sync.
    .step-2 = Make sure the token is not also used by another MDM product or another tenant.
    .step-3 = Run a manual sync and check that the last sync status turns to completed.
    .detail = Token “{ $token }” failed its last sync (last attempt { $synced-on }).
