variable "env" {
  type = string
}

variable "azure_location" {
  type    = string
  default = "northeurope"
}

variable "azure_subscription_id" {
  type = string
}

variable "azure_tenant_id" {
  type = string
}

variable "azure_client_id" {
  type = string
}

variable "azure_client_secret" {
  type      = string
  sensitive = true
}

variable "aws_workspace_host" {
  type = string
}

variable "aws_sp_client_id" {
  type = string
}

variable "aws_sp_client_secret" {
  type      = string
  sensitive = true
}
