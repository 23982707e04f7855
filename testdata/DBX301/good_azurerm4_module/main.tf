terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

# azurerm 4.x defaults no_public_ip to true.
resource "azurerm_databricks_workspace" "this" {
  name                = "dbw-platform"
  resource_group_name = "rg-platform"
  location            = "northeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "vnet" {
  name                = "dbw-platform-vnet"
  resource_group_name = "rg-platform"
  location            = "northeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip        = var.no_public_ip
    virtual_network_id  = var.vnet_id
    public_subnet_name  = "snet-dbw-host"
    private_subnet_name = "snet-dbw-container"
  }
}

variable "subscription_id" {
  type = string
}

variable "vnet_id" {
  type = string
}

variable "no_public_ip" {
  type = bool
}
