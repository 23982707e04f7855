# Databricks notebook source
# Template notebook: copy it and fill in the connection from your secret scope.

# COMMAND ----------

TEMPLATE_URL = "jdbc:sqlserver://<server>.database.windows.net:1433;database=<db>;user=<user>;password=<password>"
EXAMPLE_URL = "jdbc:postgresql://host:5432/db?user=${DB_USER}&password=${DB_PASSWORD}"
MASKED_URL = "jdbc:mysql://reader:****@mysql.internal:3306/shop"

options = {
    "url": "jdbc:sqlserver://sales.database.windows.net:1433;database=sales",
    "user": "etl_reader",
    "password": "",
}

# COMMAND ----------

# The password hash below is the column name of a table, not a credential.
users = spark.read.format("jdbc").option("url", options["url"]).option("dbtable", "dbo.users").load()
hashed = users.select("user_id", "password_hash")

# COMMAND ----------

# MAGIC %md
# MAGIC Example: `spark.read.jdbc("jdbc:postgresql://h/db?password=hunter2", "t")` is what the linter catches.
