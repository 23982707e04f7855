terraform {
  required_providers {
    azurerm    = { source = "hashicorp/azurerm", version = "~> 4.10" }
    databricks = { source = "databricks/databricks", version = "~> 1.58" }
  }
  backend "azurerm" {
    resource_group_name  = "rg-sales-tfstate"
    storage_account_name = "salestfstate"
    container_name       = "tfstate"
    key                  = "ingest-cluster.tfstate"
    access_key           = "+wVrabtl5imxeprhAtHLV1Vlhhagpn3eBGv4qTbzN16DZY9KGpxLuWH6Grp+iuzbkygPXhklp6SCf9a2KVEkew==" # want DBX103 `Azure storage account key written into attribute "access_key"`
  }
}

provider "azurerm" {
  features {}
  tenant_id     = "8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
  client_id     = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"
  client_secret = var.ingest_sp_secret
}

resource "databricks_cluster" "ingest" {
  cluster_name            = "raw-ingest"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_D4ds_v5"
  autotermination_minutes = 20
  num_workers             = 2

  spark_conf = {
    "spark.hadoop.fs.azure.account.auth.type.salesrawzone.dfs.core.windows.net"              = "OAuth"
    "spark.hadoop.fs.azure.account.oauth2.client.id.salesrawzone.dfs.core.windows.net"       = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"
    "spark.hadoop.fs.azure.account.oauth2.client.secret.salesrawzone.dfs.core.windows.net"   = var.ingest_sp_secret
    "spark.hadoop.fs.azure.account.key.salesarchive.dfs.core.windows.net"                    = "oolRJuos3B1Y4zjQ6FR/Ev/JQ36iw+IbjL2Hu7ZvH/08y8VphLRts1gVNaS3ZZ56jb40JL6OfA+/bzhTA9/C7w==" # want DBX103 "Azure storage account key written into Spark conf"
    "spark.hadoop.fs.s3a.secret.key"                                                         = "{{secrets/mkt-aws/secret-key}}"
  }
}

resource "databricks_storage_credential" "raw_zone" {
  name = "raw-zone-sp"
  azure_service_principal {
    directory_id   = "8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
    application_id = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"
    client_secret  = "Uc-Cred3ntial-Sp-Secret-2025" # want DBX103 `Entra ID client secret written into attribute "client_secret"`
  }
}
