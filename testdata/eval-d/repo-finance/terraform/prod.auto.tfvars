# Loaded automatically by terraform in this directory.
orchestrator_token_lifetime = 63072000
