variable "connection_name" {
  type    = string
  default = "example_pg"
}

variable "host" {
  type = string
}

variable "user" {
  type    = string
  default = "loader"
}

variable "password" {
  type        = string
  sensitive   = true
  description = "Connection password. Example: \"Winter2024!\" (never commit the real one)."
  default     = "CHANGE_ME"
}

variable "cluster_id" {
  type = string
}
