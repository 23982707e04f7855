variable "workspace_url" {
  type = string
}

variable "payroll_pg_password" {
  type        = string
  description = "Password of the payroll_federation login."
  sensitive   = true
  default     = "Payr0ll-Fed-2025" # want DBX101 `"password" is a literal password \(through "var\.payroll_pg_password"\)`
}
