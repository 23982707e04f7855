terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.60"
    }
    time = {
      source = "hashicorp/time"
    }
  }

  backend "s3" {
    bucket         = "nwh-terraform-state"
    key            = "claims-lakehouse/databricks.tfstate"
    region         = "us-east-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.aws_region
}

provider "databricks" {
  alias         = "workspace"
  host          = var.workspace_host
  client_id     = var.databricks_client_id
  client_secret = var.databricks_client_secret
}

module "unity" {
  source         = "./modules/unity"
  providers      = { databricks = databricks.workspace }
  env            = var.env
  aws_account_id = var.aws_account_id
}

module "tokens" {
  source    = "./modules/tokens"
  providers = { databricks = databricks.workspace }
  env       = var.env
}

module "workspace_config" {
  source    = "./modules/workspace_config"
  providers = { databricks = databricks.workspace }
}

resource "databricks_secret_scope" "alerts" {
  provider = databricks.workspace
  name     = "claims-alerts"
}

resource "databricks_secret" "pagerduty" {
  provider     = databricks.workspace
  scope        = databricks_secret_scope.alerts.name
  key          = "pagerduty-routing-key"
  string_value = var.pagerduty_routing_key
}
