jdbc_url = "jdbc:sqlserver://sales.database.windows.net:1433;database=sales"
df = (spark.read.format("jdbc")
      .option("url", jdbc_url)
      .option("dbtable", "dbo.orders")
      .option("user", dbutils.secrets.get(scope="sales-db", key="user"))
      .option("password", dbutils.secrets.get(scope="sales-db", key="password"))
      .load())
