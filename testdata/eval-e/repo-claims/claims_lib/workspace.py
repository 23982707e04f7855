"""Small wrappers around the workspace REST API used by the release tooling."""
import requests

HOST = "https://dbc-7f3a91c2-5d4e.cloud.databricks.com"


class WorkspaceApi:
    def __init__(self, host, token):
        self.host = host
        self.token = token

    def post(self, path, body):
        r = requests.post(f"{self.host}/api/2.0/{path}", json=body,
                          headers={"Authorization": f"Bearer {self.token}"})
        r.raise_for_status()
        return r.json()

    def new_token(self, comment, lifetime_seconds=7776000):
        return self.post("token/create", {"comment": comment, "lifetime_seconds": lifetime_seconds})

    def create_scope(self, scope, manage_principal=None):
        body = {"scope": scope}
        if manage_principal:
            body["initial_manage_principal"] = manage_principal
        return self.post("secrets/scopes/create", body)


def release_api():
    return WorkspaceApi(HOST, "dapi00c7a32c94d2ffd53dd660e72518071f")


def ci_token(api):
    return api.new_token("ci-release", lifetime_seconds=31536000)


def bi_token(api):
    return api.new_token("tableau-extract")


def bootstrap_scopes(api):
    api.create_scope("claims-sandbox", manage_principal="users")
    api.create_scope("claims-prod")


def m2m_token(client_id, client_secret, scope="all-apis"):
    r = requests.post(f"{HOST}/oidc/v1/token",
                      auth=(client_id, client_secret),
                      data={"grant_type": "client_credentials", "scope": scope})
    return r.json()["access_token"]


def sql_token(client_id, client_secret):
    return m2m_token(client_id, client_secret, scope="sql")
