package secret

import "testing"

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"":                                     "",
		"abc":                                  "…",
		"s3cret":                               "s…",
		"Winter2024!":                          "W…",
		"xc35X-1YyGI!Fg2V":                     "xc…",
		"dapifb133f4b9205f3976d1b522f12bd0faa": "dapi…0faa",
		"pässwörd-ünïcode":                     "pä…",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, s := range []string{"", "  ", "<password>", "${DB_PASSWORD}", "$DB_PASSWORD", "{{secrets/s/k}}", "{{ pw }}",
		"****", "xxxxxx", "dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sig=********", "REDACTED", "changeme", "your_password_here", "<your-token>", "%(pw)s", "..."} {
		if !IsPlaceholder(s) {
			t.Errorf("%q is a placeholder", s)
		}
	}
	for _, s := range []string{"Winter2024!", "hunter2", "p@ssw0rd-2023", "dapifb133f4b9205f3976d1b522f12bd0faa", "secret123"} {
		if IsPlaceholder(s) {
			t.Errorf("%q is not a placeholder", s)
		}
	}
}

func TestEntropy(t *testing.T) {
	if e := Entropy("aaaaaaaa"); e != 0 {
		t.Errorf("Entropy(aaaaaaaa) = %v", e)
	}
	if e := Entropy("dapifb133f4b9205f3976d1b522f12bd0faa"); e < 3.5 {
		t.Errorf("a random token has entropy %v", e)
	}
}

func TestIndexFold(t *testing.T) {
	for _, tc := range []struct {
		s, kw string
		want  int
	}{
		{"x JDBC:sqlserver", "jdbc:", 2},
		{"jdbc:", "jdbc:", 0},
		{"jdb", "jdbc:", -1},
		{"", "jdbc:", -1},
		{"pPassword", "password", 1},
	} {
		if got := IndexFold(tc.s, tc.kw); got != tc.want {
			t.Errorf("IndexFold(%q, %q) = %d, want %d", tc.s, tc.kw, got, tc.want)
		}
	}
}

func TestContainsFold(t *testing.T) {
	for _, tc := range []struct {
		s, kw string
		want  bool
	}{
		{"x PassWord y", "password", true},
		{"PASSWORD", "password", true},
		{"passwor", "password", false},
		{"jdbc:sqlserver", "jdbc:", true},
		{"JDBC", "jdbc:", false},
		{"", "dapi", false},
		{"pPpPassword", "password", true},
	} {
		if got := ContainsFold([]byte(tc.s), tc.kw); got != tc.want {
			t.Errorf("ContainsFold(%q, %q) = %v", tc.s, tc.kw, got)
		}
	}
}
