variable "account_host" {
  type    = string
  default = "https://accounts.cloud.databricks.com"
}

variable "account_id" {
  type = string
}

variable "powerbi_scopes" {
  type    = list(string)
  # The terraform front-end keeps a list default reached through var.x as one
  # unknown value, so its elements are not seen yet.
  default = ["all-apis"] # todo-want DBX201 "all-apis"
}
