location                            = "westeurope"
dev_cluster_autotermination_minutes = 20
