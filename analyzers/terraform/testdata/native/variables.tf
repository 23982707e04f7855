variable "sql_password" {
  description = "SQL login for the ETL user"
  type        = string
  sensitive   = true
  default     = "Winter2024!"
}

variable "sql_host" {
  type    = string
  default = "sql-prod.database.windows.net"
}

variable "resource_group" {
  type = string
}

variable "key_vault_id" {
  type    = string
  default = null
}

variable "env" {
  default = "prod"
}
