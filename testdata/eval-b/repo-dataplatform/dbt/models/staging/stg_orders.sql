{{ config(
    materialized = 'incremental',
    unique_key = 'order_id',
    incremental_strategy = 'merge',
    tags = ['ops', 'pii:none']
) }}

with src as (
    select * from {{ source('ops', 'pg_ops_orders') }}
    {% if is_incremental() %}
    where updated_at > (select coalesce(max(updated_at), '1900-01-01') from {{ this }})
    {% endif %}
)

select
    order_id,
    customer_id,
    cast(amount as decimal(18, 2))             as amount_eur,
    lower(status)                              as status,
    -- the API token column is hashed upstream, never selected raw
    sha2(api_token, 256)                       as api_token_hash,
    updated_at
from src
