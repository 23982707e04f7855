{#- Creates JDBC-backed tables for the ops Postgres (runs as on-run-start hook).
    Credentials come from the dbt runner's environment (ADO variable group "dbt-prod"). -#}
{% macro create_pg_sources() %}
  {% set sql %}
    create table if not exists {{ target.catalog }}.{{ target.schema }}.pg_ops_orders
    using postgresql
    options (
      dbtable 'public.orders',
      host '{{ var("pg_host") }}',
      port '5432',
      database 'ops',
      user '{{ env_var("PG_OPS_USER") }}',
      password '{{ env_var("PG_OPS_PASSWORD") }}'
    );

    create table if not exists {{ target.catalog }}.{{ target.schema }}.pg_legacy_invoices
    using postgresql
    options (
      dbtable 'billing.invoices',
      host '{{ var("legacy_pg_host") }}',
      port '5432',
      database 'billing',
      user 'dbt_legacy',
      password 'Dbt-Legacy-Pg-2022'
    );
  {% endset %}
  {% do run_query(sql) %}
{% endmacro %}
