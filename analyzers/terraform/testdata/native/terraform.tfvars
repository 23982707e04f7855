# overrides for the prod workspace
sql_password = "Spring2025!"
