locals {
  region = "westeurope"

  # one entry per workspace; keep keys stable, they end up in resource addresses
  workspaces = {
    analytics = {
      sku            = "premium"
      no_public_ip   = true
      public_subnet  = "snet-dbw-analytics-host"
      private_subnet = "snet-dbw-analytics-container"
    }
    ml_sandbox = {
      sku            = "premium"
      no_public_ip   = false # GPU images pull from a public registry, NAT not ready (PLAT-877)
      public_subnet  = "snet-dbw-mlsbx-host"
      private_subnet = "snet-dbw-mlsbx-container"
    }
    streaming = {
      sku            = "premium"
      no_public_ip   = true
      public_subnet  = "snet-dbw-stream-host"
      private_subnet = "snet-dbw-stream-container"
    }
  }

  common_tags = {
    owner       = "data-platform"
    cost_centre = "CC-1200"
    "data-zone" = "internal"
  }
}
