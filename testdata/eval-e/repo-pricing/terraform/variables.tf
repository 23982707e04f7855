variable "partner_secrets" {
  type      = map(string)
  sensitive = true
  default = {
    "pricespy-token" = "7d2TgP7PAdz83SZd9V18K2lS9k6mhAyt"
  }
}

variable "looker_token_lifetime" {
  type    = number
  default = 7776000
}
