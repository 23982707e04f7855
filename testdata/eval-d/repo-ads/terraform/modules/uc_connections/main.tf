resource "databricks_connection" "redshift" {
  name            = "ads_redshift"
  connection_type = "REDSHIFT"
  comment         = "Federated access to the ads warehouse"
  options = {
    host     = var.redshift_host
    port     = "5439"
    user     = var.redshift_user
    password = var.redshift_password
  }
}

resource "databricks_connection" "bidder_mysql" {
  name            = "ads_bidder_mysql"
  connection_type = "MYSQL"
  options = {
    host     = var.mysql_host
    port     = "3306"
    user     = var.mysql_user
    password = var.mysql_password
  }
}

output "connection_names" {
  value = [databricks_connection.redshift.name, databricks_connection.bidder_mysql.name]
}
