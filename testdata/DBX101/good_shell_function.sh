#!/usr/bin/env bash
# Nightly exports; every job goes through one launcher, passwords from the environment.
set -euo pipefail

run_export() {
  local jar="$1" url="$2" user="$3" password="$4"
  java -jar "/opt/jobs/${jar}" --jdbc-url "$url" --user "$user" --password "$password"
}

run_export export.jar "jdbc:sqlserver://dw.database.windows.net:1433;database=dw" exporter "${DW_EXPORT_PASSWORD}"
# The fourth argument is a file name, not a password, for this launcher.
run_report() { java -jar "/opt/jobs/$1" --jdbc-url "$2" --user "$3" --output "$4"; }
run_report report.jar "jdbc:sqlserver://dw.database.windows.net:1433;database=dw" reporter 'daily-report.csv'
