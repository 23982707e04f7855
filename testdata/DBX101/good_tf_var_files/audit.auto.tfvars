# Set by the pipeline: TF_VAR_audit_db_password overrides this.
audit_db_password = "<from the pipeline>"
