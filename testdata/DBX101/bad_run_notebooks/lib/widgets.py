# Databricks notebook source
dbutils.widgets.text("run_date", "")
dbutils.widgets.text("crm_password", "Crm-Sync-P4ss")  # want DBX101 `JDBC option "password" is a literal password`
