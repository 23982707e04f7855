# Cluster for the partner drop; the SAS tokens came with the onboarding e-mail.
locals {
  partner_sas = {
    orders  = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=vaHwjTKv82Phe5oUawwaGwmD9kE9vbRkQWvS55h9S4U%3D" # want DBX103 `Azure SAS token .*; the same map holds 1 more \(line 5\): one fix for all$`
    returns = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=c92P2%2BzHd3OC2pYwL82DeaGdyy8Yck0kF4nP47GiCpg%3D"
  }
}

resource "databricks_cluster" "partner_drop" {
  cluster_name            = "partner-drop"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_DS3_v2"
  num_workers             = 1
  autotermination_minutes = 30
  spark_conf = {
    for container, sas in local.partner_sas :
    "fs.azure.sas.${container}.partnerdropweu.blob.core.windows.net" => sas
  }
}
