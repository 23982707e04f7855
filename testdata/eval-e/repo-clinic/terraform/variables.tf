variable "tenant_id" {
  type    = string
  default = "3c1f7a92-4d5e-4b8a-9e61-7f2d0c4b9a15"
}

variable "client_id" {
  type = string
}

variable "key_vault_id" {
  type = string
}

variable "bi_sp_application_id" {
  type = string
}

variable "ingest_sp_application_id" {
  type = string
}

variable "training_no_public_ip" {
  type    = bool
  default = true
}

variable "token_lifetimes" {
  type    = map(number)
  default = {
    ingest   = 2592000
    backfill = 15552000
  }
}

variable "scope_acls" {
  type    = map(string)
  default = {
    "clinic-analysts" = "READ"
  }
}
