package secret

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// findCloudRegexpOnly is FindCloudCredentials without the literal gates:
// every shape's regexp on every string, as before the gates.
func findCloudRegexpOnly(s string) []CloudCredential {
	var out []CloudCredential
	for _, shape := range cloudShapes {
		for _, m := range shape.re.FindAllStringSubmatchIndex(s, -1) {
			if cred := s[m[2]:m[3]]; !IsCloudPlaceholder(cred) {
				out = append(out, CloudCredential{Start: m[2], End: m[3], Kind: shape.kind})
			}
		}
	}
	return append(out, findSAS(s)...)
}

var gateCases = []string{
	"",
	"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=q8Wv3uTz0pLr5Yx2NcBd7HsKf9JmAe4GiOo1RtUy6WbXn3ZlQv8PcDs2Fh5KjMg0Tr7EwYu4Ia1OzNx9Lb3Vd6Sw==;EndpointSuffix=core.windows.net",
	"defaultendpointsprotocol=https;accountname=acme;ACCOUNTKEY = abcdefghijklmnop0123456789",
	"Account\u212aey=abcdefghijklmnop0123456789",      // the Kelvin sign folds to k under (?i)
	"\u017fharedAccessKey=abcdefghijklmnop0123456789", // the long s folds to s
	"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Zx8Kd93hLw0PqR4tVbN7mYc2SfGj5HuE1oXa6IzWkT0=",
	"q8Wv3uTz0pLr5Yx2NcBd7HsKf9JmAe4GiOo1RtUy6WbXn3ZlQv8PcDs2Fh5KjMg0Tr7EwYu4Ia1OzNx9Lb3Vd6Sw==",
	"x8Wv3uTz0pLr5Yx2NcBd7HsKf9JmAe4GiOo1RtUy6WbXn3ZlQv8PcDs2Fh5KjMg0Tr7EwYu4Ia1OzNx9Lb3Vd6Sw==\n",
	"client_secret = \"Abc8Q~x7Yq2Lm9Nw4Rt6Vz1Kp3Hs5Df8Gj0Ux2\"",
	"Abc8Q~x7Yq2Lm9Nw4Rt6Vz1Kp3Hs5Df8Gj0Ux2 Xyz7Q~a7Yq2Lm9Nw4Rt6Vz1Kp3Hs5Df8Gj0Ux2",
	"AKIA4Z7QW2XK9LMN3PQR",
	"AKIA4Z7QW2XK9LMN3PQR,ASIA8Y2RW5TP1ZXC6VBN", // adjacent keys: the first match takes the comma
	"key=AKIAIOSFODNN7EXAMPLE",
	"xAKIA4Z7QW2XK9LMN3PQR",
	"aws_access_key_id = ASIA8Y2RW5TP1ZXC6VBN",
	"https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01&sig=Zx8Kd93hLw0PqR4tVbN7mYc2SfGj5HuE1oXa6IzWkT0%3D",
}

// TestCloudGatesChangeNothing: the literal gates never drop a match the
// regexps alone find, on hand-written edge cases, every fixture line and
// random mutations of both.
func TestCloudGatesChangeNothing(t *testing.T) {
	inputs := append([]string(nil), gateCases...)
	files, _ := filepath.Glob("../../testdata/DBX10*/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			inputs = append(inputs, string(b))
			inputs = append(inputs, strings.Split(string(b), "\n")...)
		}
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := "AKIASQ~;=kK\u212a\u017f+/aZ09 \"'"
	for _, s := range gateCases {
		for i := 0; i < 200; i++ {
			b := []byte(s)
			for j := 0; j < 3 && len(b) > 0; j++ {
				k := rng.Intn(len(b))
				b = append(b[:k], append([]byte(string([]rune(alphabet)[rng.Intn(len([]rune(alphabet)))])), b[k:]...)...)
			}
			inputs = append(inputs, string(b))
		}
	}
	found := 0
	for _, s := range inputs {
		got, want := FindCloudCredentials(s), findCloudRegexpOnly(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindCloudCredentials(%.80q) = %v, the regexps alone find %v", s, got, want)
		}
		found += len(want)
	}
	if found < 20 {
		t.Errorf("only %d credentials in %d inputs: the test compares little", found, len(inputs))
	}
}

func FuzzCloudGates(f *testing.F) {
	for _, s := range gateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FindCloudCredentials(s), findCloudRegexpOnly(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindCloudCredentials(%q) = %v, the regexps alone find %v", s, got, want)
		}
	})
}

// BenchmarkFindCloudCredentials compares the gated shapes with the
// regexps alone on the string literals and lines of ordinary code, where
// almost none holds a credential (docs/performance.md).
func BenchmarkFindCloudCredentials(b *testing.B) {
	var lines []string
	files, _ := filepath.Glob("../../testdata/*/*.py")
	for _, f := range files {
		if c, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(c), "\n")...)
		}
	}
	for _, bc := range []struct {
		name string
		find func(string) []CloudCredential
	}{{"gated", FindCloudCredentials}, {"regexp-only", findCloudRegexpOnly}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				for _, l := range lines {
					bc.find(l)
				}
			}
		})
	}
}
