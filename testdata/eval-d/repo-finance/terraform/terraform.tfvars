location     = "uksouth"
key_vault_id = "/subscriptions/4c1d7e2a-9b3f-4a6e-8d5c-2f1e0a9b8c7d/resourceGroups/nw-fin-sec/providers/Microsoft.KeyVault/vaults/nw-fin-kv"

vendor_api_keys = {
  "fx-rates-api-key" = "fxr_live_Z8kP3wQ7mN2vR5tX"
  "bank-feed-token"  = "<set by the release pipeline>"
  "swift-gpi-secret" = "xxxxxxxxxxxxxxxx"
}

test_vm_nic_id = "/subscriptions/4c1d7e2a-9b3f-4a6e-8d5c-2f1e0a9b8c7d/resourceGroups/nw-fin-prod-rg/providers/Microsoft.Network/networkInterfaces/close-testvm-nic"
