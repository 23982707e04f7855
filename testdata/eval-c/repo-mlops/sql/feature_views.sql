-- Feature source views for the churn model, run by the `feature_views` SQL task on the mlops warehouse.
-- The CRM SQL Server is reached through a Unity Catalog connection; see docs/crm_connection.md before changing it.

CREATE CONNECTION IF NOT EXISTS crm_sqlserver TYPE sqlserver
OPTIONS (
  host 'crm-sql.database.windows.net',
  port '1433',
  user 'uc_crm_federation',
  password 'p?KNP#P=9KdLCB#S'
);

CREATE CONNECTION IF NOT EXISTS openai_http TYPE HTTP
OPTIONS (
  host 'https://api.openai.com',
  port '443',
  base_path '/v1',
  bearer_token secret('mlops-serving', 'openai-api-key')
);

CREATE FOREIGN CATALOG IF NOT EXISTS crm USING CONNECTION crm_sqlserver OPTIONS (database 'crm');

CREATE OR REPLACE VIEW mlops_prod.churn.account_activity AS
SELECT a.account_id,
       count(t.ticket_id) AS tickets_90d,
       max(t.created_at) AS last_ticket_at
FROM crm.dbo.accounts a
LEFT JOIN crm.dbo.tickets t
  ON t.account_id = a.account_id AND t.created_at >= current_date() - INTERVAL 90 DAYS
GROUP BY a.account_id;
