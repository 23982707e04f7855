variable "workspace_url" {
  type = string
}

variable "payroll_pg_password" {
  type        = string
  description = "Password of the payroll_federation login."
  sensitive   = true
  default     = "Payr0ll-Fed-Tf" # want DBX101 `"password" is a literal password \(through "var\.payroll_pg_password"\) \("[^"…]{0,4}…[^"…]{0,4}"\)`
}

variable "crm_sql_password" {
  type      = string
  sensitive = true
}

variable "reporting_user" {
  type    = string
  default = "report_writer"
}

variable "reporting_password" {
  type    = string
  default = "R3port-Writer-Tf" # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
}

variable "legacy_pw" {
  type    = string
  default = "L3gacy-Dw-Tf" # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
}

variable "ledger_pw" {
  type    = string
  default = "L3dger-Format-Tf" # want DBX101 `JDBC URL embeds a literal password`
}

variable "ledger_pg_pw" {
  type    = string
  default = "L3dger-Join-Tf" # want DBX101 `JDBC URL embeds a literal password`
}
