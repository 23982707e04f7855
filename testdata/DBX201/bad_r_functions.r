# OAuth M2M token for the service principal that refreshes the dashboards.
library(httr2)

m2m_token <- function(scope) {
  request(paste0(Sys.getenv("DATABRICKS_HOST"), "/oidc/v1/token")) |>
    req_auth_basic(Sys.getenv("DATABRICKS_CLIENT_ID"), Sys.getenv("DATABRICKS_CLIENT_SECRET")) |>
    req_body_form(grant_type = "client_credentials", scope = scope) |>
    req_perform()
}

resp <- m2m_token("all-apis") # want DBX201 "all-apis"
