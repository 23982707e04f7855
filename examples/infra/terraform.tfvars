environment  = "prod"
location     = "westeurope"
key_vault_id = "/subscriptions/9ac6c2a1-9a8e-4b51-8b49-8016b0e431ca/resourceGroups/rg-contoso-retail-shared/providers/Microsoft.KeyVault/vaults/kv-contoso-retail"

warehouse_db_password = "vAgY5!t2OVo!VzGc"
