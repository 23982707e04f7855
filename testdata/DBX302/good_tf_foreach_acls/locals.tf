locals {
  pipeline_owners = ["data-engineers", "ingestion-service"]
  landing_admins  = ["platform-admins", "landing-operators"]
  shared_scopes = [
    { scope = "shared-ingest", owner = "data-engineers" },
    { scope = "shared-reporting", owner = "reporting-admins" }
  ]
}
