# One workspace per business unit; the sandbox was created before secure
# cluster connectivity was a requirement.
locals {
  workspaces = {
    finance = {
      sku          = "premium"
      no_public_ip = true
    }
    sandbox = {
      sku          = "premium"
      no_public_ip = false # want DBX301 `sets no_public_ip = false`
    }
  }
}
