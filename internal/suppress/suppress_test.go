package suppress

import (
	"strings"
	"testing"
)

func TestFindInEveryCommentSyntax(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
		want      bool
	}{
		{"python same line", "pw = 'x'  # bricklint:ignore DBX101 -- fixture\n", 1, true},
		{"python line above", "# bricklint:ignore jdbc-credential -- test account\npw = 'x'\n", 2, true},
		{"scala", "// bricklint:ignore DBX101 -- test\nval pw = \"x\"\n", 2, true},
		{"sql", "OPTIONS (password 'x') -- bricklint:ignore DBX101 -- sandbox\n", 1, true},
		{"hcl block comment", "/* bricklint:ignore DBX101 -- demo */\npassword = \"x\"\n", 2, true},
		{"ini", "; bricklint:ignore DBX102 -- revoked token\ntoken = dapi\n", 2, false}, // names another rule
		{"several rules", "x = 1 # bricklint:ignore DBX102, DBX101 -- both\n", 1, true},
		{"no reason", "pw = 'x'  # bricklint:ignore DBX101\n", 1, false},
		{"code line above does not cover", "a = 1  # bricklint:ignore DBX101 -- only a\npw = 'x'\n", 2, false},
		{"two lines above", "# bricklint:ignore DBX101 -- far\n\npw = 'x'\n", 3, false},
		{"in a string, not a comment", "s = 'bricklint:ignore DBX101 -- x'\n", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Find("f", []byte(tc.src), tc.line, "DBX101", "jdbc-credential")
			if (d != nil) != tc.want {
				t.Errorf("Find = %+v, want suppressed=%v", d, tc.want)
			}
		})
	}
}

func TestAudit(t *testing.T) {
	src := strings.Join([]string{
		"a = 1  # bricklint:ignore DBX101",                  // 1: no reason
		"b = 2  # bricklint:ignore DBX777 -- typo",          // 2: unknown rule
		"c = 3  # bricklint:ignore DBX101 -- used",          // 3: used
		"d = 4  # bricklint:ignore DBX101 -- nothing there", // 4: unused
		"e = 5  # bricklint:ignore DBX302 -- rule disabled", // 5: disabled rule: not reported unused
		"f = 6  # bricklint:ignore -- no rule",              // 6: no rule named
	}, "\n")
	known := func(s string) (string, bool) { return s, s == "DBX101" || s == "DBX302" }
	enabled := func(id string) bool { return id == "DBX101" }
	used := map[Key]bool{{"f.py", 3}: true}
	probs := Audit([]string{"f.py"}, map[string][]byte{"f.py": []byte(src)}, known, enabled, used)
	var got []string
	for _, p := range probs {
		got = append(got, p.Message[:30])
	}
	lines := map[int]bool{}
	for _, p := range probs {
		lines[p.Line] = true
	}
	for _, l := range []int{1, 2, 4, 6} {
		if !lines[l] {
			t.Errorf("line %d not reported; got %v", l, got)
		}
	}
	for _, l := range []int{3, 5} {
		if lines[l] {
			t.Errorf("line %d reported; got %v", l, got)
		}
	}
}
