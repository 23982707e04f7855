#!/usr/bin/env bash
# Usage example printed by --help; the real run reads the password from the secret scope.
set -euo pipefail

spark-submit --conf "spark.erp.url=jdbc:postgresql://erp-pg.postgres.database.azure.com:5432/erp?user=etl&password=YOUR_PASSWORD" /opt/jobs/erp.jar
spark-submit --conf "spark.hr.url=jdbc:sqlserver://hr.database.windows.net:1433;database=hr;user=etl;password=<password>" /opt/jobs/hr.jar
