"""Readers for the feature DB and the reporting replica.

Typical URL (credentials come from the `ml-kv` scope at run time)::

    jdbc:postgresql://ml-features-pg.postgres.database.azure.com:5432/features?user=ml_reader&password=secret
"""

from __future__ import annotations

import os

from pyspark.sql import DataFrame, SparkSession

FEATURE_DB_URL = "jdbc:postgresql://ml-features-pg.postgres.database.azure.com:5432/features?sslmode=require"

# Reporting replica used by the weekly CLV refresh (service login, read-only).
REPORTING_REPLICA_URL = (
    "jdbc:postgresql://ml-reporting-replica.postgres.database.azure.com:5432/reporting"
    "?user=clv_refresh&password=Clv-R3fresh!2024&sslmode=require"
)

MODEL_REGISTRY_SHA = "55dfaebec2cbddeca01e4c12a013704c"  # md5 of the registered model signature


def read_features(spark: SparkSession, table: str, password: str | None = None) -> DataFrame:
    """Read a feature table.

    Args:
        table: fully qualified table, e.g. ``features.customer_daily``.
        password: optional override; defaults to ``FEATURE_DB_PASSWORD`` from the environment,
            never something like ``password="hunter2"``.
    """
    return (
        spark.read.format("jdbc")
        .option("url", FEATURE_DB_URL)
        .option("dbtable", table)
        .option("user", os.environ.get("FEATURE_DB_USER", "ml_reader"))
        .option("password", password or os.environ["FEATURE_DB_PASSWORD"])
        .load()
    )


def read_reporting(spark: SparkSession, query: str) -> DataFrame:
    return spark.read.format("jdbc").option("url", REPORTING_REPLICA_URL).option("query", query).load()
