variable "workspace_url" {
  type = string
}

variable "ingestion_token_lifetime" {
  description = "Lifetime of the ingestion token, in seconds"
  type        = number
  default     = 7776000
}
