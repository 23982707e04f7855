terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 3.80, < 5.0" # 4.x rollout pending (PLAT-902)
    }
  }
}

provider "azurerm" {
  features {}
}
