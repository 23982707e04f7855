variable "redshift_host" {
  type = string
}

variable "redshift_user" {
  type = string
}

variable "redshift_password" {
  type      = string
  sensitive = true
}

variable "mysql_host" {
  type = string
}

variable "mysql_user" {
  type = string
}

variable "mysql_password" {
  type      = string
  sensitive = true
}
