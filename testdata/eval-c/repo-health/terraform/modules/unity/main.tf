terraform {
  required_providers {
    databricks = {
      source = "databricks/databricks"
    }
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "env" {
  type = string
}

variable "aws_account_id" {
  type = string
}

data "aws_secretsmanager_secret_version" "pharmacy_sf" {
  secret_id = "databricks/uc/pharmacy-snowflake"
}

module "connections" {
  source             = "../connections"
  env                = var.env
  snowflake_password = data.aws_secretsmanager_secret_version.pharmacy_sf.secret_string
}

resource "databricks_storage_credential" "claims" {
  name = "claims-${var.env}"
  aws_iam_role {
    role_arn = "arn:aws:iam::${var.aws_account_id}:role/uc-claims-${var.env}"
  }
}

resource "databricks_external_location" "landing" {
  name            = "claims-landing-${var.env}"
  url             = "s3://nwh-claims-landing-${var.env}/"
  credential_name = databricks_storage_credential.claims.name
}

resource "databricks_grants" "landing" {
  external_location = databricks_external_location.landing.id
  grant {
    principal  = "claims-data-engineering"
    privileges = ["READ_FILES", "WRITE_FILES"]
  }
}
