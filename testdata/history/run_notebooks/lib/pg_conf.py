# Databricks notebook source
# DBTITLE 1,Shared Postgres settings
PG_HOST = "sales-pg.postgres.database.azure.com"
PG_USER = "sales_loader"
PG_PASSWORD = "Sa1es-L0ader-2025"  # want DBX101 `JDBC option "password" is a literal password \(through "PG_PASSWORD"\)`

def pg_url(database):
    return f"jdbc:postgresql://{PG_HOST}:5432/{database}?sslmode=require"
