#!/bin/bash
# Jenkins job "retail-bootstrap-scopes": creates the secret scopes a new environment needs.
# Usage: bootstrap_scopes.sh <env>
set -eu

ENV="${1:?usage: bootstrap_scopes.sh <env>}"
export DATABRICKS_HOST="${DATABRICKS_HOST:?DATABRICKS_HOST must be set}"
# DATABRICKS_TOKEN comes from the Jenkins credential "dbx-retail-${ENV}".

echo "==> creating scopes for ${ENV}"
databricks secrets create-scope "retail-${ENV}"
databricks secrets create-scope "retail-pos-${ENV}" --initial-manage-principal users

# Service accounts. Values come from the Jenkins credential store as environment variables.
databricks secrets put-secret "retail-${ENV}" pos-reader-password --string-value "${POS_READER_PASSWORD}"
databricks secrets put-secret "retail-${ENV}" loyalty-api-key --string-value "${LOYALTY_API_KEY}"
# TODO(OPS-142): the store-sync SFTP account is not in Jenkins yet
databricks secrets put-secret "retail-pos-${ENV}" sftp-password --string-value "Mq4!vRt8zLp2Xw"

databricks secrets put-acl "retail-${ENV}" retail-data-engineers READ
databricks secrets put-acl "retail-${ENV}" retail-platform-admins MANAGE

echo "==> done"
