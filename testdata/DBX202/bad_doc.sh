curl -s -X POST "https://login.microsoftonline.com/$TENANT_ID/oauth2/v2.0/token" \
  -d "client_id=$CLIENT_ID" \
  --data-urlencode "client_secret=$CLIENT_SECRET" \
  -d "grant_type=client_credentials" \
  -d "resource=https://adb-1234567890123456.7.azuredatabricks.net"
