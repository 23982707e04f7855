"""Connections to the systems the pricing jobs read."""
import os

import httpx
import jaydebeapi
import snowflake.connector
from databricks.sdk.core import Config


def snowflake_conn(user, password, warehouse="PRICING_WH"):
    return snowflake.connector.connect(account="rt84213.us-central1.gcp", user=user,
                                       password=password, warehouse=warehouse, database="SALES_MART")


def sales_mart():
    return snowflake_conn("PRICING_SVC", "27gi-BIzXW6Tj4x")


def sales_mart_ci():
    return snowflake_conn(os.environ["SNOWFLAKE_USER"], os.environ["SNOWFLAKE_PASSWORD"])


def legacy_erp():
    return jaydebeapi.connect(
        "com.ibm.as400.access.AS400JDBCDriver",
        "jdbc:as400://erp-legacy.retail.internal;naming=system",
        ["PRICEREAD", "K82O-MZZQTQqRx5"],
        "/dbfs/FileStore/jars/jt400.jar",
    )


def scraper_client(user="pricing-bot", password="your-password-here"):
    return httpx.Client(base_url="https://scraper.retail.internal",
                        auth=httpx.BasicAuth(user, password))


def partner_feed():
    return httpx.get("https://feeds.partner-retail.com/v1/prices.csv",
                     auth=("retail-pricing", "Ftk-R7mPQs9X7DW"))


def workspace_config():
    return Config(host="https://1738264950183746.6.gcp.databricks.com",
                  client_id="b3e7d1a0-5c29-4f8e-9a6b-2d4c8e1f7a05",
                  client_secret="doseNPvYPxsPAEmwEJ2Caaw9dmChLbAKOeI3")


def workspace_config_env():
    return Config(host=os.environ["DATABRICKS_HOST"], token=os.environ["DATABRICKS_TOKEN"])


def sample_config():
    return Config(host="https://1738264950183746.6.gcp.databricks.com",
                  token="dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
