variable "ingest_sp_secret" {
  description = "Client secret of sp-sales-ingest"
  type        = string
  sensitive   = true
  default     = "zOJ4Q~2Kf7vEK8hgo_9F2vQM-eG5~bVuBc9X7LVR" # want DBX103 `Entra ID client secret written into attribute "client_secret"`
}
