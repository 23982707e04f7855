terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.50"
    }
  }
}

provider "databricks" {
  host = var.workspace_url
}

data "azurerm_key_vault_secret" "ledger" {
  name         = "ledger-federation-password"
  key_vault_id = var.key_vault_id
}

data "azurerm_key_vault_secret" "hms" {
  name         = "hms-password"
  key_vault_id = var.key_vault_id
}

# Passwords come from Key Vault or from TF_VAR_billing_password in CI.
module "finance_federation" {
  source = "./modules/federation"

  catalog_name = "finance_fed"
  connections = {
    ledger = {
      type     = "POSTGRESQL"
      host     = "ledger-pg.postgres.database.azure.com"
      port     = "5432"
      user     = "federation"
      password = data.azurerm_key_vault_secret.ledger.value
    }
    billing = {
      type     = "SQLSERVER"
      host     = "billing.database.windows.net"
      port     = "1433"
      user     = "federation"
      password = var.billing_password
    }
    sandbox = {
      type     = "MYSQL"
      host     = "sandbox-mysql.example.com"
      port     = "3306"
      user     = "federation"
      password = "<set-in-ci>"
    }
  }
  metastore_password = data.azurerm_key_vault_secret.hms.value
}
