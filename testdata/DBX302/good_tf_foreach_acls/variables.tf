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
      manager = "marketing-admins"
      readers = ["marketing-analysts"]
    }
  }
}
