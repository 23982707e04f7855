# Databricks notebook source
# MAGIC %md
# MAGIC Connection: `.option("password", "NotCode1")` in prose.

# COMMAND ----------

# DBTITLE 1,Settings
pw = "CellTwoPw1"

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE TABLE t USING JDBC
# MAGIC OPTIONS (url 'jdbc:sqlserver://h', password 'SqlPw22')

# COMMAND ----------

# MAGIC %sh curl -d "password=ShPw333" https://example.com/login

# COMMAND ----------

df = spark.read.format("jdbc").option("password", pw).load()

# COMMAND ----------

# MAGIC %scala
# MAGIC val scalaPw = "ScalaPw4444"
# MAGIC // a comment "NotCode2"

# COMMAND ----------

# MAGIC %run ./helpers
