audit_db_password = "Aud1t-Auto-Tfvars" # want DBX101 `"password" is a literal password \(through "var\.audit_db_password"\)`
