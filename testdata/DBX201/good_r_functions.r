# OAuth M2M token for the service principal that refreshes the dashboards,
# scoped to SQL.
library(httr2)

m2m_token <- function(scope = "sql") {
  request(paste0(Sys.getenv("DATABRICKS_HOST"), "/oidc/v1/token")) |>
    req_auth_basic(Sys.getenv("DATABRICKS_CLIENT_ID"), Sys.getenv("DATABRICKS_CLIENT_SECRET")) |>
    req_body_form(grant_type = "client_credentials", scope = scope) |>
    req_perform()
}

resp <- m2m_token()
resp2 <- m2m_token("sql dashboards")
describe <- function(s) message("scope: ", s)
describe("all-apis")
