#!/usr/bin/env bash
# Runs the reconciliation against the Postgres container started by docker compose.
set -euo pipefail

docker compose up -d db
spark-submit --conf "spark.vendor.url=jdbc:postgresql://localhost:5432/stock?user=postgres&password=postgres" /opt/jobs/recon.jar
sqoop export --connect jdbc:mysql://127.0.0.1:3306/stock --username root --password root --table stock_levels --export-dir /tmp/stock
