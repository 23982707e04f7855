terraform {
  required_providers {
    databricks = { source = "databricks/databricks", version = "~> 1.58" }
  }
}

resource "databricks_secret_scope" "crm" {
  name = "crm"
}

resource "databricks_secret" "smtp_password" {
  scope        = databricks_secret_scope.crm.name
  key          = "smtp-password"
  string_value = var.smtp_password
}

resource "databricks_secret" "crm_vault" {
  scope        = databricks_secret_scope.crm.name
  key          = "crm-api-key"
  string_value = data.azurerm_key_vault_secret.crm_api_key.value
}

resource "databricks_cluster" "crm_sync" {
  cluster_name            = "crm-sync"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_D4ds_v5"
  autotermination_minutes = 20
  num_workers             = 1

  spark_env_vars = {
    SFTP_PASSWORD       = "Sftp-Dr0p-2025!" # want DBX104 `cluster environment variable "SFTP_PASSWORD" is a literal \(.*\); reference a secret instead: \{\{secrets/<scope>/<key>\}\}`
    SMTP_PASSWORD       = databricks_secret.smtp_password.config_reference
    CRM_TOKEN_URL       = "https://login.crm-vendor.example/oauth/token"
    CRM_KEY_VAULT_NAME  = "kv-crm-prod"
    CRM_SECRET_SCOPE    = "crm"
    CRM_API_TOKEN       = "{{secrets/crm/crm-api-key}}"
    CRM_PASSWORD_SECRET = "smtp-password"
  }
}

resource "databricks_job" "crm_sync" {
  name = "crm-sync"

  parameter {
    name    = "partner_api_token"
    default = "ptk_9f2Kd81LmQ0xZr7w" # want DBX104 `job parameter "partner_api_token" has a literal default \(.*\); pass the secret's scope and key instead`
  }
  parameter {
    name    = "run_date"
    default = "2025-01-01"
  }

  task {
    task_key            = "sync"
    existing_cluster_id = databricks_cluster.crm_sync.id
    notebook_task {
      notebook_path = "/Repos/crm/sync/notebooks/sync"
      base_parameters = {
        crm_password = "Crm-Sync-Pa55!" # want DBX104 `notebook parameter "crm_password" is a literal`
        crm_user     = "svc-crm-sync"
        api_token    = "{{job.parameters.partner_api_token}}"
      }
    }
  }
}

resource "databricks_connection" "crm_db" {
  name            = "crm-db"
  connection_type = "SQLSERVER"
  options = {
    host     = "crm-prod.database.windows.net"
    port     = "1433"
    user     = "federation_reader"
    password = var.crm_db_password
  }
}
