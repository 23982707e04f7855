# Federation to the billing MySQL on RDS. The password comes from the
# environment's var-file; the committed staging file only says what to do.
variable "mysql_password" {
  type      = string
  sensitive = true
}

resource "databricks_connection" "billing_mysql" {
  name            = "billing_mysql"
  connection_type = "MYSQL"
  options = {
    host     = "billing-legacy.c3kq9ezx1v2b.us-east-1.rds.amazonaws.com"
    port     = "3306"
    user     = "databricks_reader"
    password = var.mysql_password
  }
}
