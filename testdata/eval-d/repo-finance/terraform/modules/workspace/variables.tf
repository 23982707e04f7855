variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "cidr" {
  type    = string
  default = "10.40.0.0/20"
}

variable "no_public_ip" {
  description = "Secure cluster connectivity"
  type        = bool
  default     = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
