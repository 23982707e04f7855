variable "workspace_url" {
  type    = string
  default = "https://adb-3920581746203958.11.azuredatabricks.net"
}

variable "tenant_id" {
  type = string
}

variable "scim_client_id" {
  type = string
}

variable "scim_client_secret" {
  type      = string
  sensitive = true
}

variable "base_tags" {
  type    = map(string)
  default = { owner = "iot-platform" }
}

variable "plants" {
  type    = list(string)
  default = ["eindhoven", "gdansk", "brno", "porto"]
}

variable "default_token_lifetime" {
  type    = number
  default = 7776000
}

variable "gateway_token_lifetimes" {
  type = map(number)
  default = {
    eindhoven = 2592000
    gdansk    = 31536000
  }
}

variable "plant_scopes" {
  type = map(object({ manager = string }))
  default = {
    eindhoven = { manager = "iot-eindhoven-leads" }
    brno      = { manager = "users" }
  }
}
