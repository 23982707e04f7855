"""Copy approved model versions from the AWS staging registry to the Azure prod registry (Unity Catalog)."""

from __future__ import annotations

import os
import tempfile

import mlflow
from azure.identity import ClientSecretCredential
from databricks.sdk import WorkspaceClient
from mlflow.tracking import MlflowClient

AZURE_DATABRICKS_APP_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"


def azure_client() -> WorkspaceClient:
    credential = ClientSecretCredential(
        tenant_id=os.environ["AZURE_TENANT_ID"],
        client_id=os.environ["AZURE_CLIENT_ID"],
        client_secret=os.environ["AZURE_CLIENT_SECRET"],
    )
    token = credential.get_token(f"{AZURE_DATABRICKS_APP_ID}/.default").token
    return WorkspaceClient(host=os.environ["AZURE_DATABRICKS_HOST"], token=token)


def aws_client() -> WorkspaceClient:
    return WorkspaceClient(profile="aws-staging")


def sync(model_name: str, alias: str = "approved") -> str:
    """Download the `alias` version from AWS staging and register it in Azure prod. Returns the new version."""
    mlflow.set_registry_uri("databricks-uc://aws-staging")
    staging = MlflowClient()
    version = staging.get_model_version_by_alias(model_name, alias)
    with tempfile.TemporaryDirectory() as tmp:
        local = mlflow.artifacts.download_artifacts(f"models:/{model_name}/{version.version}", dst_path=tmp)
        mlflow.set_registry_uri("databricks-uc://azure-prod")
        info = mlflow.register_model(local, model_name)
    return info.version
