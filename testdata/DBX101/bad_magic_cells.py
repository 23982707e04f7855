# Databricks notebook source
# MAGIC %md
# MAGIC # Mixed-language ingest
# MAGIC Example from the wiki (do not copy): `password 'Wiki-Example-1'` or
# MAGIC `jdbc:sqlserver://host;user=etl;password=Wiki-Example-2`.
# MAGIC ```
# MAGIC .option("password", "Wiki-Example-3")
# MAGIC ```

# COMMAND ----------

# MAGIC %scala
# MAGIC val hrUrl = "jdbc:postgresql://hr-pg.internal:5432/hr"
# MAGIC val employees = spark.read
# MAGIC   .format("jdbc")
# MAGIC   .option("url", hrUrl)
# MAGIC   .option("user", "hr_reader")
# MAGIC   .option("password", "Hr-Read3r-2024") // want DBX101 `JDBC option "password" is a literal password`
# MAGIC   .option("dbtable", "public.employees")
# MAGIC   .load()
# MAGIC employees.createOrReplaceTempView("employees")

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE TABLE IF NOT EXISTS hr_bronze.departments
# MAGIC USING JDBC
# MAGIC OPTIONS (
# MAGIC   url 'jdbc:postgresql://hr-pg.internal:5432/hr',
# MAGIC   dbtable 'public.departments',
# MAGIC   user 'hr_reader',
# MAGIC   password 'Hr-Read3r-2024' -- want DBX101 `connection option "password" is a literal password`
# MAGIC )

# COMMAND ----------

# MAGIC %sql CREATE CONNECTION IF NOT EXISTS hr_pg TYPE postgresql OPTIONS (host 'hr-pg.internal', port '5432', user 'hr_fed', password 'Hr-Fed-2024') -- want DBX101 `connection option "password" is a literal password`

# COMMAND ----------

# MAGIC %sh
# MAGIC export PGPASSWORD=unused
# MAGIC java -cp /dbfs/FileStore/jars/hr-export.jar com.acme.HrExport \
# MAGIC   --out /dbfs/tmp/hr_export.csv \
# MAGIC   --url "jdbc:sqlserver://hr-sql.database.windows.net:1433;database=hr;user=hr_export;password=Hr-Exp0rt!" # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
# MAGIC psql "postgresql://hr_export@hr-pg.internal:5432/hr" -c "\\copy public.employees TO '/dbfs/tmp/employees.csv' CSV HEADER"

# COMMAND ----------

# MAGIC %r
# MAGIC library(SparkR)
# MAGIC payroll <- read.jdbc("jdbc:postgresql://payroll-pg:5432/payroll", "public.runs", user = "payroll", password = "Payr0ll-R-Cell") # want DBX101 `literal password`

# COMMAND ----------

display(spark.table("employees").join(spark.table("hr_bronze.departments"), "dept_id"))
