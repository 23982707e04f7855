# The warehouse connection lives in a module; its password is DBX101's
# finding (a connection password), reported once, not again as a variable default.
module "warehouse" {
  source      = "./modules/warehouse"
  db_host     = "warehouse-pg.postgres.database.azure.com"
  db_password = var.warehouse_db_password
}
