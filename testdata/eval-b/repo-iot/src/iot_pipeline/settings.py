"""Runtime settings for the IoT pipeline.

Values come from the environment (``DATABRICKS_*``, ``MQTT_*``, ``TSDB_*``) or a local ``.env``;
on job clusters they are injected through ``spark_env_vars`` with ``{{secrets/<scope>/<key>}}``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class DatabricksSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DATABRICKS_", env_file=".env", extra="ignore")

    host: str = "https://dbc-7f3a91c2-5e08.cloud.databricks.com"
    token: Optional[SecretStr] = None
    client_id: Optional[str] = None
    client_secret: Optional[SecretStr] = None
    # BI extracts only need SQL; see auth.sql_token()
    oauth_scopes: list[str] = Field(default_factory=lambda: ["sql"])


class MqttSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MQTT_", env_file=".env", extra="ignore")

    broker: str = "ssl://mqtt.iot-fleet.acme-devices.io:8883"
    user: str = "telemetry-ingest"
    password: SecretStr = SecretStr("")
    topic: str = "fleet/+/telemetry"
    qos: int = 1


@dataclass(frozen=True)
class TimescaleConfig:
    host: str = "tsdb.iot.internal"
    port: int = 5432
    database: str = "telemetry"
    user: str = "ingest"
    password_env: str = "TSDB_PASSWORD"  # name of the env var holding the password

    def jdbc_url(self) -> str:
        return f"jdbc:postgresql://{self.host}:{self.port}/{self.database}?sslmode=require"

    def jdbc_options(self) -> dict[str, str]:
        return {
            "url": self.jdbc_url(),
            "user": self.user,
            "password": os.environ[self.password_env],
            "driver": "org.postgresql.Driver",
        }


# Service principal used by local runs / the notebook fallback (prod uses the job's run_as SP).
SP_CLIENT_ID = os.getenv("DATABRICKS_CLIENT_ID", "0d3b5c7e-41a2-4f8e-9b6d-2c1e8a7f5d34")
SP_CLIENT_SECRET = os.getenv("DATABRICKS_CLIENT_SECRET", "doseTOjxaNksApayeb66Mb91pk4jfnRrXpM9")
