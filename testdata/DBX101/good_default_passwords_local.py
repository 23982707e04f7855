# Databricks notebook source
# DBTITLE 1,Integration tests against throw-away databases
# Each test starts its own database container; the default passwords never leave the build agent.

# COMMAND ----------

local = (spark.read.format("jdbc")
         .option("url", "jdbc:postgresql://localhost:5432/test")
         .option("user", "postgres")
         .option("password", "postgres")
         .option("dbtable", "public.fixtures")
         .load())

loopback = spark.read.jdbc("jdbc:mysql://root:root@127.0.0.1:3306/test", "fixtures")
container = spark.read.jdbc("jdbc:tc:postgresql:15:///orders?user=test&password=test", "orders")
compose = spark.read.jdbc("jdbc:sqlserver://db:1433;database=test;user=sa;password=Passw0rd", "dbo.orders")

# COMMAND ----------

test_props = {"user": "postgres", "password": "changeme", "driver": "org.postgresql.Driver"}
fixtures = spark.read.jdbc("jdbc:postgresql://localhost:5432/test", "public.fixtures", properties=test_props)

# A default password with no host at all is a template value, not a connection.
defaults = {"user": "admin", "password": "admin"}

# COMMAND ----------

import pyodbc

local_sql = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=localhost,1433;Database=test;Uid=sa;Pwd=Passw0rd;TrustServerCertificate=yes")
