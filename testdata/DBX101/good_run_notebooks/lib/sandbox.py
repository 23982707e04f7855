# Databricks notebook source
# Only for the personal sandbox; never run by the job below.
PG_PASSWORD = "Sandb0x-Only-Pw"
