resource "azuread_application" "notebook_client" {
  display_name = "notebook-client"

  required_resource_access {
    resource_app_id = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" # AzureDatabricks

    resource_access {
      id   = var.user_impersonation_scope_id
      type = "Scope"
    }
  }

  required_resource_access {
    resource_app_id = "00000003-0000-0000-c000-000000000000" # Microsoft Graph
  }
}

variable "user_impersonation_scope_id" {
  type = string
}

resource "azurerm_role_assignment" "etl" {
  scope                = "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg-data"
  role_definition_name = "Contributor"
  principal_id         = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
}
