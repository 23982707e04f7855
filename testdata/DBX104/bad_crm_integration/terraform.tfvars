warehouse_id        = "5f2a9c1e7b3d4a60"
partner_signing_key = "psk-Qm82xLr5Vb0n" # want DBX104 `value of sensitive variable "partner_signing_key" is committed in a .tfvars file`
