resource "azurerm_linux_virtual_machine" "smoke" {
  name                            = "vm-smoke-tests"
  resource_group_name             = var.resource_group
  location                        = var.location
  size                            = "Standard_B2s"
  admin_username                  = var.vm_admin_username
  admin_password                  = var.vm_admin_password
  disable_password_authentication = false
  network_interface_ids           = [var.nic_id]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
}

variable "resource_group" { type = string }
variable "location" { type = string }
variable "nic_id" { type = string }
