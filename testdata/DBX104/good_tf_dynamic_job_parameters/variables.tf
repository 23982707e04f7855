variable "partners" {
  type = map(object({
    parameters = map(string)
  }))
  default = {
    acme = {
      parameters = {
        endpoint  = "https://sftp.acme.example/upload"
        api_token = "{{secrets/partners/acme-api-token}}"
      }
    }
    globex = {
      parameters = {
        endpoint  = "https://api.globex.example/v2"
        api_token = "{{secrets/partners/globex-api-token}}"
      }
    }
  }
}
