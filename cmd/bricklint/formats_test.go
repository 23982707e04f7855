package main

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
)

// Every format of the example repository: it parses as what it claims to
// be, carries the findings, and prints no planted secret in full.
func TestEveryFormatRedactsSecrets(t *testing.T) {
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, e2eRepo, "--root", ".", "--color", "never", "--format", format, ".")
			if code != exitFindings {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, errOut)
			}
			assertNoSecrets(t, out)
			switch format {
			case "sarif", "json", "gitlab":
				var doc map[string]any
				if err := json.Unmarshal([]byte(out), &doc); err != nil {
					t.Fatal(err)
				}
			case "junit", "html":
				dec := xml.NewDecoder(strings.NewReader(out))
				dec.Strict = format == "junit"
				dec.AutoClose = xml.HTMLAutoClose
				dec.Entity = xml.HTMLEntity
				for {
					if _, err := dec.Token(); err != nil {
						if err.Error() != "EOF" {
							t.Fatalf("%s does not parse: %v", format, err)
						}
						break
					}
				}
			}
			if !strings.Contains(out, "DBX101") || !strings.Contains(out, "notebooks/orders_ingest.py") {
				t.Errorf("%s output lacks the DBX101 finding in notebooks/orders_ingest.py", format)
			}
		})
	}
}

func TestUnknownFormatIsAUsageError(t *testing.T) {
	code, _, errOut := runCLI(t, e2eRepo, "--format", "xlsx", ".")
	if code != exitUsage || !strings.Contains(errOut, "junit") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
