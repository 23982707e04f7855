workspace_url             = "https://adb-4417182398212345.5.azuredatabricks.net"
bi_gateway_application_id = "f1d13ec4-d110-4ee7-9879-8c0ab7b27270"
ingest_sp_application_id  = "e9f1eb5f-0871-45d7-8975-caebb35f6e7e"
