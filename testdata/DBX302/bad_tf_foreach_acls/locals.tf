locals {
  pipeline_owners = ["data-engineers", "users"] # want DBX302 `secret ACL gives MANAGE to "users"`
  landing_admins  = ["platform-admins", "users"] # want DBX302 `secret ACL gives MANAGE to "users"`
}
