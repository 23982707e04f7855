"""Connections to the finance databases used by the wheel tasks."""
import os
from dataclasses import dataclass

import psycopg2
import pyodbc

DRIVER = "{ODBC Driver 18 for SQL Server}"


def sqlserver_conn(server, database, user, password, timeout=30):
    return pyodbc.connect(
        f"DRIVER={DRIVER};SERVER={server};DATABASE={database};UID={user};PWD={password};Encrypt=yes",
        timeout=timeout,
    )


def treasury_conn(password=os.environ.get("TREASURY_DB_PASSWORD")):
    return psycopg2.connect(host="nw-treasury.postgres.database.azure.com", dbname="treasury",
                            user="treasury_ro", password=password, sslmode="require")


def budget_conn(host="nw-budget.postgres.database.azure.com", password="TVR2U2#Mhd2A5Z"):
    return psycopg2.connect(host=host, dbname="budget", user="budget_app", password=password, sslmode="require")


@dataclass
class ConsolidationSettings:
    server: str = "nw-consol.database.windows.net"
    database: str = "consolidation"
    user: str = "consol_etl"
    password: str = "fwDvus!MCrSTQK"


class LedgerRepository:
    def __init__(self, server, user, password):
        self.server = server
        self.user = user
        self.password = password

    def connect(self):
        return sqlserver_conn(self.server, "ledger", self.user, self.password)


def consolidation_conn(settings: ConsolidationSettings = ConsolidationSettings()):
    return sqlserver_conn(settings.server, settings.database, settings.user, settings.password)


def fx_rates_conn():
    return sqlserver_conn("nw-fx.database.windows.net", "fx", "fx_loader", "HHA7aB!a0bOZVn")


def legacy_close_repo():
    # FIN-1874: the old close tool still logs in with its shipped default password.
    return LedgerRepository("nw-close-legacy.database.windows.net", "sa", "changeme").connect()


def archive_repo():
    return LedgerRepository("nw-archive.database.windows.net", "archive_ro", os.environ["ARCHIVE_DB_PASSWORD"])


def local_test_repo():
    # Used by tests/integration against the docker-compose SQL Server container.
    return LedgerRepository("localhost", "sa", os.getenv("MSSQL_SA_PASSWORD", ""))
