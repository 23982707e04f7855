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

# Federated sources of the finance catalog, one connection per database.
module "finance_federation" {
  source = "./modules/federation"

  catalog_name = "finance_fed"
  connections = {
    ledger = {
      type     = "POSTGRESQL"
      host     = "ledger-pg.postgres.database.azure.com"
      port     = "5432"
      user     = "federation"
      password = "L3dger-Fed-Child" # want DBX101 `"password" is a literal password \(through "each\.value\.password"\) \("[^"…]{0,4}…[^"…]{0,4}"\)`
    }
    billing = {
      type     = "SQLSERVER"
      host     = "billing.database.windows.net"
      port     = "1433"
      user     = "federation"
      password = var.billing_password
    }
  }
  metastore_password = "Hms-Child-Mod-Pw" # want DBX101 `"spark\.hadoop\.javax\.jdo\.option\.ConnectionPassword" is a literal password \(through "var\.metastore_password"\)`
}

module "hr_federation" {
  source = "./modules/federation"

  catalog_name       = "hr_fed"
  connections        = {}
  metastore_password = data.azurerm_key_vault_secret.hms.value
}

data "azurerm_key_vault_secret" "hms" {
  name         = "hms-password"
  key_vault_id = var.key_vault_id
}
