variable "scope_manager" {
  description = "Principal that manages the shared scope"
  type        = string
  default     = "users" # want DBX302 `secret scope created with initial_manage_principal "users"`
}
