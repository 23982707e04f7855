# One secret scope per team, each with its own ACLs.
resource "databricks_secret_scope" "team" {
  for_each = var.teams
  name     = "${each.key}-secrets"
}

# Managers of each team's scope.
resource "databricks_secret_acl" "team_managers" {
  for_each   = var.teams
  scope      = databricks_secret_scope.team[each.key].name
  principal  = each.value.manager
  permission = "MANAGE"
}

# Groups that own the pipelines scope.
resource "databricks_secret_acl" "pipeline_owners" {
  for_each   = toset(local.pipeline_owners)
  scope      = "pipelines"
  principal  = each.value
  permission = "MANAGE"
}

resource "databricks_secret_acl" "landing_admins" {
  count      = length(local.landing_admins)
  scope      = "landing"
  principal  = local.landing_admins[count.index]
  permission = "MANAGE"
}

resource "databricks_secret_acl" "audit_readers" {
  for_each   = toset(["auditors", "security-team"])
  scope      = "audit"
  principal  = each.key
  permission = "READ"
}

# Shared scopes, listed with their owning group.
resource "databricks_secret_acl" "shared_owners" {
  for_each   = { for s in local.shared_scopes : s.scope => s }
  scope      = each.key
  principal  = each.value.owner
  permission = "MANAGE"
}
