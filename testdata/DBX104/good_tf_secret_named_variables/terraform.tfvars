vm_admin_username = "azureadmin"
secret_scope      = "smoke-tests"
