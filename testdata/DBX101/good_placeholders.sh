#!/usr/bin/env bash
# Template for running the export locally. Every credential comes from the
# environment; the literals below are documentation placeholders.
set -euo pipefail

usage() {
  cat <<USAGE
usage: $0 --jdbc-url 'jdbc:sqlserver://<server>:1433;database=<db>;user=<user>;password=<password>'
USAGE
}

JDBC_URL_TEMPLATE='jdbc:postgresql://host:5432/db?user=${DB_USER}&password=${DB_PASSWORD}'
MASKED_URL="jdbc:mysql://reader:****@mysql.internal:3306/shop"
EXAMPLE_URL="jdbc:sqlserver://sql.example.com:1433;database=db;user=u;password=changeme"

spark-submit \
  --conf "spark.export.jdbc.url=jdbc:postgresql://pg:5432/dw?user=export&password=$DB_PASSWORD" \
  --conf "spark.export.jdbc.user=export" \
  /opt/jobs/export.jar

java -jar /opt/jobs/export.jar --jdbc-url "jdbc:postgresql://pg:5432/dw" --password "${DB_PASSWORD:-}"
echo "password=xxxxxxxx" >/dev/null
