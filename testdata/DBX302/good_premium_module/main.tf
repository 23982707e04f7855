resource "azurerm_databricks_workspace" "prod" {
  name                = "dbw-prod"
  resource_group_name = "rg-prod"
  location            = "westeurope"
  sku                 = "premium"
}

resource "databricks_secret_scope" "prod" {
  name = "prod"
}

resource "databricks_secret_scope" "by_variable" {
  name                     = "per-env"
  initial_manage_principal = var.manager
}

resource "databricks_secret_acl" "prod_readers" {
  scope      = databricks_secret_scope.prod.name
  principal  = "users"
  permission = "READ"
}

resource "databricks_secret_acl" "prod_writers" {
  scope      = databricks_secret_scope.prod.name
  principal  = "users"
  permission = "WRITE"
}

resource "databricks_secret_acl" "prod_owners" {
  scope      = databricks_secret_scope.prod.name
  principal  = databricks_group.owners.display_name
  permission = "MANAGE"
}

resource "databricks_permissions" "pipeline" {
  pipeline_id = databricks_pipeline.ingest.id

  access_control {
    group_name       = "users"
    permission_level = "CAN_VIEW"
  }

  access_control {
    service_principal_name = databricks_service_principal.deployer.application_id
    permission_level       = "CAN_MANAGE"
  }
}

variable "manager" {
  type = string
}
