environment     = "dev"
location        = "westeurope"
subscription_id = "eb4a5191-5e49-43df-b3b3-2b7e2e063cd8"
vnet_cidr       = "10.40.0.0/20"
key_vault_id    = "/subscriptions/eb4a5191-5e49-43df-b3b3-2b7e2e063cd8/resourceGroups/rg-retail-kv-dev/providers/Microsoft.KeyVault/vaults/kv-retail-dev"

# dev only: lets `terraform plan` run from laptops without an az login
databricks_pat = "dapic2e69eceb5415c406f0544bf3f47da0e"
