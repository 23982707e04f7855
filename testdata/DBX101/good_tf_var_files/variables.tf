variable "workspace_url" {
  type = string
}

variable "environment" {
  type = string
}

variable "orders_db_host" {
  type = string
}

variable "orders_db_password" {
  type      = string
  sensitive = true
}

variable "returns_db_host" {
  type = string
}

variable "returns_db_password" {
  type      = string
  sensitive = true
}

variable "audit_db_password" {
  type      = string
  sensitive = true
}
