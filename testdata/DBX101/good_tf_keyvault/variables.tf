variable "crm_sql_password" {
  type        = string
  description = "Set from the pipeline (TF_VAR_crm_sql_password); no default on purpose."
  sensitive   = true
}

variable "password_min_length" {
  type    = number
  default = 16
}
