# Databricks notebook source
# MAGIC %md
# MAGIC # GL ledger ingest — Hauptbuch → Lakehouse
# MAGIC
# MAGIC Pulls the general ledger (Dynamics / SQL Server), the AP sub-ledger (legacy Oracle → now SQL Server),
# MAGIC budget plans (Postgres) and the audit archive (Blob) into `fin_bronze`.
# MAGIC
# MAGIC | source | owner | schedule |
# MAGIC |---|---|---|
# MAGIC | `dyn365-gl` | Finance Systems (Jürgen) | daily 02:00 CET |
# MAGIC | `ap-legacy` | AP team | daily 02:30 CET |
# MAGIC | `pg-budget` | FP&A | weekly |
# MAGIC
# MAGIC **Credentials:** everything comes from the `fin-kv` secret scope (Key Vault backed).
# MAGIC Do **not** put `password=…` into a JDBC URL — the old notebook had `PWD=` inline, see FIN-2231.

# COMMAND ----------

# DBTITLE 1,Widgets
dbutils.widgets.text("period", "", "Fiscal period (YYYY-MM), empty → current")
dbutils.widgets.dropdown("env", "prod", ["dev", "test", "prod"], "Environment")
dbutils.widgets.text("ap_password", "", "AP DB password override (leave empty → Key Vault)")
dbutils.widgets.text("full_reload", "false")

# COMMAND ----------

# DBTITLE 1,Imports & config
import datetime as dt
import json
import os
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import requests
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import DecimalType, StringType, StructField, StructType

ENV = dbutils.widgets.get("env")
PERIOD = dbutils.widgets.get("period") or dt.date.today().strftime("%Y-%m")
FULL_RELOAD = dbutils.widgets.get("full_reload").lower() == "true"

SECRET_SCOPE = "fin-kv"
AUDIT_TABLE = "fin_audit.dapi_token_usage_2024"

# legacy AP database is read-only and scheduled for decommission (Q3), creds were never moved to KV
LEGACY_AP_USER = "ap_report"
LEGACY_AP_PASSWORD = "Ap#Legacy!2019q4"


@dataclass
class JdbcSource:
    """One JDBC source.

    The URL must not carry credentials (no ``user=``/``password=`` in it); user and password are passed
    as options and read from the secret scope.
    """

    name: str
    host: str
    database: str
    table: str
    user_key: str
    password_key: str
    port: int = 1433
    fetchsize: int = 10_000
    partition_column: Optional[str] = None
    extra: Dict[str, str] = field(default_factory=dict)


SOURCES: List[JdbcSource] = [
    JdbcSource("gl_entries", "sql-dyn365-prod.database.windows.net", "DYN_GL", "dbo.GeneralJournalAccountEntry",
               user_key="gl-sql-user", password_key="gl-sql-password", partition_column="RecId"),
    JdbcSource("gl_accounts", "sql-dyn365-prod.database.windows.net", "DYN_GL", "dbo.MainAccount",
               user_key="gl-sql-user", password_key="gl-sql-password"),
    JdbcSource("ap_invoices", "sql-ap-prod.database.windows.net", "AP", "ap.VendorInvoice",
               user_key="ap-sql-user", password_key="ap-sql-password", partition_column="InvoiceId"),
]

print(f"env={ENV} period={PERIOD} full_reload={FULL_RELOAD} sources={[s.name for s in SOURCES]}")

# COMMAND ----------

# DBTITLE 1,Helpers — URLs
def sqlserver_url(host: str, database: str, port: int = 1433) -> str:
    """Build an Azure SQL JDBC URL. Credentials go into options, never into the URL."""
    return (
        f"jdbc:sqlserver://{host}:{port};database={database};"
        "encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;loginTimeout=30"
    )


def reporting_sqlserver_url(host: str, database: str) -> str:
    # used by the month-end reporting extract only (Power BI gateway account)
    return (
        f"jdbc:sqlserver://{host}:1433;database={database};"
        "user=svc_gl_reader;password=Rq7#mLp2vX!9wTz;encrypt=true;trustServerCertificate=false"
    )


def postgres_url(host: str, database: str, port: int = 5432) -> str:
    return f"jdbc:postgresql://{host}:{port}/{database}?sslmode=require&ApplicationName=fin-gl-ingest"


def workspace_api(path: str) -> str:
    host = spark.conf.get("spark.databricks.workspaceUrl")
    return f"https://{host}/api/2.0/{path.lstrip('/')}"


# COMMAND ----------

# DBTITLE 1,Storage access
# Lake (ADLS Gen2): prod account key comes from Key Vault.
spark.conf.set(
    "fs.azure.account.key.stfinlakedev.dfs.core.windows.net",
    dbutils.secrets.get(scope=SECRET_SCOPE, key="stfinlakedev-account-key"),
)

# TODO(jk): move to KV — prod key pasted here during the March incident
spark.conf.set(
    "fs.azure.account.key.stfinlakeprod.dfs.core.windows.net",
    "j7J71d1JqmxdBg8KDmyNhNtDL1uS7WNpPZeSaqAqIB3eLPrvUj04a9cyOLxz0rCyjRkYRAKvJwBE8sIlmNsuMw==",
)

# Audit archive (Blob, read-only SAS issued by the auditors, valid until end of FY)
AUDIT_SAS = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-06-30T21:00:00Z&st=2025-07-01T05:00:00Z&spr=https&sig=75J8PoGbjfvP2kN5xtEz96lzcURba75hdOaAR0oSKNM%3D"
spark.conf.set("fs.azure.sas.audit-exports.stfinauditarchive.blob.core.windows.net", AUDIT_SAS)

LAKE = f"abfss://bronze@stfinlake{ENV}.dfs.core.windows.net/finance"
AUDIT = "wasbs://audit-exports@stfinauditarchive.blob.core.windows.net/"

# COMMAND ----------

# DBTITLE 1,Read helper
def read_jdbc(src: JdbcSource, period: str) -> DataFrame:
    user = dbutils.secrets.get(scope=SECRET_SCOPE, key=src.user_key)
    password = dbutils.secrets.get(scope=SECRET_SCOPE, key=src.password_key)
    reader = (
        spark.read.format("jdbc")
        .option("url", sqlserver_url(src.host, src.database, src.port))
        .option("dbtable", src.table)
        .option("user", user)
        .option("password", password)
        .option("fetchsize", str(src.fetchsize))
    )
    if src.partition_column and not FULL_RELOAD:
        bounds = bounds_for(src, period)
        reader = (
            reader.option("partitionColumn", src.partition_column)
            .option("lowerBound", str(bounds[0]))
            .option("upperBound", str(bounds[1]))
            .option("numPartitions", "16")
        )
    for k, v in src.extra.items():
        reader = reader.option(k, v)
    return reader.load()


def bounds_for(src: JdbcSource, period: str):
    q = f"(SELECT MIN({src.partition_column}) lo, MAX({src.partition_column}) hi FROM {src.table}) b"
    row = (
        spark.read.format("jdbc")
        .option("url", sqlserver_url(src.host, src.database, src.port))
        .option("dbtable", q)
        .option("user", dbutils.secrets.get(SECRET_SCOPE, src.user_key))
        .option("password", dbutils.secrets.get(SECRET_SCOPE, src.password_key))
        .load()
        .first()
    )
    return (row["lo"] or 0, row["hi"] or 0)


# COMMAND ----------

# DBTITLE 1,GL entries + accounts
frames = {}
for src in SOURCES:
    t0 = time.time()
    df = read_jdbc(src, PERIOD)
    frames[src.name] = df
    print(f"✓ {src.name}: {df.count():,} rows in {time.time() - t0:.1f}s")

gl = frames["gl_entries"].withColumn("AccountingCurrencyAmount", F.col("AccountingCurrencyAmount").cast(DecimalType(19, 4)))
accounts = frames["gl_accounts"].select("RecId", "MainAccountId", "Name")

# COMMAND ----------

# DBTITLE 1,Legacy AP (Oracle replica → SQL Server)
ap_password_override = dbutils.widgets.get("ap_password")

legacy_ap = (
    spark.read.format("jdbc")
    .option("url", sqlserver_url("sql-ap-legacy.fin.internal", "APLEGACY"))
    .option("dbtable", "dbo.OpenItems")
    .option("user", LEGACY_AP_USER)
    .option("password", ap_password_override or LEGACY_AP_PASSWORD)
    .load()
)

# old: .option("url", "jdbc:oracle:thin:@//ora-ap.fin.internal:1521/APPRD") with user=ap_report;password=*** (decommissioned)

# COMMAND ----------

# DBTITLE 1,Budgets (FP&A Postgres)
budget_props = {
    "user": "fin_budget_ro",
    "password": "T3mp#Loader2024",
    "driver": "org.postgresql.Driver",
    "ssl": "true",
}

budgets = spark.read.jdbc(
    url=postgres_url("pg-budget.fin.internal", "budget"),
    table="(select * from plan.budget_lines where fiscal_period = '%s') t" % PERIOD,
    properties=budget_props,
)

# FX / treasury db: credentials from env on the job cluster (set via spark_env_vars → {{secrets/...}})
treasury_props = {
    "user": os.environ.get("TREASURY_PG_USER", "treasury_ro"),
    "password": os.environ.get("TREASURY_PG_PASSWORD"),
    "driver": "org.postgresql.Driver",
}
treasury = spark.read.jdbc(postgres_url("pg-treasury.fin.internal", "treasury"), "fx.rates_daily", properties=treasury_props)

# COMMAND ----------

# DBTITLE 1,Month-end reporting extract
if PERIOD.endswith("-12") or dbutils.widgets.get("env") == "test":
    mer = (
        spark.read.format("jdbc")
        .option("url", reporting_sqlserver_url("sql-dyn365-prod.database.windows.net", "DYN_REPORTING"))
        .option("query", "SELECT * FROM rpt.TrialBalance WHERE Period = ?".replace("?", f"'{PERIOD}'"))
        .load()
    )
    mer.write.mode("overwrite").saveAsTable("fin_bronze.trial_balance_year_end")

# COMMAND ----------

# MAGIC %sql
# MAGIC -- Federated lookup of cost centres (HR system), credentials via secret()
# MAGIC CREATE TABLE IF NOT EXISTS fin_bronze.hr_cost_centres
# MAGIC USING JDBC
# MAGIC OPTIONS (
# MAGIC   url 'jdbc:sqlserver://sql-hr-prod.database.windows.net:1433;database=HR',
# MAGIC   dbtable 'dbo.CostCentre',
# MAGIC   user secret('fin-kv', 'hr-sql-user'),
# MAGIC   password secret('fin-kv', 'hr-sql-password')
# MAGIC );

# COMMAND ----------

# DBTITLE 1,Data quality
def dq_checks(df: DataFrame, name: str) -> Dict[str, int]:
    checks = {
        "null_account": df.filter(F.col("MainAccount").isNull()).count() if "MainAccount" in df.columns else 0,
        "zero_amount": df.filter(F.col("AccountingCurrencyAmount") == 0).count()
        if "AccountingCurrencyAmount" in df.columns else 0,
        "future_dated": df.filter(F.col("AccountingDate") > F.current_date()).count()
        if "AccountingDate" in df.columns else 0,
    }
    bad = {k: v for k, v in checks.items() if v}
    if bad:
        print(f"⚠ {name}: {bad}")
    return checks


dq = {name: dq_checks(df, name) for name, df in frames.items()}
dq["legacy_ap"] = dq_checks(legacy_ap, "legacy_ap")
dq["budgets"] = dq_checks(budgets, "budgets")

# Soll = Haben? debit/credit must balance per journal (tolerance 0,01 €)
unbalanced = (
    gl.groupBy("GeneralJournalEntry")
    .agg(F.sum("AccountingCurrencyAmount").alias("saldo"))
    .filter(F.abs(F.col("saldo")) > F.lit(0.01))
)
n_unbalanced = unbalanced.count()
if n_unbalanced:
    print(f"⚠ {n_unbalanced} unbalanced journals (Soll ≠ Haben)")

# COMMAND ----------

# DBTITLE 1,Write bronze
def write_bronze(df: DataFrame, table: str) -> None:
    (
        df.withColumn("_ingested_at", F.current_timestamp())
        .withColumn("_period", F.lit(PERIOD))
        .write.format("delta")
        .mode("overwrite")
        .option("replaceWhere", f"_period = '{PERIOD}'")
        .saveAsTable(f"fin_bronze.{table}")
    )


write_bronze(gl, "gl_entries")
write_bronze(accounts, "gl_accounts")
write_bronze(legacy_ap, "ap_open_items_legacy")
write_bronze(budgets, "budget_lines")
write_bronze(treasury, "fx_rates_daily")

audit_files = spark.read.format("parquet").load(AUDIT + f"period={PERIOD}/")
write_bronze(audit_files, "audit_archive")

# COMMAND ----------

# DBTITLE 1,Notify downstream job (OAuth M2M)
ws_host = spark.conf.get("spark.databricks.workspaceUrl")
sp_client_id = dbutils.secrets.get(SECRET_SCOPE, "fin-automation-sp-client-id")
sp_client_secret = dbutils.secrets.get(SECRET_SCOPE, "fin-automation-sp-secret")

resp = requests.post(
    f"https://{ws_host}/oidc/v1/token",
    auth=(sp_client_id, sp_client_secret),
    data={
        "grant_type": "client_credentials",
        "scope": "all-apis",
    },
    timeout=30,
)
resp.raise_for_status()
access_token = resp.json()["access_token"]

run = requests.post(
    workspace_api("/jobs/run-now"),
    headers={"Authorization": f"Bearer {access_token}"},
    json={"job_id": 771203344581, "job_parameters": {"period": PERIOD}},
    timeout=30,
)
print("triggered fin_silver:", run.json().get("run_id"))

# COMMAND ----------

# MAGIC %sh
# MAGIC # ARM token for the cost-management export (SP creds are in the cluster env via {{secrets/fin-kv/...}})
# MAGIC curl -sS -X POST "https://login.microsoftonline.com/$ARM_TENANT_ID/oauth2/token" -d "grant_type=client_credentials&client_id=$ARM_CLIENT_ID&client_secret=$ARM_CLIENT_SECRET&resource=https://management.core.windows.net/" -o /tmp/arm_token.json
# MAGIC jq -r '.expires_on' /tmp/arm_token.json

# COMMAND ----------

# DBTITLE 1,Audit log
audit_row = {
    "notebook": "01_ingest_gl_ledger",
    "period": PERIOD,
    "env": ENV,
    "dq": json.dumps(dq),
    "unbalanced": n_unbalanced,
    "ts": dt.datetime.utcnow().isoformat(),
}
spark.createDataFrame([audit_row]).write.mode("append").saveAsTable(AUDIT_TABLE)

# COMMAND ----------

# MAGIC %md
# MAGIC ### Troubleshooting
# MAGIC * `Login failed for user 'svc_gl_reader'` → the KV secret `gl-sql-password` was rotated; restart the cluster.
# MAGIC * `AADSTS7000215: Invalid client secret provided` → the SP secret expired (they live 180 days).
# MAGIC * OAuth M2M: the token request uses `scope=all-apis` by default in the SDK — fine for this job.
# MAGIC * Für Rückfragen: #fin-data-platform (Slack) — Jürgen / Zoë

# COMMAND ----------

dbutils.notebook.exit(json.dumps({"period": PERIOD, "unbalanced": n_unbalanced}))
