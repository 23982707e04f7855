package secret

import (
	"reflect"
	"testing"
)

func TestFindCloudCredentials(t *testing.T) {
	const storageKey = "sAtTRCktTfJnJZL1OHKGaQiCbtELMvJARvtpf9RpExYIZI3pQIapBKK9RipCD3qfuPAiWKl5sDlpyQXXhS0JsA=="
	const sas = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-01T00:00:00Z&spr=https&sig=ZPhy47pjJqYP4rgeZHuN9hiI1V%2BKYNS0YANuhY7Iy8c%3D"
	tests := []struct {
		in   string
		want []string // kind: credential
	}{
		{storageKey, []string{"Azure storage account key: " + storageKey}},
		{"DefaultEndpointsProtocol=https;AccountName=salesdl;AccountKey=" + storageKey + ";EndpointSuffix=core.windows.net",
			[]string{"Azure storage account key: " + storageKey}},
		{"Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=98dUm0nCsYmc9xDfFyQvuCS6LaQt+uVLom1KbRIsv3k=;EntityPath=events",
			[]string{"Azure shared access key: 98dUm0nCsYmc9xDfFyQvuCS6LaQt+uVLom1KbRIsv3k="}},
		{"https://salesdl.blob.core.windows.net/raw/a.csv?" + sas, []string{"Azure SAS token: " + sas}},
		{sas, []string{"Azure SAS token: " + sas}},
		{"BlobEndpoint=https://x.blob.core.windows.net/;SharedAccessSignature=" + sas, []string{"Azure SAS token: " + sas}},
		{"client_secret=VZ17Q~jd1bI97~WLoMRgVbtX3w.lQKjgpoqwsgdE&scope=x", []string{"Entra ID client secret: VZ17Q~jd1bI97~WLoMRgVbtX3w.lQKjgpoqwsgdE"}},
		{"AKIAQZIKLAUW2GH5JKFI", []string{"AWS access key ID: AKIAQZIKLAUW2GH5JKFI"}},
		{"id=ASIAUA2KQ3MCC4ZETEKD;", []string{"AWS access key ID: ASIAUA2KQ3MCC4ZETEKD"}},
		// Not credentials.
		{"sha512-" + storageKey, nil},
		{"AccountKey=<storage-account-key>", nil},
		{"AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", nil},
		{"SharedAccessKeyName=RootManageSharedAccessKey", nil},
		{"https://x.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>", nil},
		{"https://x.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=XXXXXXXXXXXXXXXXXXXX", nil},
		{"https://example.com/?sig=Lx9pQ7rT2vW4yZ6bD8fH0jK3mN5qS7uX9zA1cE3gI", nil}, // no sv=
		{"AKIAIOSFODNN7EXAMPLE", nil},
		{"AKIAXXXXXXXXXXXXXXXX", nil},
		{"XAKIAQZIKLAUW2GH5JKFI", nil},
		{"abc8Q~", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range FindCloudCredentials(tt.in) {
			got = append(got, c.Kind.String()+": "+tt.in[c.Start:c.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindCloudCredentials(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFindersOnEveryPrefix feeds every prefix of credential-bearing text to
// the finders: truncated input must never make them panic or report a
// range outside the text.
func TestFindersOnEveryPrefix(t *testing.T) {
	const text = `AccountKey=sAtTRCktTfJnJZL1OHKGaQiCbtELMvJARvtpf9RpExYIZI3pQIapBKK9RipCD3qfuPAiWKl5sDlpyQXXhS0JsA==;` +
		`?sv=2022-11-02&sig=ZPhy47pjJqYP4rgeZHuN9hiI1V%2BKYNS0YANuhY7Iy8c%3D VZ17Q~jd1bI97~WLoMRgVbtX3w.lQKjgpoqwsgdE ` +
		`AKIAQZIKLAUW2GH5JKFI dapif73f89f75f7daa5462150519629dcf31-2 doseywuNyL8O2-nMtUAtEgK100U5dFw1B.VG \ndkea`
	for n := 0; n <= len(text); n++ {
		s := text[:n]
		for _, c := range FindCloudCredentials(s) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("FindCloudCredentials(%q): bad range %d:%d", s, c.Start, c.End)
			}
		}
		for _, tok := range FindDatabricksTokens([]byte(s)) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("FindDatabricksTokens(%q): bad range %d:%d", s, tok.Start, tok.End)
			}
		}
	}
}

func TestCloudCredentialKey(t *testing.T) {
	tests := []struct {
		path, key string
		want      CloudKind // 0: not a credential key
	}{
		{"spark.conf.set", "fs.azure.account.key.sales.dfs.core.windows.net", StorageAccountKey},
		{"/tasks/0/new_cluster/spark_conf", "spark.hadoop.fs.azure.account.key.sales.blob.core.windows.net", StorageAccountKey},
		{"SET", "fs.azure.account.oauth2.client.secret", EntraClientSecret},
		{"", "fs.azure.sas.fixed.token.sales.dfs.core.windows.net", SASToken},
		{"", "fs.azure.sas.token.provider.type.sales.dfs.core.windows.net", 0},
		{"", "fs.azure.account.oauth2.client.id", 0},
		{"", "fs.s3a.bucket.mkt.secret.key", AWSSecretAccessKey},
		{"", "fs.s3a.session.token", AWSSessionToken},
		{"", "fs.s3a.access.key", 0},
		{"", "fs.gs.auth.service.account.private.key.id", 0},
		{"boto3.client", "aws_secret_access_key", AWSSecretAccessKey},
		{"", "AWS_SECRET_ACCESS_KEY", AWSSecretAccessKey},
		{"", "ARM_CLIENT_SECRET", EntraClientSecret},
		{"[sp]", "azure_client_secret", EntraClientSecret},
		{"provider.azurerm", "client_secret", EntraClientSecret},
		{"terraform.backend.azurerm", "access_key", StorageAccountKey},
		{"resource.databricks_storage_credential.raw.azure_service_principal", "client_secret", EntraClientSecret},
		{"provider.databricks", "client_secret", 0}, // a Databricks OAuth secret: DBX102's
		{"requests.post(data)", "client_secret", 0},
	}
	for _, tt := range tests {
		got, ok := CloudCredentialKey(tt.path, tt.key)
		if got != tt.want || ok != (tt.want != 0) {
			t.Errorf("CloudCredentialKey(%q, %q) = %v, %v; want %v", tt.path, tt.key, got, ok, tt.want)
		}
	}
}
