workspace_url    = "https://adb-1234567890123456.7.azuredatabricks.net"
key_vault_id     = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-data"
billing_password = "B1lling-Tfvars-Child" # want DBX101 `"password" is a literal password \(through "each\.value\.password"\)`
