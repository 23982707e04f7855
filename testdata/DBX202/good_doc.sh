curl -s -X POST "https://login.microsoftonline.com/$TENANT_ID/oauth2/v2.0/token" \
  -d "client_id=$CLIENT_ID" \
  --data-urlencode "client_secret=$CLIENT_SECRET" \
  -d "grant_type=client_credentials" \
  -d "scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"
