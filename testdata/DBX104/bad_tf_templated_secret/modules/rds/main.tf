variable "db_password" {
  type      = string
  sensitive = true
}

resource "databricks_secret" "db_password" {
  scope        = "rds"
  key          = "password"
  string_value = var.db_password
}
