"""Databricks Connect session helper for local development.

Prefer a profile from ``.databrickscfg``: ``DatabricksSession.builder.profile("aws-dev").getOrCreate()``.
"""

from __future__ import annotations

import os

from databricks.connect import DatabricksSession
from databricks.sdk.core import Config


def session(profile: str | None = None):
    if profile:
        return DatabricksSession.builder.profile(profile).getOrCreate()
    if os.getenv("DATABRICKS_TOKEN"):
        cfg = Config(
            host=os.environ["DATABRICKS_HOST"],
            token=os.environ["DATABRICKS_TOKEN"],
            cluster_id=os.environ["DATABRICKS_CLUSTER_ID"],
        )
        return DatabricksSession.builder.sdkConfig(cfg).getOrCreate()
    # Shared GPU dev cluster (ml-dev-gpu) for the notebook-free workflow.
    return DatabricksSession.builder.remote(
        host="https://dbc-258266cd-4566.cloud.databricks.com",
        token="dapi9acbfba12807abad17a8cd45865efa72",
        cluster_id="0612-091544-8aabb6cf",
    ).getOrCreate()


def serverless_session():
    return DatabricksSession.builder.serverless(True).profile("aws-dev").getOrCreate()
