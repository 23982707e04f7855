provider "databricks" {
  alias         = "aws"
  host          = var.aws_workspace_host
  client_id     = var.aws_sp_client_id
  client_secret = var.aws_sp_client_secret
}

module "serving_aws" {
  source        = "./modules/serving"
  providers     = { databricks = databricks.aws }
  endpoint_name = "churn-scoring-staging"
  model_name    = "mlops_staging.churn.churn_classifier"
}
