jdbc_url = "jdbc:sqlserver://sales.database.windows.net:1433;database=sales;user=etl;password=Spr1ng-Sales-24"
df = (spark.read.format("jdbc")
      .option("url", jdbc_url)
      .option("dbtable", "dbo.orders")
      .load())
