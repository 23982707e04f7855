# Creates the personal access token the nightly report job uses.
library(httr)

new_token <- function(lifetime, comment = "nightly-report") {
  POST(paste0(Sys.getenv("DATABRICKS_HOST"), "/api/2.0/token/create"),
    add_headers(Authorization = paste("Bearer", Sys.getenv("DATABRICKS_TOKEN"))),
    body = list(lifetime_seconds = lifetime, comment = comment), encode = "json")
}

forever <- function(comment, lifetime = 0) new_token(lifetime, comment) # want DBX203 "no expiry"

tok <- new_token(31536000) # want DBX203 "365 days"
