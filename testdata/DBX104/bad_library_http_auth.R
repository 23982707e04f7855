# Pulls the weekly vendor scorecards into the procurement schema.
library(httr)
library(httr2)

scorecards <- GET("https://scorecards.acme-suppliers.com/api/v1/weekly",
  authenticate("acme-procurement", "Sc0recard-Pull-2024")) # want DBX104 `is a literal HTTP basic-auth password`

rates <- httr::GET("https://rates.acme-freight.com/api/rates", httr::authenticate("acme", password = "Fr3ight-Rates-24")) # want DBX104 `is a literal HTTP basic-auth password`

claims <- request("https://claims.acme-insure.com/api/claims") |>
  req_auth_basic("acme-procurement", "Cla1ms-Weekly-2024") |> # want DBX104 `is a literal HTTP basic-auth password`
  req_perform()

invoices <- httr2::req_auth_basic(request("https://ap.acme-suppliers.com/api/invoices"), "acme", "Inv-Weekly-2024!") # want DBX104 `is a literal HTTP basic-auth password`
