variable "comment" {
  type = string
}

variable "token_days" {
  description = "Lifetime of the token, in days"
  type        = number
  default     = 30
}

resource "databricks_token" "this" {
  comment          = var.comment
  lifetime_seconds = var.token_days * 24 * 60 * 60
}

output "token_id" {
  value = databricks_token.this.id
}
