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
