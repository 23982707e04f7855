# Pulls the weekly vendor scorecards into the procurement schema; the vendor
# passwords live in the procurement secret scope.
library(httr)
library(httr2)

vendor_pw <- dbutils.secrets.get(scope = "procurement", key = "scorecards")

scorecards <- GET("https://scorecards.acme-suppliers.com/api/v1/weekly",
  authenticate("acme-procurement", vendor_pw))

rates <- httr::GET("https://rates.acme-freight.com/api/rates", httr::authenticate("acme", password = Sys.getenv("RATES_PASSWORD")))

claims <- request("https://claims.acme-insure.com/api/claims") |>
  req_auth_basic("acme-procurement", Sys.getenv("CLAIMS_PASSWORD")) |>
  req_perform()

invoices <- httr2::req_auth_basic(request("https://ap.acme-suppliers.com/api/invoices"), "acme", "<invoice-api-password>")
