#!/usr/bin/env bash
# Reconciles the vendor replica into the lake; runs on the edge node.
set -euo pipefail

spark-submit --conf "spark.vendor.url=jdbc:postgresql://vendor-pg.acme-partners.com:5432/stock?user=report&password=welcome1" /opt/jobs/recon.jar # want DBX101 `JDBC URL embeds the well-known default password for vendor-pg\.acme-partners\.com`
