workspace_url    = "https://adb-1234567890123456.7.azuredatabricks.net"
crm_sql_password = "Crm-Sql-Fed-Tfvars" # want DBX101 `"password" is a literal password \(through "var\.crm_sql_password"\) \("[^"…]{0,4}…[^"…]{0,4}"\)`
