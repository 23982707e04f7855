# Daily carrier events for the logistics dashboard.
library(httr)
library(httr2)

events <- GET("https://tracking.acme-carrier.com/v1/events",
  add_headers(Authorization = "Bearer trk_live_2Kf7sV9xM4pQ1nZ6wL8cR3bT")) # want DBX104 "Authorization header of GET is a literal Bearer credential"

legacy <- request("https://legacy.acme-carrier.com/api/events") |>
  req_headers(Authorization = "Basic YWNtZS10cmFja2luZzpMM2dhY3ktUjIwMjQ=") |> # want DBX104 "Authorization header of request is a literal Basic credential"
  req_perform()
