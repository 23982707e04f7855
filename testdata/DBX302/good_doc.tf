resource "databricks_secret_scope" "ingest" {
  name = "ingest"
}

resource "databricks_secret_acl" "ingest_readers" {
  scope      = databricks_secret_scope.ingest.name
  principal  = "data-engineers"
  permission = "READ"
}
