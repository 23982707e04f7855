"""Connection settings shared by the IoT jobs (imported from the wheel)."""
import os

import psycopg2
from azure.storage.blob import BlobServiceClient

CONFIG = {
    "db": {
        "host": "contoso-iot-pg.postgres.database.azure.com",
        "user": "iot_writer",
        "password": "Pg-Iot-7fK2mQ9xVb",
    },
    "mqtt": {
        "broker": "mqtts://contoso-iot-mqtt.westeurope.cloudapp.azure.com:8883",
        "username": "ingest",
        "password": os.environ.get("MQTT_PASSWORD"),
    },
    "archive": {
        "account_url": "https://contosoiotarchive.blob.core.windows.net",
        "account_key": "Wb9F8HWKVglWTbMHOMbuGP1KKYZidgeV432mYstO57dCFkknP7CrhjBRaxhfSbhA3SuAubvf6MTq3ZDqH0P6cA==",
    },
    "sample": {
        "password": "example-password",
    },
}


def warehouse_conn():
    db = CONFIG["db"]
    return psycopg2.connect(host=db["host"], user=db["user"], password=CONFIG["db"]["password"],
                            dbname="telemetry", sslmode="require")


def archive_client():
    arc = CONFIG["archive"]
    return BlobServiceClient(account_url=arc["account_url"], credential=arc["account_key"])


def _pg(**kwargs):
    return psycopg2.connect(sslmode="require", connect_timeout=10, **kwargs)


def alarms_conn():
    return _pg(host="contoso-alarms.postgres.database.azure.com", dbname="alarms", user="alarms_rw",
               password="Al4rm-Rw-9vX2pQ")


def shift_conn():
    return _pg(host="contoso-shifts.postgres.database.azure.com", dbname="shifts", user="shift_ro",
               password=os.environ["SHIFT_DB_PASSWORD"])
