locals {
  pipeline_owners = ["data-engineers", "users"] # want DBX302 `secret ACL gives MANAGE to "users"`
  landing_admins  = ["platform-admins", "users"] # want DBX302 `secret ACL gives MANAGE to "users"`
  shared_scopes = [
    { scope = "shared-ingest", owner = "data-engineers" },
    { scope = "shared-reporting", owner = "users" } # want DBX302 `secret ACL gives MANAGE to "users"`
  ]
}
