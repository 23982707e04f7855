# Connection details for the carrier SFTP drop, kept together in one scope.
# Only the password is a secret, and it comes from Key Vault; the user name,
# host and client ID stored beside it are identifiers, not credentials.
data "azurerm_key_vault_secret" "carrier_sftp" {
  name         = "carrier-sftp-password"
  key_vault_id = var.key_vault_id
}

variable "key_vault_id" {
  type = string
}

resource "databricks_secret_scope" "carrier" {
  name = "carrier-sftp"
}

resource "databricks_secret" "sftp_user" {
  scope        = databricks_secret_scope.carrier.name
  key          = "sftp-user"
  string_value = "svc_databricks_ingest"
}

resource "databricks_secret" "sftp_host" {
  scope        = databricks_secret_scope.carrier.name
  key          = "sftp_host"
  string_value = "sftp.carrier-logistics.example.net"
}

resource "databricks_secret" "sp_client_id" {
  scope        = databricks_secret_scope.carrier.name
  key          = "sp-client-id"
  string_value = "4f2c8e1a-7b3d-4c9e-a1f5-6d8b2e0c9a7f"
}

resource "databricks_secret" "sftp_password" {
  scope        = databricks_secret_scope.carrier.name
  key          = "sftp-password"
  string_value = data.azurerm_key_vault_secret.carrier_sftp.value
}
