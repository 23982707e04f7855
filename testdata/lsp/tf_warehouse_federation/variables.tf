variable "finance_dw_password" {
  description = "SQL login of federation_reader"
  type        = string
  sensitive   = true
  default     = "F1nance-Fed-Reader" # want DBX101
}
