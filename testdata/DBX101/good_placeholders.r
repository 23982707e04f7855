# Connection template for new R pipelines. Fill the <...> values from a secret scope.
library(SparkR)

template_url <- "jdbc:sqlserver://<server>.database.windows.net:1433;database=<db>;user=<user>;password=<password>"
pg_template <- "jdbc:postgresql://host:5432/db?user=${DB_USER}&password=${DB_PASSWORD}"

read_template <- function(table, password = NULL) {
  read.jdbc(template_url, table, user = "<user>", password = "<password>")
}

opts <- list(url = pg_template, user = "example_user", password = "", dbtable = "public.example")
masked <- list(url = "jdbc:mysql://reader:****@mysql.internal:3306/shop", password = "********")
hashes <- sql("SELECT user_id, password_hash FROM bronze.users")
