# Databricks notebook source
# DBTITLE 1,Connection helpers


def read_sqlserver(host: str, table: str, password: str):
    """One place that reads the finance SQL Server."""
    return spark.read.jdbc(
        f"jdbc:sqlserver://{host}:1433;database=finance;encrypt=true",
        table,
        properties={"user": "svc-reporting", "password": password},
    )


def orders_reader(password):
    return (spark.read.format("jdbc")
            .option("url", "jdbc:postgresql://orders-pg.internal:5432/orders")
            .option("user", "reporting")
            .option("password", password))


def legacy_reader(password="Leg4cy-Orders-Pw"):  # want DBX101 `JDBC option "password" is a literal password`
    return orders_reader(password)

# COMMAND ----------

ledger = read_sqlserver("finance-sql.database.windows.net", "dbo.ledger", "Fin-Rep0rting-2024")  # want DBX101 `connection property "password" is a literal password`
daily = orders_reader(password="0rders-Daily-Pw").option("dbtable", "public.daily").load()  # want DBX101 `JDBC option "password" is a literal password`
legacy = legacy_reader().option("dbtable", "public.legacy").load()

# COMMAND ----------

class OrdersDb:
    def __init__(self, host):
        self.host = host
        self.user = "reporting"
        self.password = "Init-0rders-Pw"  # want DBX101 `JDBC option "password" is a literal password`

    def read(self, table):
        return (spark.read.format("jdbc")
                .option("url", f"jdbc:postgresql://{self.host}:5432/orders")
                .option("user", self.user)
                .option("password", self.password)
                .option("dbtable", table)
                .load())


CONFIG = {
    "orders": {"user": "reporting", "password": "C0nfig-0rders-Pw"},  # want DBX101 `connection property "password" is a literal password`
}

archive = (spark.read.format("jdbc")
           .option("url", "jdbc:postgresql://archive-pg.internal:5432/orders")
           .option("user", CONFIG["orders"]["user"])
           .option("password", CONFIG["orders"]["password"])
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


replica = ReplicaReader("orders-replica.internal", "Repl1ca-R0-Pw")  # want DBX101 `JDBC option "password" is a literal password`
replica_orders = replica.read("public.orders")
