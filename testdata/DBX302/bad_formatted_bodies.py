# Databricks notebook source
# MAGIC %md
# MAGIC Creates the team scopes through the REST API (the SDK was not on the cluster image yet).

# COMMAND ----------

import requests

HOST = "https://adb-4412086311258741.1.azuredatabricks.net"
HEADERS = {"Authorization": "Bearer " + dbutils.secrets.get("ops", "admin-pat"), "Content-Type": "application/json"}

CREATE_SCOPE = '''{
  "scope": "%s",
  "initial_manage_principal": "%s"
}'''


def create_scope(name, principal):
    return requests.post(HOST + "/api/2.0/secrets/scopes/create", headers=HEADERS, data=CREATE_SCOPE % (name, principal))


create_scope("marketing", "users")  # want DBX302 `initial_manage_principal "users"`

# COMMAND ----------

body = '{"scope": "%(scope)s", "initial_manage_principal": "users"}' % {"scope": "finance"}  # want DBX302 `initial_manage_principal "users"`
requests.post(HOST + "/api/2.0/secrets/scopes/create", headers=HEADERS, data=body)

acl = '{{"scope": "{0}", "principal": "{1}", "permission": "MANAGE"}}'.format("finance", "users")  # want DBX302 `secret ACL gives MANAGE to "users"`
requests.post(HOST + "/api/2.0/secrets/acls/put", headers=HEADERS, data=acl)
