vm_admin_username = "azureadmin"
sftp_password     = "Sftp-Partner-2025" # want DBX104 `value of secret-named variable "sftp_password" is committed in a \.tfvars file`
