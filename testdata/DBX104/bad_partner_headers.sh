#!/usr/bin/env bash
# Pushes the nightly reconciliation summary to the carrier's API.
set -euo pipefail

SUMMARY=/dbfs/recon/summary/latest.json
AUTH_HEADER="Authorization: Bearer trk_live_4Hs8kQ1zN7xV2mP9cL5wR3bT" # want DBX104 "Authorization header of curl is a literal Bearer credential"

curl -sS -X POST "https://tracking.acme-carrier.com/v1/recon" \
  -H "Content-Type: application/json" \
  -H "$AUTH_HEADER" \
  --data-binary @"$SUMMARY"
