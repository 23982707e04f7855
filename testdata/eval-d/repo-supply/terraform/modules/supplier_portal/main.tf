variable "supplier" {
  type = string
}

variable "sftp_user" {
  type = string
}

variable "sftp_password" {
  type      = string
  sensitive = true
}

resource "databricks_secret_scope" "this" {
  name = "supplier-${var.supplier}"
}

resource "databricks_secret" "sftp_user" {
  scope        = databricks_secret_scope.this.name
  key          = "sftp-user"
  string_value = var.sftp_user
}

resource "databricks_secret" "sftp_password" {
  scope        = databricks_secret_scope.this.name
  key          = "sftp-password"
  string_value = var.sftp_password
}

resource "databricks_secret_acl" "integration" {
  scope      = databricks_secret_scope.this.name
  principal  = "supply-integration-sp"
  permission = "READ"
}

output "scope" {
  value = databricks_secret_scope.this.name
}
