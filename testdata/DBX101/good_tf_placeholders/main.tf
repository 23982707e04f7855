# Example module from the platform team's template repository. Consumers
# pass the password in; the defaults are placeholders that fail on purpose.
resource "databricks_connection" "example" {
  name            = var.connection_name
  connection_type = "POSTGRESQL"
  options = {
    host     = var.host
    port     = "5432"
    user     = var.user
    password = var.password
  }
}

resource "databricks_connection" "documented" {
  name            = "documented_example"
  connection_type = "SQLSERVER"
  options = {
    host     = "<server>.database.windows.net"
    port     = "1433"
    user     = "<user>"
    password = "<password>"
  }
}

resource "databricks_job" "export" {
  name = "template-export"
  task {
    task_key = "export"
    notebook_task {
      notebook_path = "/Repos/templates/export"
      base_parameters = {
        jdbc_url = "jdbc:sqlserver://${var.host}:1433;database=db;user=${var.user};password=${var.password}"
        template = "jdbc:postgresql://host:5432/db?user=<user>&password=<password>"
      }
    }
    existing_cluster_id = var.cluster_id
  }
}
