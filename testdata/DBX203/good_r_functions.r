# Creates the personal access token the nightly report job uses, for 30 days.
library(httr)

new_token <- function(lifetime = 2592000, comment = "nightly-report") {
  POST(paste0(Sys.getenv("DATABRICKS_HOST"), "/api/2.0/token/create"),
    add_headers(Authorization = paste("Bearer", Sys.getenv("DATABRICKS_TOKEN"))),
    body = list(lifetime_seconds = lifetime, comment = comment), encode = "json")
}

tok <- new_token()
tok2 <- new_token(604800, "weekly-report")
wait <- function(seconds) Sys.sleep(seconds)
wait(31536000)
