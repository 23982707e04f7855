variable "vnet_id" {
  type        = string
  description = "Hub-spoke VNet for the prod workspace"
}

variable "dr_vnet_id" {
  type = string
}

variable "public_nsg_assoc_id" {
  type = string
}

variable "private_nsg_assoc_id" {
  type = string
}

variable "key_vault_id" {
  type = string
}

variable "etl_cluster_id" {
  type    = string
  default = "0712-093311-x7k2m9qa"
}

# DR workspace was created before the hub had a NAT gateway (ticket NET-118) – flip once egress is routed
variable "dr_no_public_ip" {
  type    = bool
  default = false
}

variable "token_lifetime_seconds" {
  type        = number
  description = "Lifetime of the ETL PAT (90 days by default; SAT baseline)"
  default     = 7776000
}

variable "pg_budget_password" {
  type      = string
  sensitive = true
}

variable "treasury_pg_password" {
  type      = string
  sensitive = true
  default   = ""
}

variable "sql_admin_password" {
  type        = string
  sensitive   = true
  description = "SQL admin for the DWH – TODO: read from Key Vault data source"
  default     = "Adm1n!Fin#2024-dwh"
}
