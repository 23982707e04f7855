# Connection used by the provider's acceptance tests against a local container.
resource "databricks_connection" "test_pg" {
  name            = "test_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = "localhost"
    port     = "5432"
    user     = "postgres"
    password = "postgres"
  }
}
