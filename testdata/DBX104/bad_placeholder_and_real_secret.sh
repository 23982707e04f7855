#!/usr/bin/env bash
# Half-filled onboarding script: one value was typed in instead of read from the vault.
set -euo pipefail

databricks secrets put-secret crm smtp-password --string-value "YOUR_SMTP_PASSWORD"
databricks secrets put-secret crm api-key --string-value "kR7-vQ2m-Lx9z-Tw4p" # want DBX104 "put-secret. is given the secret on the command line"
