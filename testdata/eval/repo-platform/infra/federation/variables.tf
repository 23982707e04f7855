variable "snowflake_password" {
  type        = string
  sensitive   = true
  description = "UC_FEDERATION password, read from the platform Key Vault by the pipeline."
}
