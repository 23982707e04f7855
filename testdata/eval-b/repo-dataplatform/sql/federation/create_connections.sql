-- Lakehouse Federation connections (run as metastore admin, warehouse "platform-admin")
-- Convention: every credential through secret('platform-kv', '<key>').  Ticket: PLAT-615
-- Example of what NOT to do:  OPTIONS (user 'x', password '...')

CREATE CONNECTION IF NOT EXISTS mysql_crm TYPE MYSQL
OPTIONS (
  host 'mysql-crm.platform.internal',
  port '3306',
  user secret('platform-kv', 'mysql-crm-user'),
  password secret('platform-kv', 'mysql-crm-password')
);

CREATE CONNECTION IF NOT EXISTS redshift_partner TYPE REDSHIFT
OPTIONS (
  host 'partner-dw.c9q2ab7xk1.eu-west-1.redshift.amazonaws.com',
  port '5439',
  user 'uc_federation',
  password 'Rsft#Partner-UC-2025'
);

CREATE CONNECTION IF NOT EXISTS sqldw_hr TYPE SQLDW
OPTIONS (
  host 'synw-hr-prod.sql.azuresynapse.net',
  port '1433',
  user secret('platform-kv', 'synapse-hr-user'),
  password secret('platform-kv', 'synapse-hr-password')
);

GRANT USE CONNECTION ON CONNECTION mysql_crm TO `data-engineers`;
GRANT USE CONNECTION ON CONNECTION redshift_partner TO `partner-analytics`;

CREATE FOREIGN CATALOG IF NOT EXISTS crm USING CONNECTION mysql_crm OPTIONS (database 'crm');
CREATE FOREIGN CATALOG IF NOT EXISTS partner_dw USING CONNECTION redshift_partner OPTIONS (database 'partner');
