resource "databricks_connection" "snowflake_marketing" {
  name            = "snowflake_marketing"
  connection_type = "SNOWFLAKE"
  comment         = "Marketing's Snowflake account (read-only share)"
  options = {
    host        = "mk29114.west-europe.azure.snowflakecomputing.com"
    port        = "443"
    sfWarehouse = "UC_FED_WH"
    user        = var.snowflake_user
    password    = "Sn0w-UCfed!2025#mkt"
  }
}

resource "databricks_connection" "pg_ops" {
  name            = "pg_ops"
  connection_type = "POSTGRESQL"
  options = {
    host     = "pg-ops.platform.internal"
    port     = "5432"
    user     = "uc_federation"
    password = data.azurerm_key_vault_secret.pg_ops.value
  }
}
