terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 3.90, < 5.0"
    }
    databricks = {
      source = "databricks/databricks"
    }
    http = {
      source = "hashicorp/http"
    }
  }
}
