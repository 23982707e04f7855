# Databricks notebook source
# DBTITLE 1,Connection settings
PG_HOST = "analytics-pg.postgres.database.azure.com"
PG_USER = "reporting"
PG_PASSWORD = "pg-Rep0rting-2023"  # want DBX101 `JDBC option "password" is a literal password \(through "PG_PASSWORD"\)`

# COMMAND ----------

# MAGIC %md
# MAGIC Read the daily snapshot.

# COMMAND ----------

url = f"jdbc:postgresql://{PG_HOST}:5432/analytics?sslmode=require"
snapshot = (spark.read.format("jdbc")
            .option("url", url)
            .option("user", PG_USER)
            .option("password", PG_PASSWORD)
            .option("dbtable", "public.daily_snapshot")
            .load())

# COMMAND ----------

legacy_pw = "l3gacy" + "-Pass"  # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
legacy_url = "jdbc:postgresql://legacy-pg:5432/dw?user=loader&password=" + legacy_pw
legacy = spark.read.jdbc(legacy_url, "public.facts")
