# Databricks notebook source
# MAGIC %md
# MAGIC ## Calling the REST API from a notebook
# MAGIC Create a token under User Settings > Developer (it looks like `dapi...`, e.g. `dapi<your-token>`),
# MAGIC store it with `databricks secrets put-secret ml-registry token` and read it back below.
# MAGIC The docs show the shape as dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX or dapi1234567890abcdef1234567890abcdef.

# COMMAND ----------

import hashlib
import uuid

dapi_token_url = "https://adb-2214770658134419.19.azuredatabricks.net/api/2.0/token/list"
dapi_version = "2.0"
token = dbutils.secrets.get(scope="ml-registry", key="token")
ctx_token = dbutils.notebook.entry_point.getDbutils().notebook().getContext().apiToken().get()

# COMMAND ----------

# Pinned commit of the feature library and checksum of its wheel.
FEATURES_COMMIT = "f56ed9ab8f9cb7ab869ff9423a63d53e970f5b00"
WHEEL_SHA256 = "78a0ae74d9f814b4ddf4632f792678abfaaf26df690dbb1150d42a9d2104b12f"
MODEL_VERSION_ID = "9c41d2e87b0a4f3c8e6d1a2b5f7c9e03"
run_id = uuid.UUID("3f1c9a27-5b8e-4d02-9c61-7e4a2b0d8f13")
placeholder = "dapi00000000000000000000000000000000"
redacted = "dapi5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0"  # 31 characters: truncated when it was redacted
upper = "DAPI5F4E3D2C1B0A9F8E7D6C5B4A3F2E1D0C"

# COMMAND ----------

# Dose-response modelling for the pricing experiment.
dose_response_curve_parameters_fit = fit_curve(df, "discount", "uplift")
doseResponseCurveParametersForAge = dose_response_curve_parameters_fit.by("age_band")
