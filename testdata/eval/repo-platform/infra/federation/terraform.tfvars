# snowflake_password is injected as TF_VAR_snowflake_password
