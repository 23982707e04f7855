variable "partners" {
  type = map(object({
    parameters = map(string)
  }))
  default = {
    acme = {
      parameters = {
        endpoint  = "https://sftp.acme.example/upload"
        api_token = "acme-9fK2pQ7xLm4Rt8Vw" # want DBX104 `job parameter "api_token" has a literal default`
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
