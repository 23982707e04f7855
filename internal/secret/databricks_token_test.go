package secret

import (
	"math/rand"
	"testing"
)

func TestFindDatabricksTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the tokens found, in order
	}{
		{`token = "dapif13ac4b49d1cb31f69f678e39602e381-2"`, []string{"dapif13ac4b49d1cb31f69f678e39602e381-2"}},
		{`PWD=dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83;`, []string{"dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83"}},
		{`Bearer dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83-12 and`, []string{"dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83-12"}},
		{`"token = \"x\"\ndapi3c9e07b1f24d8a65c0e9b7d24f1a6c83\n"`, []string{"dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83"}},
		{`dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83-prod`, []string{"dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83"}},
		{`secret: doseIqLzmviuoubffILcGr.a1igZf37LiHaU`, []string{"doseIqLzmviuoubffILcGr.a1igZf37LiHaU"}},
		{`It was doseIqLzmviuoubffILcGr.a1igZf37LiHaU.`, []string{"doseIqLzmviuoubffILcGr.a1igZf37LiHaU"}},
		{`x="dkea07b1f24d8a65c0e9b7d24f1a6c833c9e"`, []string{"dkea07b1f24d8a65c0e9b7d24f1a6c833c9e"}},
		{`x="dosa7b1f24d8a65c0e9b7d24f1a6c833c9e0"`, []string{"dosa7b1f24d8a65c0e9b7d24f1a6c833c9e0"}},
		// Not tokens.
		{`dapi1234567890abcdef1234567890abcdef`, nil},         // counting
		{`dapi0123456789abcdef0123456789abcdef`, nil},         // counting, periodic
		{`dapideadbeefdeadbeefdeadbeefdeadbeef`, nil},         // periodic
		{`dapi00000000000000000000000000000000`, nil},         // one character
		{`dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`, nil},         // not hex
		{`dapi<token>`, nil},                                  // placeholder
		{`dapi3C9E07B1F24D8A65C0E9B7D24F1A6C83`, nil},         // upper-case hex
		{`dapi3c9e07b1f24d8a65c0e9b7d24f1a6c83aa`, nil},       // 34 hex: some other value
		{`dapi3c9e07b1f24d8a65c0e9b7d24`, nil},                // too short
		{`xdapi3c9e07b1f24d8a65c0e9b7d24f1a6c83`, nil},        // inside a word
		{`dapi_token_url = "https://x"`, nil},                 // a name
		{`dose_response_curve_parameters_fit = 1`, nil},       // snake_case name of 32 characters
		{`doseResponseCurveParametersForAge = 1`, nil},        // camelCase name
		{`doseXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`, nil},         // placeholder
		{`doseIqLzmviuoubffILcGr.a1igZf37LiHaUextra`, nil},    // longer run
		{`sha 3c9e07b1f24d8a65c0e9b7d24f1a6c83f24d8a65`, nil}, // git SHA, no prefix
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range FindDatabricksTokens([]byte(tt.in)) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("FindDatabricksTokens(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindDatabricksTokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		}
	}
}

// TestRandomTokensAreFound guards the fake-token filters against rejecting
// real tokens, which are random.
func TestRandomTokensAreFound(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const hex = "0123456789abcdef"
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"
	body := make([]byte, tokenBodyLen)
	missed := map[string]int{}
	for n := 0; n < 40000; n++ {
		alphabet, prefix := hex, "dapi"
		if n%2 == 1 {
			alphabet, prefix = alnum, "dose"
		}
		for i := range body {
			body[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := prefix + string(body) + " "
		if len(FindDatabricksTokens([]byte(s))) != 1 {
			missed[prefix]++
		}
	}
	for prefix, n := range missed {
		if n > 0 {
			t.Errorf("%d of 20,000 random %s tokens missed", n, prefix)
		}
	}
}
