# The same scope, with the password typed in: the identifiers next to it are
# fine, the password is the finding.
resource "databricks_secret_scope" "carrier" {
  name = "carrier-sftp"
}

resource "databricks_secret" "sftp_user" {
  scope        = databricks_secret_scope.carrier.name
  key          = "sftp-user"
  string_value = "svc_databricks_ingest"
}

resource "databricks_secret" "sftp_password" {
  scope        = databricks_secret_scope.carrier.name
  key          = "sftp-password"
  string_value = "Crr-Sftp-7Qm2xV9k" # want DBX104 `databricks_secret "sftp_password" string_value is a literal`
}
