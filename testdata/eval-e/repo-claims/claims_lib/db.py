"""Database connections used by the claims jobs."""
from dataclasses import dataclass, field

import pymysql
import psycopg2
from sqlalchemy import create_engine


@dataclass
class WarehouseConfig:
    host: str = "claims-dw.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com"
    port: int = 5432
    user: str = "dw_loader"
    password: str = "csRoeP-AsAbk2XE"
    sslmode: str = "require"


@dataclass
class SandboxConfig:
    host: str = "localhost"
    user: str = "sandbox"
    password: str = "<set-in-env>"


def connect_warehouse(cfg: WarehouseConfig = None):
    cfg = cfg or WarehouseConfig()
    return psycopg2.connect(host=cfg.host, port=cfg.port, user=cfg.user,
                            password=cfg.password, sslmode=cfg.sslmode)


def broker_connection(host, user, password, database="broker"):
    return pymysql.connect(host=host, user=user, password=password, database=database)


def legacy_broker():
    return broker_connection("broker-legacy.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com", "portal", "changeme")


def broker_from_env(env):
    return broker_connection(env["BROKER_HOST"], env["BROKER_USER"], env["BROKER_PASSWORD"])


def _pg(**kwargs):
    return psycopg2.connect(**kwargs)


def reserves_db():
    return _pg(host="reserves.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com", dbname="reserves",
               user="actuary", password="bUxd-Y6359WYYCG")


def reporting_engine():
    return create_engine(
        "postgresql+psycopg2://bi_reader:E6EOqwtB-6Vgxgb@claims-dw.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com/dw"
    )


def test_engine():
    return create_engine("postgresql+psycopg2://postgres:${PGPASSWORD}@db:5432/test")
