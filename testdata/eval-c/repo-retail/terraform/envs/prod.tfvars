environment     = "prod"
location        = "westeurope"
subscription_id = "3fb9b91e-ba13-400a-bc97-cd7733e2a80f"
vnet_cidr       = "10.41.0.0/20"
key_vault_id    = "/subscriptions/3fb9b91e-ba13-400a-bc97-cd7733e2a80f/resourceGroups/rg-retail-kv-prod/providers/Microsoft.KeyVault/vaults/kv-retail-prod"

# databricks_pat is supplied by the pipeline (TF_VAR_databricks_pat), never written here.
