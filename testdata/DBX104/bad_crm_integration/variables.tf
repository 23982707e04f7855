variable "smtp_password" {
  description = "Password of the relay account"
  type        = string
  sensitive   = true
  default     = "Relay-Sm7p-2025" # want DBX104 `databricks_secret "smtp_password" string_value is a literal|sensitive variable "smtp_password" has a literal default`
}

variable "crm_db_password" {
  description = "Federation login (DBX101 reports it where it is used)"
  type        = string
  sensitive   = true
  default     = "Fed3ration-Read3r"
}

variable "webhook_secret" {
  type      = string
  sensitive = true
  default   = "whsec-4kP9q2Lx7Tn1" # want DBX104 `sensitive variable "webhook_secret" has a literal default`
}

variable "partner_signing_key" {
  type      = string
  sensitive = true
}

variable "warehouse_id" {
  type    = string
  default = "0c9d1e2f3a4b5c6d"
}
