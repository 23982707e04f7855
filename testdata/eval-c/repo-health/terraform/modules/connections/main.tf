terraform {
  required_providers {
    databricks = {
      source = "databricks/databricks"
    }
  }
}

variable "env" {
  type = string
}

variable "snowflake_password" {
  type      = string
  sensitive = true
}

resource "databricks_connection" "claims_pg" {
  name            = "claims_pg_${var.env}"
  connection_type = "POSTGRESQL"
  comment         = "RDS claims OLTP (read replica)"
  options = {
    host     = "claims-db-ro.cluster-ro-c8xq2kzv1e4r.us-east-1.rds.amazonaws.com"
    port     = "5432"
    user     = "uc_federation"
    password = "J3L+zqYZsM^b6vH*"
  }
}

resource "databricks_connection" "pharmacy_snowflake" {
  name            = "pharmacy_sf_${var.env}"
  connection_type = "SNOWFLAKE"
  comment         = "Pharmacy benefit manager share"
  options = {
    host        = "nwh-pharmacy.snowflakecomputing.com"
    port        = "443"
    sfWarehouse = "FEDERATION_WH"
    user        = "UC_FEDERATION"
    password    = var.snowflake_password
  }
}
