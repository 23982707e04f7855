workspace_host            = "https://dbc-7f3a9c21-5e4b.cloud.databricks.com"
tableau_sp_application_id = "c1f2e3d4-5b6a-4978-8c9d-0e1f2a3b4c5d"
mysql_password            = "My-Fed-2pX7kW4q"
