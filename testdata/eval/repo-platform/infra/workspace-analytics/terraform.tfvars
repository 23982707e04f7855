subscription_id = "1b44fc72-1d63-4f02-9a04-d5ba90b7cb94"
location        = "westeurope"
vnet_id         = "/subscriptions/1b44fc72-1d63-4f02-9a04-d5ba90b7cb94/resourceGroups/rg-network-weu/providers/Microsoft.Network/virtualNetworks/vnet-dbx-analytics-weu"
