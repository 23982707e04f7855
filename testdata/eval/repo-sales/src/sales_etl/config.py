"""Connection settings for the sales ETL.

Every credential must come from a secret scope or the environment. Example of
what a Snowflake option map looks like (values are illustrative only):

    {"sfUrl": "<account>.snowflakecomputing.com", "sfUser": "<user>", "sfPassword": "<password>"}
"""

import os
import re

# Used by the pre-commit check in tools/ to spot pasted personal access tokens.
PAT_PATTERN = re.compile(r"dapi[0-9a-f]{32}(-\d+)?")

SNOWFLAKE_ACCOUNT_URL = "contoso-emea.snowflakecomputing.com"

SNOWFLAKE_MARKETING_OPTIONS = {
    "sfUrl": SNOWFLAKE_ACCOUNT_URL,
    "sfUser": "SALES_MKT_SYNC",
    "sfPassword": "Sn0wfl@ke-Mkt-Sync-88",
    "sfDatabase": "MARKETING",
    "sfSchema": "PUBLIC",
    "sfWarehouse": "SALES_XS",
}


def snowflake_finance_options():
    """Options for the finance share; the password comes from the environment."""
    return {
        "sfUrl": SNOWFLAKE_ACCOUNT_URL,
        "sfUser": os.environ["SNOWFLAKE_FIN_USER"],
        "sfPassword": os.environ["SNOWFLAKE_FIN_PASSWORD"],
        "sfDatabase": "FINANCE",
        "sfWarehouse": "SALES_XS",
    }


def redshift_url(host: str, database: str) -> str:
    """Build the partner Redshift URL; credentials are read from the environment."""
    user = os.getenv("PARTNER_DW_USER", "contoso_sales")
    password = os.getenv("PARTNER_DW_PASSWORD")
    return f"jdbc:redshift://{host}:5439/{database}?user={user}&password={password}"


def looks_like_pat(text: str) -> bool:
    return bool(PAT_PATTERN.search(text))
