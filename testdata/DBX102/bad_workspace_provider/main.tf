terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.58"
    }
  }
}

provider "databricks" {
  host  = "https://adb-4829136605271943.3.azuredatabricks.net"
  token = "dapib53621527bee4cf42362b375965e656c" # want DBX102 "personal access token"
}

provider "databricks" {
  alias         = "account"
  host          = "https://accounts.azuredatabricks.net"
  account_id    = "3f1c9a27-5b8e-4d02-9c61-7e4a2b0d8f13"
  client_id     = var.account_client_id
  client_secret = var.account_client_secret
}
