locals {
	tags = {
		team        = "finance"
		cost_centre = "CC-4410"
		managed_by  = "terraform"
	}

	# per-team scopes; sandbox is shared by all analysts during the close (Abschluss)
	team_scopes = {
		"fin-sandbox" = {
			initial_manage = "users"
		}
		"fin-treasury" = {
			initial_manage = null
		}
	}
}

resource "azurerm_resource_group" "fin" {
	name     = "rg-fin-databricks-weu"
	location = "westeurope"
	tags     = local.tags
}

resource "azurerm_databricks_workspace" "fin" {
	name                        = "dbw-fin-prod-weu"
	resource_group_name         = azurerm_resource_group.fin.name
	location                    = azurerm_resource_group.fin.location
	sku                         = "premium"
	managed_resource_group_name = "databricks-rg-dbw-fin-prod-weu"

	custom_parameters {
		virtual_network_id                                   = var.vnet_id
		public_subnet_name                                   = "snet-dbw-fin-host"
		private_subnet_name                                  = "snet-dbw-fin-container"
		public_subnet_network_security_group_association_id = var.public_nsg_assoc_id
		private_subnet_network_security_group_association_id = var.private_nsg_assoc_id
	}

	tags = local.tags
}

resource "azurerm_databricks_workspace" "fin_dr" {
	name                = "dbw-fin-dr-neu"
	resource_group_name = azurerm_resource_group.fin.name
	location            = "northeurope"
	sku                 = "premium"

	custom_parameters {
		no_public_ip        = var.dr_no_public_ip
		virtual_network_id  = var.dr_vnet_id
		public_subnet_name  = "snet-dbw-findr-host"
		private_subnet_name = "snet-dbw-findr-container"
	}

	tags = merge(local.tags, { purpose = "disaster-recovery" })
}

resource "azurerm_databricks_workspace" "fin_sandbox" {
	name                = "dbw-fin-sbx-weu"
	resource_group_name = azurerm_resource_group.fin.name
	location            = azurerm_resource_group.fin.location
	sku                 = "premium"

	custom_parameters {
		no_public_ip = true
	}
}

# ---------------------------------------------------------------- workspace settings

resource "databricks_workspace_conf" "fin" {
	custom_config = {
		"enableIpAccessLists" = true
		"enableTokensConfig"  = true
	}
}

# ---------------------------------------------------------------- secrets

resource "databricks_secret_scope" "fin_kv" {
	name                     = "fin-kv"
	initial_manage_principal = "users"

	keyvault_metadata {
		resource_id = var.key_vault_id
		dns_name    = "https://kv-fin-prod-weu.vault.azure.net/"
	}
}

resource "databricks_secret_scope" "team" {
	for_each                 = local.team_scopes
	name                     = each.key
	initial_manage_principal = each.value.initial_manage
}

resource "databricks_secret" "sftp_bank" {
	scope        = databricks_secret_scope.team["fin-treasury"].name
	key          = "sftp-bank-statements"
	string_value = "pA55-sftp-Q3x!Kontoauszug"
}

resource "databricks_secret" "pg_budget" {
	scope        = databricks_secret_scope.team["fin-treasury"].name
	key          = "pg-budget-password"
	string_value = var.pg_budget_password
}

resource "databricks_secret" "sql_admin" {
	scope        = databricks_secret_scope.team["fin-treasury"].name
	key          = "sql-admin-password"
	string_value = var.sql_admin_password
}

resource "databricks_secret_acl" "sandbox_read" {
	scope      = databricks_secret_scope.team["fin-sandbox"].name
	principal  = "users"
	permission = "READ"
}

# ---------------------------------------------------------------- tokens

resource "databricks_token" "ado_pipeline" {
	comment = "Azure DevOps release pipeline (fin-pipelines)"
}

resource "databricks_token" "etl" {
	comment          = "nightly ETL service account"
	lifetime_seconds = var.token_lifetime_seconds
}

resource "databricks_token" "powerbi_refresh" {
	comment          = "Power BI dataset refresh — rotated by time_rotating"
	lifetime_seconds = 60 * 24 * 60 * 60
}

# ---------------------------------------------------------------- federation

resource "databricks_connection" "sqlserver_fin" {
	name            = "sqlserver_fin_dwh"
	connection_type = "SQLSERVER"
	comment         = "legacy DWH (SSAS source)"
	options = {
		host     = "sql-fin-dwh.database.windows.net"
		port     = "1433"
		user     = "uc_federation"
		password = "Fed#Dwh-2024-Sql"
	}
}

resource "databricks_connection" "pg_treasury" {
	name            = "pg_treasury"
	connection_type = "POSTGRESQL"
	options = {
		host     = "pg-treasury.fin.internal"
		port     = "5432"
		user     = "uc_federation"
		password = var.treasury_pg_password
	}
}

# ---------------------------------------------------------------- permissions

resource "databricks_permissions" "etl_cluster" {
	cluster_id = var.etl_cluster_id

	access_control {
		group_name       = "fin-data-engineers"
		permission_level = "CAN_MANAGE"
	}
	access_control {
		group_name       = "users"
		permission_level = "CAN_ATTACH_TO"
	}
}
