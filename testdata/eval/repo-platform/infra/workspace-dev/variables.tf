variable "location" {
  type    = string
  default = "westeurope"
}

variable "sql_admin_password" {
  type        = string
  description = "Admin password of the dev Azure SQL server, mirrored into the dev-shared scope."
  sensitive   = true
  default     = "DevSqlAdm1n!2024"
}

variable "dev_cluster_autotermination_minutes" {
  type    = number
  default = 30
}
