"""Pipeline settings. Secrets come from the claims-prod scope at run time."""
import os

CONFIG = {
    "env": "prod",
    "db": {
        "host": "claims-dw.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com",
        "user": "dw_loader",
        "password": os.environ.get("DW_PASSWORD", ""),
    },
    "fraud_api": {
        "url": "https://fraud-scoring.internal.example-insurer.com/v2/score",
        "api_token": "nxauso0n9Gvtg633bGZSLgjwmELPXc1j",
    },
    "mysql_replica": {
        "host": "broker-replica.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com",
        "user": "replica_ro",
        "password": "3SHrxMDz-aBzvS2",
    },
}


def replica():
    import pymysql
    c = CONFIG["mysql_replica"]
    return pymysql.connect(host=c["host"], user=c["user"], password=c["password"])


def score_headers():
    return {"Authorization": f"Bearer {CONFIG['fraud_api']['api_token']}"}
