# Example from the module README: every value is a stand-in.
terraform {
  backend "azurerm" {
    storage_account_name = "tfstate"
    container_name       = "state"
    key                  = "prod.tfstate"
    access_key           = "YOUR_STORAGE_ACCOUNT_KEY"
  }
}

provider "azurerm" {
  features {}
  client_secret = "your-client-secret"
}

resource "databricks_cluster" "ingest" {
  cluster_name  = "ingest"
  spark_version = "15.4.x-scala2.12"
  node_type_id  = "Standard_DS3_v2"
  num_workers   = 1
  spark_conf = {
    "fs.azure.sas.raw.salesdatalake.blob.core.windows.net" = "sv=2022-11-02&sp=rl&sig=<signature>"
  }
}
