env                   = "staging"
azure_location        = "northeurope"
azure_subscription_id = "a02fb23a-4a7b-44c6-bf1f-0f8be4f3cb7f"
azure_tenant_id       = "0912258c-6737-4f9c-8072-bbb32838adb6"
azure_client_id       = "b042075a-79db-4e5c-8920-30f4e718ed27"
aws_workspace_host    = "https://dbc-258266cd-4566.cloud.databricks.com"
aws_sp_client_id      = "e985ee07-0464-4f63-b7d9-19a1b464e0dd"
aws_sp_client_secret  = "" # export TF_VAR_aws_sp_client_secret from the Jenkins credential
