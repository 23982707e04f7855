terraform {
  required_providers {
    databricks = {
      source = "databricks/databricks"
    }
  }
}

variable "endpoint_name" {
  type = string
}

variable "model_name" {
  type = string
}

resource "databricks_model_serving" "this" {
  name = var.endpoint_name

  config {
    served_entities {
      entity_name           = var.model_name
      entity_version        = "1"
      workload_size         = "Small"
      scale_to_zero_enabled = true
    }
  }
}

resource "databricks_permissions" "endpoint" {
  serving_endpoint_id = databricks_model_serving.this.serving_endpoint_id

  access_control {
    group_name       = "mlops-engineers"
    permission_level = "CAN_MANAGE"
  }

  access_control {
    group_name       = "users"
    permission_level = "CAN_QUERY"
  }
}

resource "databricks_cluster_policy" "gpu_training" {
  name = "mlops-gpu-training-${var.endpoint_name}"
  definition = jsonencode({
    "spark_version" : { "type" : "regex", "pattern" : ".*-gpu-ml-.*" },
    "autotermination_minutes" : { "type" : "range", "maxValue" : 120, "defaultValue" : 60 }
  })
}

resource "databricks_permissions" "gpu_training" {
  cluster_policy_id = databricks_cluster_policy.gpu_training.id

  access_control {
    group_name       = "users"
    permission_level = "CAN_USE"
  }
}

# Everyone can organise experiments under /Shared/mlops/experiments.
resource "databricks_permissions" "experiments_folder" {
  directory_path = "/Shared/mlops/experiments/${var.endpoint_name}"

  access_control {
    group_name       = "users"
    permission_level = "CAN_MANAGE"
  }
}
