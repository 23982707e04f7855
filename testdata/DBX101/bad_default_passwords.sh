#!/usr/bin/env bash
# Reconciles the vendor replica into the lake; runs on the edge node.
set -euo pipefail

spark-submit --conf "spark.vendor.url=jdbc:postgresql://vendor-pg.acme-partners.com:5432/stock?user=report&password=welcome1" /opt/jobs/recon.jar # want DBX101 `JDBC URL embeds the well-known default password for vendor-pg\.acme-partners\.com`

# Legacy export with sqoop; the vendor's MySQL still has its installation password.
sqoop export --connect jdbc:mysql://vendor-mysql.acme-partners.com:3306/stock --username root --password root --table stock_levels --export-dir /data/stock # want DBX101 `command-line flag "--password" is the well-known default password for vendor-mysql\.acme-partners\.com`
