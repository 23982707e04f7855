"""Shared helpers for the claims pipelines."""
