workspace_host            = "https://dbc-2b8e6d14-9a7c.cloud.databricks.com"
tableau_sp_application_id = "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098"
mysql_password            = "CHANGE_ME"
