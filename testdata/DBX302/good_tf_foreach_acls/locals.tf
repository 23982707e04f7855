locals {
  pipeline_owners = ["data-engineers", "ingestion-service"]
  landing_admins  = ["platform-admins", "landing-operators"]
}
