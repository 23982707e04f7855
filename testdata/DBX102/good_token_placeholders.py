# Databricks notebook source
# DBTITLE 1,SDK setup (template)
# Paste your own personal access token into the profile, never here.
from databricks.sdk import WorkspaceClient

w = WorkspaceClient(host="https://adb-4829136605271943.3.azuredatabricks.net", token="dapi<paste-your-token>")
w2 = WorkspaceClient(host="https://adb-4829136605271943.3.azuredatabricks.net", token="dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
w3 = WorkspaceClient(host="https://adb-4829136605271943.3.azuredatabricks.net", token="dapi_YOUR_TOKEN")
w4 = WorkspaceClient(host="https://adb-4829136605271943.3.azuredatabricks.net", token="dapi...")
