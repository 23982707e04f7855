#!/usr/bin/env bash
# Token helpers shared by the ops scripts.

entra_token() {
  local resource="$1"
  az account get-access-token --resource "$resource" --query accessToken -o tsv
}

sp_login() {
  az login --service-principal -u "$1" -p "$2" --tenant 3c1f7a92-4d5e-4b8a-9e61-7f2d0c4b9a15
}
