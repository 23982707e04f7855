package driver

import (
	"strings"
	"testing"

	"github.com/bricklint/bricklint/rules"
)

// A token request on one line holds a client secret (reported by the
// credentials rule) and a scope (reported by the scope rule, which does not
// report secrets): no finding's excerpt may show the secret.
func TestExcerptsRedactEverySecretOnTheLine(t *testing.T) {
	const clientSecret = "dose7Qk2Lm9Xw3Rt5Yv8Zp1Nb4Hc6Jd0Fg2K"
	src := "#!/usr/bin/env bash\nset -euo pipefail\n" +
		"curl -sS -X POST https://adb-5551234567890123.3.azuredatabricks.net/oidc/v1/token " +
		"-d \"grant_type=client_credentials&client_id=6f1c2b7e-1a2b-4c3d-9e8f-0a1b2c3d4e5f&client_secret=" + clientSecret + "&scope=all-apis\"\n"
	res := Run(Options{
		Root:     "/nonexistent",
		Rules:    rules.All(),
		Jobs:     1,
		ReadFile: func(string) ([]byte, error) { return []byte(src), nil },
	}, []Unit{{Files: []string{"get_token.sh"}}})
	rulesSeen := map[string]bool{}
	for _, f := range res.Findings {
		rulesSeen[f.Rule.ID] = true
		if strings.Contains(f.Excerpt, clientSecret) || strings.Contains(f.Message, clientSecret) {
			t.Errorf("%s shows the client secret: %q", f.Rule.ID, f.Excerpt)
		}
	}
	if !rulesSeen["DBX201"] || len(rulesSeen) < 2 {
		t.Fatalf("want the scope finding and the secret finding on the line, got %v", rulesSeen)
	}
}
