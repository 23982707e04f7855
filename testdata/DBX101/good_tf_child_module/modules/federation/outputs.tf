output "connection_ids" {
  value = { for k, c in databricks_connection.this : k => c.id }
}

output "ledger_url" {
  value = "jdbc:postgresql://ledger-pg.postgres.database.azure.com:5432/ledger?user=federation&password=${var.connections["ledger"].password}"
}
