-- Lakehouse Federation connections for the analytics catalog.
-- Run once by a metastore admin from the SQL editor.

CREATE CONNECTION IF NOT EXISTS mysql_shop TYPE mysql
OPTIONS (
  host 'shop-mysql.mysql.database.azure.com',
  port '3306',
  user 'federation',
  password 'Sh0p-Federation!' -- want DBX101 `connection option "password" is a literal password`
);

CREATE FOREIGN CATALOG IF NOT EXISTS shop USING CONNECTION mysql_shop;

CREATE CONNECTION redshift_dw TYPE redshift
OPTIONS (
  host 'dw.abc123.eu-west-1.redshift.amazonaws.com',
  port '5439',
  user 'fed_reader',
  password 'RsFed-Reader-55' -- want DBX101 `connection option "password" is a literal password`
);

CREATE CONNECTION snowflake_mkt TYPE snowflake
OPTIONS (
  host 'acme.west-europe.azure.snowflakecomputing.com',
  port '443',
  sfWarehouse 'MKT_WH',
  user 'FED_READER',
  password 'Sn0w-Fed-Reader' -- want DBX101 `connection option "password" is a literal password`
);

-- Legacy table kept until the shop catalog is validated.
CREATE TABLE IF NOT EXISTS legacy.shop_orders
USING mysql
OPTIONS (
  dbtable 'orders',
  host 'shop-mysql.mysql.database.azure.com',
  port '3306',
  database 'shop',
  user 'legacy_ro',
  password 'L3gacy-Shop-RO' -- want DBX101 `connection option "password" is a literal password`
);

CREATE TEMPORARY VIEW shop_customers
USING JDBC
OPTIONS (
  url 'jdbc:mysql://legacy_ro:L3gacy-Shop-RO@shop-mysql.mysql.database.azure.com:3306/shop', -- want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
  dbtable 'customers'
);

-- Quarterly rotation (Q3).
ALTER CONNECTION mysql_shop OPTIONS (
  host 'shop-mysql.mysql.database.azure.com',
  port '3306',
  user 'federation',
  password 'Sh0p-Fed-Q3!' -- want DBX101 `connection option "password" is a literal password`
);

CREATE TABLE IF NOT EXISTS legacy.vendor_contacts
USING org.apache.spark.sql.jdbc
OPTIONS (
  'url' = 'jdbc:postgresql://vendors-pg:5432/vendors',
  'dbtable' = 'public.contacts',
  'user' = 'vendor_ro',
  'password' = 'Vend0r''s-RO' -- want DBX101 `connection option "password" is a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
);

CREATE TABLE IF NOT EXISTS legacy.vendor_invoices
USING JDBC
OPTIONS (url = "jdbc:postgresql://vendors-pg:5432/vendors", dbtable = "public.invoices", user = "vendor_ro", PASSWORD = "Vend0r-Inv-RO"); -- want DBX101 `connection option "PASSWORD" is a literal password`
