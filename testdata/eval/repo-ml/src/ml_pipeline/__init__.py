"""Feature engineering and training pipeline for the churn and CLV models."""
