variable "ingest_sp_secret" {
  description = "Client secret of sp-sales-ingest (TF_VAR_ingest_sp_secret in the pipeline)"
  type        = string
  sensitive   = true
}

variable "key_vault_id" {
  type = string
}
