# Daily carrier events for the logistics dashboard; the token is in the logistics secret scope.
library(httr)
library(httr2)

carrier_token <- dbutils.secrets.get(scope = "logistics", key = "carrier-token")
events <- GET("https://tracking.acme-carrier.com/v1/events",
  add_headers(Authorization = paste("Bearer", carrier_token)))

legacy <- request("https://legacy.acme-carrier.com/api/events") |>
  req_headers(Authorization = paste0("Basic ", Sys.getenv("LEGACY_BASIC"))) |>
  req_perform()
