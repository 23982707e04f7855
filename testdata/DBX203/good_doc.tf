resource "time_rotating" "deploy" {
  rotation_days = 30
}

resource "databricks_token" "deploy" {
  comment          = "CI deployments (rotated ${time_rotating.deploy.id})"
  lifetime_seconds = 60 * 24 * 60 * 60
}
