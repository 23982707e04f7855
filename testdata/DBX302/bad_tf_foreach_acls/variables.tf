variable "teams" {
  description = "Team name to the group that manages its secret scope."
  type = map(object({
    manager = string
    readers = list(string)
  }))
  default = {
    finance = {
      manager = "finance-admins"
      readers = ["finance-analysts"]
    }
    marketing = {
      manager = "users" # want DBX302 `secret ACL gives MANAGE to "users"`
      readers = ["marketing-analysts"]
    }
  }
}
