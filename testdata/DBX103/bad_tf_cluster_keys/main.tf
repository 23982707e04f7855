# Two ingest clusters, each given the account keys of the accounts it reads.
resource "databricks_cluster" "landing" {
  cluster_name  = "landing"
  spark_version = "15.4.x-scala2.12"
  node_type_id  = "Standard_DS3_v2"
  num_workers   = 1
  spark_conf = {
    "fs.azure.account.key.landingweu.dfs.core.windows.net" = "IiJ/Wdbl2Qq2EPP6RtIrHHN4Ruw21GlhoIV+rFC31tf7n3NSE9QIR9+bCq21R5JaT6bKkASkImd0MAbE1EQ8xw==" # want DBX103 `Azure storage account key .*; the same map holds 1 more \(line 9\): one fix for all$`
    "fs.azure.account.key.landingneu.dfs.core.windows.net" = "LO24+hEgOnqPp9qdnRJHNurqNL8EEURpcj8PCy1IXoeS+SEXXCPkc/tUqLuwhZXyI5cI7AR56VuzT/YIBZmiEw=="
  }
}

resource "databricks_cluster" "curated" {
  cluster_name  = "curated"
  spark_version = "15.4.x-scala2.12"
  node_type_id  = "Standard_DS3_v2"
  num_workers   = 1
  spark_conf = {
    "fs.azure.account.key.curatedweu.dfs.core.windows.net" = "exG7T1Ei/xITc4tevAvm77y8tCHL9upXWhWveeYT39tq8coH3X+SA5+pYWGVA5sSFBejHf5B4Wq6VGPvvLGUdQ==" # want DBX103 `Azure storage account key written into Spark conf "fs\.azure\.account\.key\.curatedweu\.dfs\.core\.windows\.net" \("exG7…dQ=="\); rotate the account key, then pass it in from a secret store .*\)$`
  }
}
