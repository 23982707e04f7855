resource "databricks_secret_scope" "platform_kv" {
  name = "platform-kv"

  keyvault_metadata {
    resource_id = data.azurerm_key_vault.platform.id
    dns_name    = data.azurerm_key_vault.platform.vault_uri
  }
}

resource "databricks_secret_scope" "shared_ingest" {
  name = "shared-ingest"
}

resource "databricks_secret" "ingest_sp" {
  scope        = databricks_secret_scope.shared_ingest.name
  key          = "ingest-sp-client-secret"
  string_value = data.azurerm_key_vault_secret.ingest_sp.value
}

# ingestion team rotates partner credentials themselves
resource "databricks_secret_acl" "shared_ingest_everyone" {
  scope      = databricks_secret_scope.shared_ingest.name
  principal  = "users"
  permission = "MANAGE"
}

resource "databricks_secret_acl" "platform_kv_read" {
  for_each = toset([
    "data-engineers",
    "users",
  ])
  scope      = databricks_secret_scope.platform_kv.name
  principal  = each.value
  permission = "READ"
}

resource "databricks_cluster_policy" "small" {
  name = "small-jobs"
  definition = jsonencode({
    "node_type_id" : { "type" : "allowlist", "values" : ["Standard_D4ds_v5", "Standard_D8ds_v5"] },
    "autotermination_minutes" : { "type" : "fixed", "value" : 30 }
  })
}

resource "databricks_permissions" "policy_small" {
  cluster_policy_id = databricks_cluster_policy.small.id

  access_control {
    group_name       = "users"
    permission_level = "CAN_USE"
  }
}

resource "databricks_permissions" "shared_autoscaling" {
  cluster_id = var.shared_cluster_id

  access_control {
    group_name       = "data-engineers"
    permission_level = "CAN_RESTART"
  }

  access_control {
    group_name       = "users"
    permission_level = "CAN_MANAGE"
  }
}

variable "shared_cluster_id" {
  type    = string
  default = "1104-081522-p3q8z7vm"
}
