variable "workspace_host" {
  type    = string
  default = "https://dbc-7f3a9c21-5e4b.cloud.databricks.com"
}

variable "mysql_password" {
  description = "Password of the bidder MySQL federation user"
  type        = string
  sensitive   = true
}

variable "tableau_sp_application_id" {
  type = string
}
