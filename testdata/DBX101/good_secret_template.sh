#!/usr/bin/env bash
set -euo pipefail

databricks jobs submit --json '{"run_name": "legacy-export", "tasks": [{"task_key": "export", "spark_python_task": {"python_file": "dbfs:/FileStore/etl/legacy_export.py"}, "new_cluster": {"spark_version": "15.4.x-scala2.12", "node_type_id": "Standard_DS3_v2", "num_workers": 1, "spark_conf": {"spark.legacy.jdbc.url": "jdbc:postgresql://legacy-pg:5432/dw?user=legacy&password={{secrets/legacy/dw-password}}"}}}]}'

# Job parameter references are resolved at run time: same wrong cut ("{job.parameters.pw").
databricks jobs run-now 123 --json '{"job_parameters": {"jdbc_url": "jdbc:postgresql://pg:5432/dw?user=export&password={{job.parameters.pw}}"}}'
