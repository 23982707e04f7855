variable "environment" {
  description = "Deployment environment: dev or prod."
  type        = string
  default     = "dev"
}

variable "location" {
  description = "Azure region of the workspace."
  type        = string
  default     = "westeurope"
}

variable "key_vault_id" {
  description = "Resource ID of the team's Key Vault, which holds the database passwords."
  type        = string
}

variable "sftp_password" {
  description = "Password of the suppliers' SFTP account, stored in the retail-etl secret scope."
  type        = string
  sensitive   = true
  default     = "xc35X-1YyGI!Fg2V"
}

variable "warehouse_db_password" {
  description = "Password of the dw_reader login on the data warehouse."
  type        = string
  sensitive   = true
}
