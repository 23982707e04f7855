#!/usr/bin/env bash
# Backfills the orders mart. The JDBC password never appears here:
# the cluster reads it from the "orders" secret scope, the edge node from the environment.
set -euo pipefail

START="${1:?start date}"
END="${2:?end date}"
: "${RECON_DB_PASSWORD:?export RECON_DB_PASSWORD first}"

databricks jobs submit --json '{
  "run_name": "orders-backfill",
  "tasks": [{
    "task_key": "backfill",
    "spark_python_task": {
      "python_file": "dbfs:/FileStore/etl/backfill_orders.py",
      "parameters": ["--source-url", "jdbc:sqlserver://orders.database.windows.net:1433;database=orders", "--start", "'"$START"'", "--end", "'"$END"'"]
    },
    "new_cluster": {
      "spark_version": "15.4.x-scala2.12",
      "node_type_id": "Standard_DS3_v2",
      "num_workers": 4,
      "spark_conf": {"spark.orders.jdbc.password": "{{secrets/orders/backfill-password}}"}
    }
  }]
}'

spark-submit \
  --class com.acme.recon.Reconcile \
  --conf "spark.recon.target.url=jdbc:postgresql://recon-pg:5432/recon?user=recon&password=${RECON_DB_PASSWORD}" \
  /opt/jobs/recon-assembly.jar "$START" "$END"

AUDIT_PW="$(databricks secrets get-secret audit db-password --output json | jq -r .value | base64 -d)"
spark-submit --conf "spark.recon.audit.url=jdbc:mysql://audit:${AUDIT_PW}@audit-db.internal:3306/audit" /opt/jobs/audit.jar

java -jar /opt/jobs/export.jar --jdbc-url "jdbc:sqlserver://dw.database.windows.net:1433;database=dw" --user exporter --password "$EXPORTER_PASSWORD"

# Do not do this: --conf spark.recon.target.url=jdbc:postgresql://recon-pg/recon?password=Rec0n-Submit
echo "usage example: --jdbc-url 'jdbc:postgresql://host:5432/db?user=<user>&password=<password>'"
