# An app registration that users sign in to Azure Databricks through.
resource "azuread_application" "notebook_client" {
  display_name = "notebook-client"

  required_resource_access {
    resource_app_id = "2ff814a6-3304-4ab8-85cb-cd0e6f897c1d" # want DBX202 "not the Azure Databricks application ID"

    resource_access {
      id   = var.user_impersonation_scope_id
      type = "Scope"
    }
  }
}

resource "azuread_service_principal" "databricks" {
  client_id    = local.databricks_resource
  use_existing = true
}

locals {
  databricks_resource = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1e" # want DBX202 "1 character from"
}

variable "user_impersonation_scope_id" {
  type = string
}
