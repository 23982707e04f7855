variable "workspace_url" {
  type = string
}

variable "bi_gateway_application_id" {
  type        = string
  description = "Entra ID application (client) id of the BI gateway service principal."
}

variable "ingest_sp_application_id" {
  type = string
}
