provider "azurerm" {
  features {}
  subscription_id = var.azure_subscription_id
}

provider "databricks" {
  alias               = "azure"
  host                = azurerm_databricks_workspace.mlops.workspace_url
  azure_tenant_id     = var.azure_tenant_id
  azure_client_id     = var.azure_client_id
  azure_client_secret = var.azure_client_secret
}

resource "azurerm_resource_group" "mlops" {
  name     = "rg-mlops-${var.env}"
  location = var.azure_location
}

resource "azurerm_databricks_workspace" "mlops" {
  name                = "dbw-mlops-${var.env}"
  resource_group_name = azurerm_resource_group.mlops.name
  location            = azurerm_resource_group.mlops.location
  sku                 = "premium"

  custom_parameters {
    no_public_ip = false # GPU nodes pull from the NVIDIA NGC registry without a NAT gateway (ML-877)
  }
}

# Batch scoring workspace: azurerm 4.x creates it with secure cluster connectivity by default.
resource "azurerm_databricks_workspace" "mlops_batch" {
  name                = "dbw-mlops-batch-${var.env}"
  resource_group_name = azurerm_resource_group.mlops.name
  location            = azurerm_resource_group.mlops.location
  sku                 = "premium"
}

module "serving_azure" {
  source        = "./modules/serving"
  providers     = { databricks = databricks.azure }
  endpoint_name = "churn-scoring"
  model_name    = "mlops_prod.churn.churn_classifier"
}
