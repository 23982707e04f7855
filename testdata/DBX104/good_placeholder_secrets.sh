#!/usr/bin/env bash
# Onboarding example from the wiki; each team runs it with its own values.
set -euo pipefail

databricks secrets create-scope crm
databricks secrets put-secret crm smtp-password --string-value "YOUR_SMTP_PASSWORD"
databricks secrets put-secret crm api-key --string-value "<your-api-key>"
databricks secrets put-secret crm webhook-secret --string-value "REPLACE_ME"
databricks secrets put-secret crm report-token --string-value "…"
