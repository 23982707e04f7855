"""Tests for settings/URL helpers. Fixtures use obviously fake, non-secret values."""
import os
from unittest import mock

import pytest

from iot_pipeline.settings import MqttSettings, TimescaleConfig


def test_jdbc_url_has_no_credentials():
    url = TimescaleConfig(host="localhost", port=55432, database="test").jdbc_url()
    assert url == "jdbc:postgresql://localhost:55432/test?sslmode=require"
    assert "password" not in url


def test_jdbc_options_reads_password_from_env():
    with mock.patch.dict(os.environ, {"TSDB_PASSWORD": "<password>"}):
        opts = TimescaleConfig(host="localhost").jdbc_options()
    assert opts["password"] == "<password>"
    assert opts["user"] == "ingest"


def test_mqtt_password_defaults_to_empty():
    with mock.patch.dict(os.environ, {}, clear=True):
        assert MqttSettings().password.get_secret_value() == ""


@pytest.mark.parametrize("secret", ["", "****", "REDACTED"])
def test_placeholder_values_are_not_logged(secret, caplog):
    with mock.patch.dict(os.environ, {"MQTT_PASSWORD": secret}):
        MqttSettings()
    assert secret not in caplog.text or secret == ""
