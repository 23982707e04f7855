-- Template for a new federated source. Copy, then replace every <...> and
-- store the password in a secret scope before running.

CREATE CONNECTION IF NOT EXISTS <connection_name> TYPE postgresql
OPTIONS (
  host '<host>',
  port '5432',
  user '<user>',
  password '<password>'
);

CREATE TABLE IF NOT EXISTS bronze.template_table
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://<server>.database.windows.net:1433;database=<db>;user=<user>;password=<password>',
  dbtable 'dbo.example',
  user 'example_user',
  password '********'
);

CREATE TABLE IF NOT EXISTS bronze.template_pg
USING JDBC
OPTIONS (
  url 'jdbc:postgresql://host:5432/db?user=${DB_USER}&password=${DB_PASSWORD}',
  dbtable 'public.example',
  password ''
);

ALTER TABLE bronze.users ALTER COLUMN password COMMENT 'bcrypt hash, never the plain password';
