variable "subscription_id" {
  type = string
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "vnet_id" {
  type = string
}

variable "looker_client_secret" {
  type        = string
  sensitive   = true
  description = "Looker OAuth client secret; provided as TF_VAR_looker_client_secret from the pipeline library."
}
