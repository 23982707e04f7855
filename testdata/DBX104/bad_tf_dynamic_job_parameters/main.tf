# One export job per partner, its parameters generated from the partner map.
resource "databricks_job" "partner_export" {
  for_each = var.partners
  name     = "partner-export-${each.key}"

  dynamic "parameter" {
    for_each = each.value.parameters
    content {
      name    = parameter.key
      default = parameter.value
    }
  }

  task {
    task_key = "export"
    notebook_task {
      notebook_path = "/Repos/etl/partners/export"
    }
  }
}
