variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "vnet_cidr" {
  type = string
}

variable "sku" {
  type    = string
  default = "premium"
}

variable "no_public_ip" {
  type        = bool
  description = "Secure cluster connectivity. Stays off until the firewall UDRs for the relay are in place (NET-2291)."
  default     = false
}
