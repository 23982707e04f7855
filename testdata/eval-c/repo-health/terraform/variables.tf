variable "env" {
  type = string
}

variable "aws_region" {
  type    = string
  default = "us-east-1"
}

variable "aws_account_id" {
  type = string
}

variable "workspace_host" {
  type = string
}

variable "databricks_client_id" {
  type        = string
  description = "Application ID of the claims-terraform service principal."
}

variable "databricks_client_secret" {
  type      = string
  sensitive = true
}

variable "pagerduty_routing_key" {
  type        = string
  sensitive   = true
  description = "Events API v2 routing key of the claims-data PagerDuty service."
  default     = "88790ec3ad040fe1d049789992490c85"
}
