variable "environment" {
  type = string
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "subscription_id" {
  type = string
}

variable "vnet_cidr" {
  type = string
}

variable "key_vault_id" {
  type        = string
  description = "Key Vault that backs the retail-kv scope."
}

variable "databricks_pat" {
  type        = string
  sensitive   = true
  description = "PAT of the retail-platform SP for the databricks provider. CI sets TF_VAR_databricks_pat."
}
