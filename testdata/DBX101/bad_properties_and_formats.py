# Databricks notebook source
# Nightly extract from three source systems.

# COMMAND ----------

connection_properties = {
    "user": "extract_svc",
    "password": "Xtr@ct-Svc-77",  # want DBX101 `connection property "password" is a literal password`
    "driver": "com.microsoft.sqlserver.jdbc.SQLServerDriver",
}
inventory = spark.read.jdbc(
    url="jdbc:sqlserver://inv.database.windows.net:1433;database=inventory",
    table="dbo.stock",
    properties=connection_properties,
)

# COMMAND ----------

mysql_url = "jdbc:mysql://shop_ro:Sh0pReadOnly@mysql-shop.internal:3306/shop"  # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
products = spark.read.format("jdbc").options(url=mysql_url, dbtable="products").load()

# COMMAND ----------

oracle_url = "jdbc:oracle:thin:finance/F1nance#Ledger@ora-fin.internal:1521/FINPDB"  # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
ledger = spark.read.format("jdbc").option("url", oracle_url).option("dbtable", "GL.JOURNAL").load()

# COMMAND ----------

sf_options = dict(
    sfUrl="acme.west-europe.azure.snowflakecomputing.com",
    sfUser="LOADER",
    sfPassword="Sn0wflake!Load",  # want DBX101 `connection property "sfPassword" is a literal password`
    sfDatabase="RAW",
)
events = spark.read.format("snowflake").options(**sf_options).option("dbtable", "EVENTS").load()

# COMMAND ----------

warehouse_pw = "DwP@ss-{}".format("2024")  # want DBX101 `JDBC option "password" is a literal password \(through "warehouse_pw"\)`
dw = (spark.read.format("jdbc")
      .option("url", "jdbc:databricks://adb-1234567890123456.7.azuredatabricks.net:443/default;transportMode=http;ssl=1;AuthMech=3;UID=token")
      .option("password", warehouse_pw)
      .load())
