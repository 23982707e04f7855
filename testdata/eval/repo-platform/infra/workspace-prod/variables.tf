variable "subscription_id" {
  type        = string
  description = "Subscription that hosts the production workspace."
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "vnet_id" {
  type = string
}

variable "public_nsg_association_id" {
  type = string
}

variable "private_nsg_association_id" {
  type = string
}

variable "shared_cluster_id" {
  type        = string
  description = "Id of the all-purpose cluster shared by the analysts."
}

variable "crm_sql_password" {
  type        = string
  description = "Password of the uc_federation login on the CRM replica."
  default     = "Uc-Fed!CrmR3plica-2024"
}

variable "erp_oracle_password" {
  type        = string
  description = "Password of the uc_erp_reader login on the ERP database."
}

variable "orders_pg_password" {
  type        = string
  sensitive   = true
  description = "Injected by the pipeline as TF_VAR_orders_pg_password."
}
