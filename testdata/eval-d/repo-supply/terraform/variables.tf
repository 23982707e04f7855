variable "subscription_id" {
  type = string
}

variable "env" {
  type    = string
  default = "prod"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "edge_no_public_ip" {
  type    = bool
  default = true
}

variable "suppliers" {
  description = "Suppliers with an SFTP drop; passwords are stored in per-supplier secret scopes"
  type = list(object({
    name          = string
    sftp_user     = string
    sftp_password = string
  }))
  default = [
    { name = "contoso-steel", sftp_user = "contoso", sftp_password = "Sftp-Cst-9vK2mW4q" },
    { name = "northwind-plastics", sftp_user = "northwind", sftp_password = "<from-key-vault>" },
  ]
}
