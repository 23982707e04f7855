jdbc_url = "jdbc:sqlserver://sales.database.windows.net:1433;database=sales;user=etl;password=Winter2024!"
df = (spark.read.format("jdbc")
      .option("url", jdbc_url)
      .option("dbtable", "dbo.orders")
      .load())
