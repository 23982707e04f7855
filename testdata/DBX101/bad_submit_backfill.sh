#!/usr/bin/env bash
# Backfills the orders mart for a date range. Usage: ./bad_submit_backfill.sh 2024-01-01 2024-01-31
set -euo pipefail

START="${1:?start date}"
END="${2:?end date}"

# One-off run on a job cluster; the task reads the source over JDBC.
# Expectations inside quoted arguments are in bad_submit_backfill.sh.want.
databricks jobs submit --json '{
  "run_name": "orders-backfill",
  "tasks": [{
    "task_key": "backfill",
    "spark_python_task": {
      "python_file": "dbfs:/FileStore/etl/backfill_orders.py",
      "parameters": ["--source-url", "jdbc:sqlserver://orders.database.windows.net:1433;database=orders;user=backfill;password=B4ckfill-Orders!", "--start", "'"$START"'", "--end", "'"$END"'"]
    },
    "new_cluster": {"spark_version": "15.4.x-scala2.12", "node_type_id": "Standard_DS3_v2", "num_workers": 4}
  }]
}'

# Reconciliation runs with spark-submit on the edge node.
spark-submit \
  --class com.acme.recon.Reconcile \
  --conf spark.recon.target.url="jdbc:postgresql://recon-pg:5432/recon?user=recon&password=Rec0n-Submit" \
  --conf spark.executor.memory=8g \
  /opt/jobs/recon-assembly.jar "$START" "$END"

spark-submit --conf "spark.recon.audit.url=jdbc:mysql://audit:Aud1t-Subm1t@audit-db.internal:3306/audit" /opt/jobs/audit.jar # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`

java -jar /opt/jobs/export.jar --jdbc-url "jdbc:sqlserver://dw.database.windows.net:1433;database=dw" --user exporter --password 'Exp0rter-Dw' # want DBX101 `literal password`

echo "backfill submitted for $START..$END"
