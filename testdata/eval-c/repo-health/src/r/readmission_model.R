# 30-day readmission model (glmnet), trained on a Databricks cluster through sparklyr + Databricks Connect.
# Credentials: DATABRICKS_HOST / DATABRICKS_TOKEN or a ~/.databrickscfg profile; nothing is stored in this file.

library(sparklyr)
library(dplyr)
library(glmnet)

sc <- spark_connect(
  method = "databricks_connect",
  cluster_id = Sys.getenv("DATABRICKS_CLUSTER_ID", "0918-142207-e074da36"),
  envname = "r-sparklyr-databricks-15.4"
)

admissions <- tbl(sc, dbplyr::in_catalog("claims_prod", "gold", "inpatient_admissions"))

# Social determinants come from the SDOH vendor's PostgreSQL; the password is in the vendor scope and exported
# to the cluster as SDOH_DB_PASSWORD.
sdoh <- spark_read_jdbc(
  sc,
  name = "sdoh_scores",
  options = list(
    url = "jdbc:postgresql://sdoh-vendor.nwh-partners.net:5432/sdoh?sslmode=require",
    dbtable = "public.zip_scores",
    user = "nwh_reader",
    password = Sys.getenv("SDOH_DB_PASSWORD")
  )
)

training <- admissions %>%
  left_join(sdoh, by = "zip5") %>%
  select(readmit_30d, age, los_days, prior_admits_12m, sdoh_index, chronic_count) %>%
  collect()

x <- model.matrix(readmit_30d ~ . - 1, data = training)
fit <- cv.glmnet(x, training$readmit_30d, family = "binomial", alpha = 0.5)
saveRDS(fit, "/Volumes/claims_prod/models/artifacts/readmission_glmnet.rds")
spark_disconnect(sc)
