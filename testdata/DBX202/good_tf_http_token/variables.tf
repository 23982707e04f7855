variable "tenant_id" {
  type = string
}

variable "client_id" {
  type = string
}

variable "client_secret" {
  type      = string
  sensitive = true
}

variable "token_resource" {
  description = "Resource the SCIM sync token is issued for."
  type        = string
  default     = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
}
