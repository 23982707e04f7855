# Databricks notebook source
# DBTITLE 1,Connection helpers


def read_sqlserver(host: str, table: str, password: str):
    """One place that reads the finance SQL Server."""
    return spark.read.jdbc(
        f"jdbc:sqlserver://{host}:1433;database=finance;encrypt=true",
        table,
        properties={"user": "svc-reporting", "password": password},
    )


def orders_reader(password=None):
    return (spark.read.format("jdbc")
            .option("url", "jdbc:postgresql://orders-pg.internal:5432/orders")
            .option("user", "reporting")
            .option("password", password or dbutils.secrets.get("orders", "reporting-password")))


def describe(password):
    # Only the length goes to the log.
    print(f"password of {len(password)} characters")

# COMMAND ----------

ledger = read_sqlserver("finance-sql.database.windows.net", "dbo.ledger", dbutils.secrets.get("finance", "svc-reporting"))
daily = orders_reader().option("dbtable", "public.daily").load()
describe("not-a-connection")

# COMMAND ----------

class OrdersDb:
    def __init__(self, host):
        self.host = host
        self.password = dbutils.secrets.get("orders", "reporting-password")

    def read(self, table):
        return (spark.read.format("jdbc")
                .option("url", f"jdbc:postgresql://{self.host}:5432/orders")
                .option("user", "reporting")
                .option("password", self.password)
                .option("dbtable", table)
                .load())


CONFIG = {"orders": {"user": "reporting", "password_scope": "orders"}}
archive = (spark.read.format("jdbc")
           .option("url", "jdbc:postgresql://archive-pg.internal:5432/orders")
           .option("password", dbutils.secrets.get(CONFIG["orders"]["password_scope"], "reporting-password"))
           .option("dbtable", "public.archive")
           .load())

# COMMAND ----------

class ReplicaReader:
    def __init__(self, host, password):
        self.host = host
        self.password = password

    def read(self, table):
        return (spark.read.format("jdbc")
                .option("url", f"jdbc:postgresql://{self.host}:5432/orders")
                .option("user", "replica_ro")
                .option("password", self.password)
                .option("dbtable", table)
                .load())


replica = ReplicaReader("orders-replica.internal", dbutils.secrets.get("orders", "replica-ro-password"))
replica_orders = replica.read("public.orders")
