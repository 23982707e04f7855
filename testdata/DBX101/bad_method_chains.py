"""Finance warehouse access for the month-end jobs."""
from dataclasses import dataclass

import pyodbc


@dataclass
class WarehouseConfig:
    server: str = "sqlfin-prod.database.windows.net"
    database: str = "finance"
    user: str = "svc_finance"
    password: str = "Wh-Fin4nce!2024"  # want DBX101 "literal password"


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


ledger = LedgerDb("ledger-prod.database.windows.net", "ledger_rw", "L3dger-Rw-2024")  # want DBX101 "literal password"
conn = ledger.open()


class Settings:
    SERVER = "fx-rates.database.windows.net"
    PASSWORD = "Fx-R4tes-Svc!"  # want DBX101 "literal password"


class RatesRepo:
    def __init__(self):
        self.settings = Settings()

    def dsn(self):
        s = self.settings
        return "DRIVER={ODBC Driver 18 for SQL Server};SERVER=%s;DATABASE=rates;UID=svc_rates;PWD=%s" % (s.SERVER, s.PASSWORD)

    def connect(self):
        return pyodbc.connect(self.dsn())


rates = RatesRepo().connect()
