"""Backfill the churn feature table from the Postgres feature source and publish a run summary.

Usage: python -m connect.feature_backfill --start 2025-01-01 --end 2025-03-31
"""

from __future__ import annotations

import argparse
import os
from datetime import date, timedelta

import requests
from databricks import sql

from connect.dev_session import session

WORKSPACE = "https://dbc-258266cd-4566.cloud.databricks.com"
WAREHOUSE_HTTP_PATH = "/sql/1.0/warehouses/e074da36b59d6c35"


def m2m_token() -> str:
    """Service-principal token for the model-serving smoke test."""
    resp = requests.post(
        f"{WORKSPACE}/oidc/v1/token",
        auth=(os.environ["MLOPS_SP_CLIENT_ID"], os.environ["MLOPS_SP_CLIENT_SECRET"]),
        data={"grant_type": "client_credentials", "scope": "all-apis"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def warehouse_token() -> str:
    """Token for the BI service principal, which only ever talks to SQL warehouses."""
    resp = requests.post(
        f"{WORKSPACE}/oidc/v1/token",
        auth=(os.environ["BI_SP_CLIENT_ID"], os.environ["BI_SP_CLIENT_SECRET"]),
        data={"grant_type": "client_credentials", "scope": "sql"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def read_source(spark, day: date):
    return (
        spark.read.format("jdbc")
        .option("url", "jdbc:postgresql://feature-src.mlops.internal:5432/features")
        .option("query", f"SELECT * FROM churn_raw WHERE event_date = DATE '{day}'")
        .option("user", "feature_reader")
        .option("password", os.environ["FEATURE_DB_PASSWORD"])
        .load()
    )


def publish_summary(rows: list[tuple]) -> None:
    with sql.connect(
        server_hostname="dbc-258266cd-4566.cloud.databricks.com",
        http_path=WAREHOUSE_HTTP_PATH,
        access_token="dapi3d0a222e6062aa189e0607f10a411cb6",
    ) as conn:
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO mlops.monitoring.backfill_runs VALUES (?, ?, ?)", rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--start", type=date.fromisoformat, required=True)
    parser.add_argument("--end", type=date.fromisoformat, required=True)
    args = parser.parse_args()

    spark = session("aws-dev")
    summary = []
    day = args.start
    while day <= args.end:
        df = read_source(spark, day)
        df.write.mode("overwrite").option("replaceWhere", f"event_date = '{day}'").saveAsTable("mlops.features.churn_daily")
        summary.append((day.isoformat(), df.count(), "ok"))
        day += timedelta(days=1)
    publish_summary(summary)


if __name__ == "__main__":
    main()
