#!/usr/bin/env bash
# Runs a trivial query against the sales SQL warehouse through the JDBC driver.
set -euo pipefail

WAREHOUSE_HTTP_PATH="/sql/1.0/warehouses/8d3f2a91c0b5e7a4"
DRIVER_JAR="${DRIVER_JAR:-/opt/jdbc/DatabricksJDBC42.jar}"

run_query() {
  java -cp "tools/jdbc-check/target/jdbc-check.jar:${DRIVER_JAR}" com.contoso.platform.JdbcCheck "$1" "SELECT 1"
}

# PAT auth (legacy path, the warehouse owner's token).
run_query "jdbc:databricks://adb-4417182398212345.5.azuredatabricks.net:443;httpPath=${WAREHOUSE_HTTP_PATH};AuthMech=3;UID=token;PWD=dapi026d702ac3a48374d2fdede570048ccd"

# PAT from the pipeline variable group.
run_query "jdbc:databricks://adb-4417182398212345.5.azuredatabricks.net:443;httpPath=${WAREHOUSE_HTTP_PATH};AuthMech=3;UID=token;PWD=${DATABRICKS_TOKEN}"

# OAuth M2M (preferred).
run_query "jdbc:databricks://adb-4417182398212345.5.azuredatabricks.net:443;httpPath=${WAREHOUSE_HTTP_PATH};AuthMech=11;Auth_Flow=1;OAuth2ClientId=${DATABRICKS_CLIENT_ID};OAuth2Secret=${DATABRICKS_CLIENT_SECRET}"
