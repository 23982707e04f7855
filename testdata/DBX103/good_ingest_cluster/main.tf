terraform {
  required_providers {
    azurerm    = { source = "hashicorp/azurerm", version = "~> 4.10" }
    databricks = { source = "databricks/databricks", version = "~> 1.58" }
  }
  # access_key comes from ARM_ACCESS_KEY in the pipeline.
  backend "azurerm" {
    resource_group_name  = "rg-sales-tfstate"
    storage_account_name = "salestfstate"
    container_name       = "tfstate"
    key                  = "ingest-cluster.tfstate"
  }
}

provider "azurerm" {
  features {}
  tenant_id     = "8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
  client_id     = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"
  client_secret = var.ingest_sp_secret
}

data "azurerm_key_vault_secret" "archive_key" {
  name         = "salesarchive-key"
  key_vault_id = var.key_vault_id
}

resource "databricks_secret" "archive_key" {
  scope        = "sales-storage"
  key          = "salesarchive-key"
  string_value = data.azurerm_key_vault_secret.archive_key.value
}

resource "databricks_cluster" "ingest" {
  cluster_name            = "raw-ingest"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_D4ds_v5"
  autotermination_minutes = 20
  num_workers             = 2

  spark_conf = {
    "spark.hadoop.fs.azure.account.auth.type.salesrawzone.dfs.core.windows.net"            = "OAuth"
    "spark.hadoop.fs.azure.account.oauth2.client.id.salesrawzone.dfs.core.windows.net"     = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"
    "spark.hadoop.fs.azure.account.oauth2.client.secret.salesrawzone.dfs.core.windows.net" = "{{secrets/sales-storage/sp-ingest-secret}}"
    "spark.hadoop.fs.azure.account.key.salesarchive.dfs.core.windows.net"                  = databricks_secret.archive_key.config_reference
    "spark.hadoop.fs.azure.sas.token.provider.type.partnerdrop.dfs.core.windows.net"       = "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider"
  }
}

resource "databricks_storage_credential" "raw_zone" {
  name = "raw-zone-mi"
  azure_managed_identity {
    access_connector_id = "/subscriptions/0f3c/resourceGroups/rg-sales/providers/Microsoft.Databricks/accessConnectors/ac-sales"
  }
}

resource "databricks_mount" "raw" {
  name = "raw"
  abfs {
    container_name         = "raw"
    storage_account_name   = "salesrawzone"
    tenant_id              = "8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
    client_id              = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"
    client_secret_scope    = "sales-storage"
    client_secret_key      = "sp-ingest-secret"
    initialize_file_system = true
  }
}
