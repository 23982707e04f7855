-- Databricks notebook source
-- Local development: a federation to the Postgres container of docker compose.
CREATE CONNECTION dev_pg TYPE postgresql
OPTIONS (
  host 'localhost',
  port '5432',
  user 'postgres',
  password 'postgres'
);
