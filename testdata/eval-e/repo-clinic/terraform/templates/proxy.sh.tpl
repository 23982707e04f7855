#!/bin/bash
cat >/etc/profile.d/proxy.sh <<PROXY
export HTTPS_PROXY="http://${proxy_user}:${proxy_password}@proxy.clinic.internal:3128"
export NO_PROXY="169.254.169.254,.azuredatabricks.net"
PROXY
