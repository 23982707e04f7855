terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.60"
    }
  }
}

provider "databricks" {
  host = var.workspace_host
}

module "uc_connections" {
  source            = "./modules/uc_connections"
  redshift_host     = "ads-dw.c3kq9ezx1v2b.us-east-1.redshift.amazonaws.com"
  redshift_user     = "uc_federation"
  redshift_password = "Rs-Fed-8nQ3vK7w"
  mysql_host        = "bidder-legacy.c3kq9ezx1v2b.us-east-1.rds.amazonaws.com"
  mysql_user        = "uc_federation"
  mysql_password    = var.mysql_password
}

resource "databricks_job" "attribution_backfill" {
  name = "attribution-backfill"

  task {
    task_key = "backfill"
    notebook_task {
      notebook_path = "/Repos/ads/attribution/notebooks/backfill"
    }
  }
}

resource "databricks_permissions" "attribution_backfill" {
  job_id = databricks_job.attribution_backfill.id

  access_control {
    group_name       = "ads-data-eng"
    permission_level = "CAN_MANAGE"
  }

  access_control {
    group_name       = "users"
    permission_level = "CAN_MANAGE"
  }
}

resource "databricks_secret_scope" "partner" {
  name = "ads-partner"
}

resource "databricks_secret_acl" "partner_read" {
  scope      = databricks_secret_scope.partner.name
  principal  = "users"
  permission = "READ"
}

resource "databricks_obo_token" "tableau" {
  application_id   = var.tableau_sp_application_id
  comment          = "Tableau extracts"
  lifetime_seconds = 3600 * 24 * 30
}

resource "databricks_custom_app_integration" "looker" {
  name          = "looker"
  redirect_urls = ["https://adsco.cloud.looker.com/external_oauth/redirect"]
  confidential  = true
  scopes        = ["sql", "offline_access"]
}

resource "databricks_custom_app_integration" "campaign_planner" {
  name          = "campaign-planner"
  redirect_urls = ["https://planner.adsco.net/oauth/callback"]
  confidential  = true
  scopes        = ["all-apis", "offline_access"]
}
