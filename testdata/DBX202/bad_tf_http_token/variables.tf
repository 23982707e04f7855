variable "tenant_id" {
  type = string
}

variable "client_id" {
  type = string
}

variable "client_secret" {
  type      = string
  sensitive = true
}

variable "token_resource" {
  description = "Resource the SCIM sync token is issued for."
  type        = string
  default     = "https://adb-1234567890123456.7.azuredatabricks.net" # want DBX202 `names the Databricks URL "https://adb-1234567890123456\.7\.azuredatabricks\.net" as its resource`
}
