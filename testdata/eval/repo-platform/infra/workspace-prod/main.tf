terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.110"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.50"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-platform-tfstate"
    storage_account_name = "stplatformtfstate"
    container_name       = "tfstate"
    key                  = "workspace-prod.tfstate"
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

provider "databricks" {
  host                        = azurerm_databricks_workspace.prod.workspace_url
  azure_workspace_resource_id = azurerm_databricks_workspace.prod.id
}

resource "azurerm_resource_group" "prod" {
  name     = "rg-dbx-prod-weu"
  location = var.location
  tags     = local.tags
}

locals {
  tags = {
    cost_center = "4410"
    owner       = "platform-team"
    environment = "prod"
  }
}

resource "azurerm_databricks_workspace" "prod" {
  name                        = "dbw-contoso-prod-weu"
  resource_group_name         = azurerm_resource_group.prod.name
  location                    = azurerm_resource_group.prod.location
  sku                         = "premium"
  managed_resource_group_name = "rg-dbx-prod-weu-managed"

  custom_parameters {
    no_public_ip                                         = false
    virtual_network_id                                   = var.vnet_id
    public_subnet_name                                   = "snet-dbx-host"
    private_subnet_name                                  = "snet-dbx-container"
    public_subnet_network_security_group_association_id  = var.public_nsg_association_id
    private_subnet_network_security_group_association_id = var.private_nsg_association_id
  }

  tags = local.tags
}

data "azurerm_key_vault" "platform" {
  name                = "kv-platform-prod-weu"
  resource_group_name = "rg-platform-shared"
}

data "azurerm_key_vault_secret" "crm_sql_password" {
  name         = "crm-sql-password"
  key_vault_id = data.azurerm_key_vault.platform.id
}

resource "databricks_secret_scope" "sales" {
  name                     = "sales-kv"
  initial_manage_principal = "users"
}

resource "databricks_secret_scope" "platform" {
  name = "platform"
}

resource "databricks_secret" "crm_sql_password" {
  scope        = databricks_secret_scope.sales.name
  key          = "crm-sql-password"
  string_value = data.azurerm_key_vault_secret.crm_sql_password.value
}

resource "databricks_secret" "partner_sftp_password" {
  scope        = databricks_secret_scope.sales.name
  key          = "partner-sftp-password"
  string_value = "Lg5tx-Partner-Ftp-19"
}

resource "databricks_secret" "orders_pg_password" {
  scope        = databricks_secret_scope.sales.name
  key          = "orders-pg-password"
  string_value = var.orders_pg_password
}

resource "databricks_secret_acl" "sales_engineers_manage" {
  scope      = databricks_secret_scope.sales.name
  principal  = "sales-data-engineers"
  permission = "MANAGE"
}

resource "databricks_secret_acl" "sales_everyone_read" {
  scope      = databricks_secret_scope.sales.name
  principal  = "users"
  permission = "READ"
}

resource "databricks_secret_acl" "platform_users_manage" {
  scope      = databricks_secret_scope.platform.name
  principal  = "users"
  permission = "MANAGE"
}

resource "databricks_cluster_policy" "etl" {
  name       = "etl-jobs"
  definition = file("${path.module}/policies/etl.json")
}

resource "databricks_permissions" "etl_policy" {
  cluster_policy_id = databricks_cluster_policy.etl.id

  access_control {
    group_name       = "users"
    permission_level = "CAN_USE"
  }
}

resource "databricks_permissions" "shared_cluster" {
  cluster_id = var.shared_cluster_id

  access_control {
    group_name       = "users"
    permission_level = "CAN_MANAGE"
  }

  access_control {
    group_name       = "platform-admins"
    permission_level = "CAN_MANAGE"
  }
}

resource "databricks_token" "ci" {
  comment = "Azure DevOps deploy pipeline"
}

resource "databricks_workspace_conf" "this" {
  custom_config = {
    "enableIpAccessLists"  = true
    "enableTokensConfig"   = true
    "maxTokenLifetimeDays" = "365"
  }
}

resource "databricks_connection" "crm_sqlserver" {
  name            = "crm_sqlserver"
  connection_type = "SQLSERVER"
  comment         = "CRM replica (read-only)"
  options = {
    host     = "crm-prod-replica.database.windows.net"
    port     = "1433"
    user     = "uc_federation"
    password = var.crm_sql_password
  }
}

resource "databricks_connection" "orders_pg" {
  name            = "orders_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = "orders-pg.postgres.database.azure.com"
    port     = "5432"
    user     = "uc_federation"
    password = "Fed3ration!Orders#24"
  }
}

resource "databricks_connection" "erp_oracle" {
  name            = "erp_oracle"
  connection_type = "ORACLE"
  options = {
    host     = "erp-db.contoso.local"
    port     = "1521"
    user     = "uc_erp_reader"
    password = var.erp_oracle_password
  }
}

resource "databricks_connection" "finance_dw" {
  name            = "finance_dw"
  connection_type = "SQLSERVER"
  options = {
    host     = "fin-dw.database.windows.net"
    port     = "1433"
    user     = "uc_federation"
    password = data.azurerm_key_vault_secret.crm_sql_password.value
  }
}
