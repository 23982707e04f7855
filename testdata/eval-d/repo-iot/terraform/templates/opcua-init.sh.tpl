#!/bin/bash
# Cluster init script rendered by Terraform (templatefile).
cat >/databricks/driver/conf/opcua.properties <<PROPS
historian.host=${historian_host}
historian.user=${historian_user}
historian.password=${historian_password}
broker.password=${broker_password}
PROPS
