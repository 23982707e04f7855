"""Rotates the PATs that edge gateways and dashboards use to push metrics."""
import requests


def create_pat(host, admin_token, comment, lifetime_seconds=7776000):
    resp = requests.post(
        f"{host}/api/2.0/token/create",
        headers={"Authorization": f"Bearer {admin_token}"},
        json={"comment": comment, "lifetime_seconds": lifetime_seconds},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["token_value"]


def rotate_gateway_token(host, admin_token):
    return create_pat(host, admin_token, "edge-gateway", lifetime_seconds=365 * 24 * 3600)


def rotate_dashboard_token(host, admin_token):
    return create_pat(host, admin_token, "grafana", lifetime_seconds=30 * 24 * 3600)


def rotate_probe_token(host, admin_token):
    return create_pat(host, admin_token, "synthetic-probe")
