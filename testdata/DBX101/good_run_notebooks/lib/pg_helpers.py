# Databricks notebook source
# MAGIC %run ./pg_conf

# COMMAND ----------

def pg_url(database):
    return f"jdbc:postgresql://{PG_HOST}:5432/{database}?sslmode=require"
