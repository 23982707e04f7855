variable "scope" {
  type = string
}

variable "smtp_password" {
  type      = string
  sensitive = true
}

variable "broker_api" {
  type      = string
  sensitive = true
}

variable "rds_password" {
  type      = string
  sensitive = true
}
