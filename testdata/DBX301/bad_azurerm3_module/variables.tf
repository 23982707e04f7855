variable "prefix" {
  type = string
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "no_public_ip" {
  description = "Secure cluster connectivity for the workspace"
  type        = bool
  default     = true
}
