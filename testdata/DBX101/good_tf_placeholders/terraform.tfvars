host       = "example-pg.postgres.database.azure.com"
user       = "loader"
password   = "********"
cluster_id = "0923-164208-abcd1234"
