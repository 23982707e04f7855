# Staging: set the real password with -var mysql_password=... in the pipeline.
mysql_password = "CHANGE_ME"
