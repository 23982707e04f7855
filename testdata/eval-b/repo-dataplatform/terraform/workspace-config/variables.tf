variable "workspace_url" {
  type = string
}

variable "workspace_resource_id" {
  type = string
}

variable "tenant_id" {
  type    = string
  default = "c4a1e7d2-58b3-4f06-9e2a-7b1d3c5f8e40"
}

variable "account_id" {
  type        = string
  description = "Databricks account id (accounts.azuredatabricks.net)"
}

variable "sp_client_id" {
  type = string
}

variable "sp_client_secret" {
  type      = string
  sensitive = true
}

variable "audit_sp_client_id" {
  type = string
}

variable "audit_sp_client_secret" {
  type      = string
  sensitive = true
}

variable "snowflake_user" {
  type    = string
  default = "UC_FEDERATION"
}
