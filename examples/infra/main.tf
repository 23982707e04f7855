locals {
  name = "contoso-retail-${var.environment}"
  tags = {
    team        = "retail-analytics"
    environment = var.environment
  }
}

resource "azurerm_resource_group" "retail" {
  name     = "rg-${local.name}"
  location = var.location
  tags     = local.tags
}

resource "azurerm_databricks_workspace" "retail" {
  name                        = "dbw-${local.name}"
  resource_group_name         = azurerm_resource_group.retail.name
  location                    = azurerm_resource_group.retail.location
  sku                         = "premium"
  managed_resource_group_name = "rg-${local.name}-databricks"
  tags                        = local.tags

  custom_parameters {
    no_public_ip = false
  }
}

# Token of the release pipeline.
resource "databricks_token" "release" {
  comment = "release pipeline (${var.environment})"
}

# Token of the Power BI dataset refresh, renewed every month.
resource "databricks_token" "powerbi" {
  comment          = "power-bi-refresh"
  lifetime_seconds = 2592000
}

resource "databricks_secret_scope" "retail_etl" {
  name                     = "retail-etl"
  initial_manage_principal = "users"
}

resource "databricks_secret" "sftp_password" {
  scope        = databricks_secret_scope.retail_etl.id
  key          = "sftp-password"
  string_value = var.sftp_password
}

data "azurerm_key_vault_secret" "sales_db_password" {
  name         = "sales-db-password"
  key_vault_id = var.key_vault_id
}

resource "databricks_secret" "sales_db_password" {
  scope        = databricks_secret_scope.retail_etl.id
  key          = "sales-db-password"
  string_value = data.azurerm_key_vault_secret.sales_db_password.value
}

resource "databricks_connection" "warehouse" {
  name            = "retail_dw"
  connection_type = "SQLSERVER"
  comment         = "Enterprise data warehouse, read-only"
  options = {
    host     = "sqldw-contoso.database.windows.net"
    port     = "1433"
    user     = "dw_reader"
    password = var.warehouse_db_password
  }
}
