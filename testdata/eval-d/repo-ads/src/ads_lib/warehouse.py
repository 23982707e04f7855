"""Warehouse connections for the attribution jobs."""
import os

import jaydebeapi
import pymysql
import snowflake.connector
from sqlalchemy import create_engine

SNOWFLAKE_ACCOUNT = "adsco-xy12345"


def snowflake_conn(user="ADS_ATTRIBUTION", password=None):
    return snowflake.connector.connect(
        account=SNOWFLAKE_ACCOUNT,
        user=user,
        password=password or os.environ["SNOWFLAKE_PASSWORD"],
        warehouse="ATTRIBUTION_WH",
        database="ADS",
    )


def attribution_snowflake():
    return snowflake_conn(password="Sf-Attr-6pQ2mW9z")


REPORTING_URL = "postgresql+psycopg2://reporting:Rp-Ads-5tV8kX2n@ads-reporting.c3kq9ezx1v2b.us-east-1.rds.amazonaws.com:5432/reporting"
SANDBOX_URL = "postgresql+psycopg2://reporting:<password>@localhost:5432/reporting"


def reporting_engine():
    return create_engine(REPORTING_URL, pool_pre_ping=True)


def sandbox_engine():
    return create_engine(SANDBOX_URL)


def legacy_bidder_db():
    # The vendor appliance shipped with this password and nobody changed it (ADS-1022).
    return pymysql.connect(host="bidder-legacy.c3kq9ezx1v2b.us-east-1.rds.amazonaws.com", user="bidder",
                           password="password123", database="bidder")


def docs_example_db():
    """Example for the wiki: pymysql.connect(host="db.example.com", password="your-password-here")."""
    return pymysql.connect(host="db.example.com", user="demo", password="your-password-here")


def teradata_conn():
    return jaydebeapi.connect(
        "com.teradata.jdbc.TeraDriver",
        "jdbc:teradata://ads-td.corp.adsco.net/DATABASE=MEDIA,LOGMECH=TD2",
        ["media_ro", "Td-Media-2wR7xK"],
        "/dbfs/FileStore/jars/terajdbc4.jar",
    )
