"""Thin wrapper around databricks-sql-connector for the store-ops API.

Connection settings follow the Databricks unified-auth environment variables (DATABRICKS_SERVER_HOSTNAME,
DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET). Examples in this repo write a PAT as
``dapi<redacted>``; never paste a real one.
"""

import os
from contextlib import contextmanager

from databricks import sql
from databricks.sdk.core import Config, oauth_service_principal
from sqlalchemy import create_engine

HTTP_PATH = os.getenv("DATABRICKS_HTTP_PATH", "/sql/1.0/warehouses/972da76e88fded9a")


def _credential_provider():
    config = Config(
        host=f"https://{os.environ['DATABRICKS_SERVER_HOSTNAME']}",
        client_id=os.environ["DATABRICKS_CLIENT_ID"],
        client_secret=os.environ["DATABRICKS_CLIENT_SECRET"],
    )
    return oauth_service_principal(config)


@contextmanager
def cursor():
    with sql.connect(
        server_hostname=os.environ["DATABRICKS_SERVER_HOSTNAME"],
        http_path=HTTP_PATH,
        credentials_provider=_credential_provider,
    ) as conn, conn.cursor() as cur:
        yield cur


def engine():
    """SQLAlchemy engine for pandas.read_sql (PAT auth, used by the nightly reconciliation)."""
    token = os.environ["DATABRICKS_TOKEN"]
    host = os.environ["DATABRICKS_SERVER_HOSTNAME"]
    return create_engine(
        f"databricks://token:{token}@{host}?http_path={HTTP_PATH}&catalog=retail_prod&schema=gold"
    )


def local_engine():
    """SQLite engine for unit tests (no credentials)."""
    return create_engine("sqlite:///:memory:")
