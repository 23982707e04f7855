variable "connection_passwords" {
  description = "Federation passwords by connection."
  type        = map(string)
  default = {
    reporting = "Rep0rting-Map-Default" # want DBX101 `"password" is a literal password \(through "var\.connection_passwords\[\\"reporting\\"\]"\)`
  }
}

variable "legacy_password_override" {
  type      = string
  sensitive = true
  default   = null
}
