package config

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoadValid(t *testing.T) {
	cfg, err := Load("testdata/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:    "testdata/valid.yaml",
		Enable:  []string{"DBX101", "all-apis-scope", "DBX203", "databricks-token"},
		Disable: []string{"DBX302"},
		Severity: map[string]string{
			"DBX203":          "error",
			"jdbc-credential": "warning",
			"DBX301":          "none",
		},
		Exclude:   []string{"notebooks/scratch/**", "**/fixtures/**", "**/*_test.py", "legacy/"},
		FailLevel: "warning",
		Options: map[string]map[string]string{
			"DBX203":         {"max-lifetime-days": "90"},
			"all-apis-scope": {"allow-sql": "true", "note": "ticket DATA-1234"},
		},
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Load:\n got %+v\nwant %+v", cfg, want)
	}
}

// Each invalid fixture yields exactly these lines, positioned at the YAML
// node that is wrong.
func TestLoadInvalid(t *testing.T) {
	tests := map[string][]string{
		"unknown-key.yaml":    {`2:1: unknown key "disabel" (allowed: disable, enable, exclude, fail-level, rules, severity)`},
		"severity-enum.yaml":  {`3:11: severity of DBX203 must be one of note, warning, error, none (got "critical")`},
		"fail-level.yaml":     {`2:13: fail-level must be one of none, note, warning, error (got "high")`},
		"lifetime-range.yaml": {`3:24: option max-lifetime-days of DBX203 must be an integer from 1 to 730 (got 1000)`},
		"lifetime-type.yaml":  {`2:39: option max-lifetime-days of token-lifetime must be an integer from 1 to 730 (got "ninety")`},
		"unknown-option.yaml": {`4:5: unknown option "max_lifetime" for DBX203 (allowed: max-lifetime-days)`},
		"rule-name.yaml": {
			`3:5: "jdbc_credential" is not a rule ID (like DBX101) or rule name (like jdbc-credential)`,
			`5:3: "Databricks Token" is not a rule ID (like DBX101) or rule name (like jdbc-credential)`,
		},
		"option-value.yaml":  {`3:21: option allowed-scopes of all-apis-scope must be a string, number or boolean (got a list)`},
		"exclude-type.yaml":  {`1:10: exclude must be a list of glob patterns (got "notebooks/scratch/**")`},
		"bad-glob.yaml":      {`2:5: exclude pattern "notebooks/[scratch/**" is not a valid glob`},
		"syntax.yaml":        {`1: invalid YAML: did not find expected ',' or ']'`},
		"duplicate-key.yaml": {`3:1: duplicate key "fail-level" (first at line 1)`},
		"not-a-mapping.yaml": {`1:1: the configuration must be a mapping of settings (got a list)`},
		"two-documents.yaml": {`2:1: only one YAML document is allowed`},
		"many.yaml": {
			`1:9: enable must be a list of rule IDs or names (got "DBX101")`,
			`3:11: severity of DBX101 must be one of note, warning, error, none (got "fatal")`,
			`6:24: option max-lifetime-days of DBX203 must be an integer from 1 to 730 (got 0)`,
			`7:1: unknown key "unknown" (allowed: disable, enable, exclude, fail-level, rules, severity)`,
		},
	}
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	if len(files) != len(tests) {
		t.Errorf("%d fixtures in testdata/invalid, %d test cases", len(files), len(tests))
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			path := "testdata/invalid/" + name
			cfg, err := Load(path)
			if err == nil {
				t.Fatalf("Load succeeded: %+v", cfg)
			}
			for i := range want {
				want[i] = path + ":" + want[i]
			}
			if got := strings.Split(err.Error(), "\n"); !reflect.DeepEqual(got, want) {
				t.Errorf("errors:\n got %q\nwant %q", got, want)
			}
			var errs Errors
			if !errors.As(err, &errs) {
				t.Errorf("error is %T, want Errors", err)
			}
		})
	}
}

func TestLoadEdgeCases(t *testing.T) {
	tests := []struct {
		name, src string
		want      *Config // nil: an error containing wantErr
		wantErr   string
	}{
		{name: "empty file", src: "", want: &Config{}},
		{name: "only comments", src: "# nothing configured yet\n", want: &Config{}},
		{name: "empty sections", src: "enable:\ndisable:\n#  - DBX302\nseverity:\nrules:\n", want: &Config{}},
		{name: "yaml integer forms", src: "rules:\n  DBX203: {max-lifetime-days: 0x5A}\n",
			want: &Config{Options: map[string]map[string]string{"DBX203": {"max-lifetime-days": "90"}}}},
		{name: "alias is followed", src: "enable: &core [DBX101, DBX102]\ndisable: *core\n",
			want: &Config{Enable: []string{"DBX101", "DBX102"}, Disable: []string{"DBX101", "DBX102"}}},
		{name: "merge key", src: "base: &b {fail-level: note}\n<<: *b\n", wantErr: `2:1: merge keys ("<<") are not supported`},
		{name: "complex key", src: "? [a, b]\n: c\n", wantErr: "1:3: a key must be a plain name"},
		{name: "empty option value", src: "rules:\n  DBX101:\n    threshold:\n",
			wantErr: "3:5: option threshold of DBX101 must be a string, number or boolean (got an empty value)"},
		{name: "bad option name", src: "rules:\n  DBX101: {Max Size: 3}\n",
			wantErr: `2:12: "Max Size" is not a valid option name for DBX101`},
		{name: "empty exclude entry", src: "exclude: ['']\n",
			wantErr: `1:11: each entry of exclude must be a non-empty glob pattern (got "")`},
		{name: "key with slash", src: "severity: {\"team/DBX101\": error}\n",
			wantErr: `1:12: "team/DBX101" is not a rule ID (like DBX101) or rule name (like jdbc-credential)`},
		{name: "key with percent and tilde", src: "rules:\n  DBX101: {\"~50%\": 1}\n",
			wantErr: `2:12: "~50%" is not a valid option name for DBX101`},
		{name: "tabs", src: "enable:\n\t- DBX101\n", wantErr: ":2: invalid YAML: found character that cannot start any token"},
		{name: "alias cycle", src: "enable: &a [*a]\n", wantErr: "nested too deeply or expands too many aliases"},
		{name: "alias bomb", src: billionLaughs(), wantErr: "nested too deeply or expands too many aliases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := parse("c.yaml", []byte(tt.src))
			if tt.want != nil {
				if err != nil {
					t.Fatal(err)
				}
				tt.want.Path = "c.yaml"
				if !reflect.DeepEqual(cfg, tt.want) {
					t.Errorf("got %+v, want %+v", cfg, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// billionLaughs nests aliases so that the expanded document has 10^9 nodes.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// No prefix of a configuration, nor garbage, may crash Load.
func TestLoadTruncated(t *testing.T) {
	for _, name := range []string{"testdata/valid.yaml", "testdata/invalid/many.yaml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i := range src {
			_, _ = parse(name, src[:i])
		}
	}
	for _, src := range []string{"\x00\x01\xff", "{{{{{{{{", strings.Repeat("[", 10000), strings.Repeat("- ", 5000) + "x", "\"unterminated"} {
		if _, err := parse("g.yaml", []byte(src)); err == nil {
			t.Errorf("parse(%.20q) succeeded", src)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), ".bricklint.yaml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v, want ErrNotExist", err)
	}
}

func TestExcluded(t *testing.T) {
	cfg := &Config{Exclude: []string{"notebooks/scratch/**", "**/fixtures/**", "**/*_test.py", "legacy/", "./build"}}
	tests := map[string]bool{
		"notebooks/scratch/":                 true, // the walker can skip the whole directory
		"notebooks/scratch/explore.py":       true,
		"notebooks/scratch/deep/er/x.ipynb":  true,
		"notebooks/scratchpad.py":            false,
		"notebooks/etl/":                     false,
		"notebooks/etl/load.py":              false,
		"fixtures/":                          true,
		"terraform/modules/ws/fixtures/":     true,
		"terraform/modules/ws/fixtures/a.tf": true, // named directly, as pre-commit passes files
		"jobs/ingest_test.py":                true,
		"ingest_test.py":                     true,
		"jobs/ingest_test.py.bak":            false,
		"legacy/":                            true,
		"legacy/old.sql":                     true, // a file inside a directory-only pattern
		"legacy":                             false,
		"src/legacy/":                        false,
		"build/":                             true,
		"build/job.json":                     true,
		"./build/job.json":                   true,
		"":                                   false,
		".":                                  false,
	}
	for rel, want := range tests {
		if got := cfg.Excluded(rel); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", rel, got, want)
		}
	}
	var none *Config
	if none.Excluded("a.py") {
		t.Error("a nil Config excludes files")
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if p, ok := Find(dir); ok {
		t.Errorf("Find in an empty directory = %q", p)
	}
	yml := filepath.Join(dir, ".bricklint.yml")
	writeFile(t, yml, "fail-level: error\n")
	if p, ok := Find(dir); !ok || p != yml {
		t.Errorf("Find = %q, %v; want %q", p, ok, yml)
	}
	yaml := filepath.Join(dir, ".bricklint.yaml")
	writeFile(t, yaml, "fail-level: note\n")
	if p, ok := Find(dir); !ok || p != yaml {
		t.Errorf("Find = %q, %v; want %q (preferred over .yml)", p, ok, yaml)
	}
	sub := filepath.Join(t.TempDir(), ".bricklint.yaml")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, ok := Find(filepath.Dir(sub)); ok {
		t.Errorf("Find returned a directory: %q", p)
	}
}

func TestSchema(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", doc["$schema"])
	}
	if _, err := loadSchema(); err != nil {
		t.Fatal(err)
	}
	// Fields of Config and keys of the schema must not drift apart.
	props := doc["properties"].(map[string]any)
	for _, key := range []string{"enable", "disable", "severity", "exclude", "fail-level", "rules"} {
		if props[key] == nil {
			t.Errorf("schema has no %q", key)
		}
	}
	if len(props) != 6 {
		t.Errorf("schema has %d top-level keys, Config reads 6", len(props))
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
