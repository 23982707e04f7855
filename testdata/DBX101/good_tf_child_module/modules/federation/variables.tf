variable "catalog_name" {
  type = string
}

variable "connections" {
  description = "Databases to federate, by connection name."
  type = map(object({
    type     = string
    host     = string
    port     = string
    user     = string
    password = string
  }))
}

variable "metastore_password" {
  type      = string
  sensitive = true
}
