#!/usr/bin/env bash
# Pushes the nightly reconciliation summary to the carrier's API; the token comes from the job's secret env.
set -euo pipefail

SUMMARY=/dbfs/recon/summary/latest.json

curl -sS -X POST "https://tracking.acme-carrier.com/v1/recon" \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer ${CARRIER_TOKEN}" \
  --data-binary @"$SUMMARY"
