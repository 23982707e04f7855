"""Finance warehouse access for the month-end jobs (secrets from the workspace scope)."""
import os
from dataclasses import dataclass, field

import pyodbc


def _secret(key):
    return dbutils.secrets.get(scope="finance", key=key)


@dataclass
class WarehouseConfig:
    server: str = "sqlfin-prod.database.windows.net"
    database: str = "finance"
    user: str = "svc_finance"
    password: str = field(default_factory=lambda: _secret("warehouse-password"))


class WarehouseClient:
    def __init__(self, cfg: WarehouseConfig):
        self.cfg = cfg

    def _conn_str(self):
        cfg = self.cfg
        return (
            "DRIVER={ODBC Driver 18 for SQL Server};"
            f"SERVER={cfg.server};DATABASE={cfg.database};UID={cfg.user};PWD={cfg.password}"
        )

    def connect(self):
        return pyodbc.connect(self._conn_str(), autocommit=True)

    def fetch(self, query):
        conn = self.connect()
        return conn.cursor().execute(query).fetchall()


month_end = WarehouseClient(WarehouseConfig()).fetch("select * from dbo.close_status")


class LedgerDb:
    def __init__(self, server, user, password):
        self.server = server
        self.user = user
        self.password = password

    def _dsn(self):
        return f"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={self.server};DATABASE=ledger;UID={self.user};PWD={self.password}"

    def open(self):
        return pyodbc.connect(self._dsn())


ledger = LedgerDb("ledger-prod.database.windows.net", "ledger_rw", dbutils.secrets.get("finance", "ledger-rw"))
conn = ledger.open()
sandbox = LedgerDb("ledger-dev.database.windows.net", "ledger_rw", "<ledger-password>").open()


class Settings:
    SERVER = "fx-rates.database.windows.net"
    PASSWORD = os.environ["FX_RATES_PASSWORD"]


class RatesRepo:
    def __init__(self):
        self.settings = Settings()

    def dsn(self):
        s = self.settings
        return "DRIVER={ODBC Driver 18 for SQL Server};SERVER=%s;DATABASE=rates;UID=svc_rates;PWD=%s" % (s.SERVER, s.PASSWORD)

    def connect(self):
        return pyodbc.connect(self.dsn())


rates = RatesRepo().connect()
