workspace_url = "https://adb-1234567890123456.7.azuredatabricks.net"
key_vault_id  = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-data"
