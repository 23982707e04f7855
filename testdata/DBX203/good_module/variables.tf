variable "token_lifetime" {
  description = "Token lifetime in seconds, set per environment in CI"
  type        = number
}
