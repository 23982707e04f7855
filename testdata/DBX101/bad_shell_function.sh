#!/usr/bin/env bash
# Nightly exports; every job goes through one launcher.
set -euo pipefail

run_export() {
  local jar="$1" url="$2" user="$3" password="$4"
  java -jar "/opt/jobs/${jar}" --jdbc-url "$url" --user "$user" --password "$password"
}

audit_submit() { spark-submit --conf "spark.recon.audit.url=jdbc:mysql://$1:$2@audit-db.internal:3306/audit" /opt/jobs/audit.jar; }

run_export export.jar "jdbc:sqlserver://dw.database.windows.net:1433;database=dw" exporter 'Exp0rter-Dw' # want DBX101 `literal password`
audit_submit audit 'Aud1t-Subm1t' # want DBX101 `JDBC URL embeds a literal password`
