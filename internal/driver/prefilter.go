package driver

import (
	"sync"

	"github.com/coregx/ahocorasick"
	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/internal/meta"
)

// prefilter finds, in one pass over a file's bytes, which enabled rules'
// keywords occur in it: an Aho–Corasick automaton over every keyword at
// once, run on the lower-cased bytes. It replaces one case-folding search
// per keyword and file (docs/performance.md).
type prefilter struct {
	rules  []meta.Rule
	ac     *ahocorasick.Automaton // nil when no rule has a keyword
	ruleOf [][]int                // keyword's pattern ID → indices into rules
	always []int                  // rules without keywords: active in every unit
	all    bool                   // every rule is always active (Options.NoPrefilter)
}

func newPrefilter(rules []meta.Rule, disabled bool) *prefilter {
	p := &prefilter{rules: rules, all: disabled}
	id := map[string]int{}
	var patterns []string
	for i, r := range rules {
		if len(r.Meta.Keywords) == 0 {
			p.always = append(p.always, i)
			continue
		}
		for _, k := range r.Meta.Keywords {
			k = lowerASCII(k)
			n, ok := id[k]
			if !ok {
				n = len(patterns)
				id[k] = n
				patterns = append(patterns, k)
				p.ruleOf = append(p.ruleOf, nil)
			}
			p.ruleOf[n] = append(p.ruleOf[n], i)
		}
	}
	if len(patterns) > 0 {
		ac, err := ahocorasick.NewBuilder().AddStrings(patterns).Build()
		if err != nil {
			panic(err) // the keywords are ours
		}
		p.ac = ac
	}
	return p
}

// lowerBuf holds lower-cased copies of files, reused across units.
var lowerBuf = sync.Pool{New: func() any { return new([]byte) }}

// active returns the rules whose keywords occur in some file of the unit
// (and every rule without keywords).
func (p *prefilter) active(contents map[string][]byte) map[*analysis.Analyzer]meta.Meta {
	active := map[*analysis.Analyzer]meta.Meta{}
	if p.all {
		for _, r := range p.rules {
			active[r.Analyzer] = r.Meta
		}
		return active
	}
	for _, i := range p.always {
		active[p.rules[i].Analyzer] = p.rules[i].Meta
	}
	if p.ac == nil {
		return active
	}
	found := make([]bool, len(p.ruleOf))
	buf := lowerBuf.Get().(*[]byte)
	defer lowerBuf.Put(buf)
	for _, b := range contents {
		if len(active) == len(p.rules) {
			break // every rule is on: the other files of the unit cannot add one
		}
		*buf = appendLower((*buf)[:0], b)
		for _, m := range p.ac.FindAllOverlapping(*buf) {
			if found[m.PatternID] {
				continue
			}
			found[m.PatternID] = true
			for _, i := range p.ruleOf[m.PatternID] {
				active[p.rules[i].Analyzer] = p.rules[i].Meta
			}
		}
	}
	return active
}

// appendLower appends b with ASCII letters lower-cased, which is how
// secret.ContainsFold compares (keywords are lower-case ASCII).
func appendLower(dst, b []byte) []byte {
	dst = append(dst, b...)
	for i, c := range dst {
		if 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}

func lowerASCII(s string) string {
	return string(appendLower(nil, []byte(s)))
}
