variable "warehouse_db_password" {
  type    = string
  default = "Wh-Child-Conn-Pw"
}
