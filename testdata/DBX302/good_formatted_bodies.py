# Databricks notebook source
import requests

HOST = "https://adb-4412086311258741.1.azuredatabricks.net"
HEADERS = {"Authorization": "Bearer " + dbutils.secrets.get("ops", "admin-pat"), "Content-Type": "application/json"}

CREATE_SCOPE = '''{
  "scope": "%s",
  "initial_manage_principal": "%s"
}'''


def create_scope(name, principal):
    return requests.post(HOST + "/api/2.0/secrets/scopes/create", headers=HEADERS, data=CREATE_SCOPE % (name, principal))


create_scope("marketing", "marketing-admins")

# COMMAND ----------

body = '{"scope": "%(scope)s"}' % {"scope": "finance"}
requests.post(HOST + "/api/2.0/secrets/scopes/create", headers=HEADERS, data=body)

acl = '{{"scope": "{0}", "principal": "{1}", "permission": "READ"}}'.format("finance", "users")
requests.post(HOST + "/api/2.0/secrets/acls/put", headers=HEADERS, data=acl)
