variable "ci_token_days" {
  description = "Lifetime of the CI token, in days"
  type        = number
  default     = 30
}

variable "etl_token_days" {
  description = "Lifetime of the ETL token, in days (set per environment in terraform.tfvars)"
  type        = number
  default     = 365
}
