# prod values — do NOT put passwords here, use TF_VAR_* from the pipeline's variable group
vnet_id              = "/subscriptions/8d1f6a2e-93b4-4c7a-b0e5-1f2d3c4b5a69/resourceGroups/rg-net-hub/providers/Microsoft.Network/virtualNetworks/vnet-fin-spoke-weu"
dr_vnet_id           = "/subscriptions/8d1f6a2e-93b4-4c7a-b0e5-1f2d3c4b5a69/resourceGroups/rg-net-hub-neu/providers/Microsoft.Network/virtualNetworks/vnet-fin-spoke-neu"
public_nsg_assoc_id  = "/subscriptions/8d1f6a2e-93b4-4c7a-b0e5-1f2d3c4b5a69/resourceGroups/rg-net-hub/providers/Microsoft.Network/virtualNetworks/vnet-fin-spoke-weu/subnets/snet-dbw-fin-host"
private_nsg_assoc_id = "/subscriptions/8d1f6a2e-93b4-4c7a-b0e5-1f2d3c4b5a69/resourceGroups/rg-net-hub/providers/Microsoft.Network/virtualNetworks/vnet-fin-spoke-weu/subnets/snet-dbw-fin-container"
key_vault_id         = "/subscriptions/8d1f6a2e-93b4-4c7a-b0e5-1f2d3c4b5a69/resourceGroups/rg-fin-kv/providers/Microsoft.KeyVault/vaults/kv-fin-prod-weu"

# ETL token: one year, the SP can't rotate automatically yet (FIN-2307)
token_lifetime_seconds = 31536000
