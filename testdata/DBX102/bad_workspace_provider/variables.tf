variable "account_client_id" {
  type = string
}

variable "account_client_secret" {
  type      = string
  sensitive = true
  default   = "dose069a6f3a60df1bf14b9a1d52bae47019" # want DBX102 "OAuth client secret"
}
