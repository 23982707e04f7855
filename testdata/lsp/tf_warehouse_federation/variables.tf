variable "finance_dw_password" {
  description = "SQL login of federation_reader"
  type        = string
  sensitive   = true
  default     = "F1nance-Fed-Reader" # want DBX101 `connection property "password" is a literal password \(through "var.finance_dw_password"\)`
}
