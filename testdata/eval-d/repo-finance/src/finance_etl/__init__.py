"""Northwind finance ETL helpers packaged as the finance_etl wheel."""
