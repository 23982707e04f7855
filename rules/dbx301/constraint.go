package dbx301

import (
	"strconv"
	"strings"
)

// version is a provider version's major, minor and patch numbers.
type version [3]int

func (v version) less(w version) bool {
	for i := range v {
		if v[i] != w[i] {
			return v[i] < w[i]
		}
	}
	return false
}

// next is the smallest version above v.
func (v version) next() version { return version{v[0], v[1], v[2] + 1} }

// parseVersion reads "3", "3.100", "v3.117.0" (missing parts are zero) and
// returns how many parts were written. Pre-releases ("4.0.0-beta1") are
// not read: Terraform matches them only exactly, and they are rare enough in
// constraints to report nothing rather than guess.
func parseVersion(s string) (version, int, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	s, _, _ = strings.Cut(s, "+") // build metadata does not order versions
	parts := strings.Split(s, ".")
	if s == "" || len(parts) > 3 {
		return version{}, 0, false
	}
	var v version
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return version{}, 0, false
		}
		v[i] = n
	}
	return v, len(parts), true
}

// operators in the order they must be tried (longest first).
var operators = []string{">=", "<=", "!=", "~>", ">", "<", "="}

// admitsBelow reports whether some version lower than limit satisfies every
// clause of a Terraform version constraint ("~> 3.100", ">= 3.0, < 5.0",
// "= 3.117.0"). parsed is false when a clause cannot be read.
//
// The versions a constraint admits form one interval [lo, hi) (with "!="
// removing single points), so the question is whether that interval meets
// [0, limit).
func admitsBelow(constraint string, limit version) (ok, parsed bool) {
	lo, hi := version{}, limit
	var excluded []version
	raise := func(v version) {
		if lo.less(v) {
			lo = v
		}
	}
	lower := func(v version) {
		if v.less(hi) {
			hi = v
		}
	}
	for _, clause := range strings.Split(constraint, ",") {
		clause = strings.TrimSpace(clause)
		if clause == "" {
			continue
		}
		op := ""
		for _, o := range operators {
			if strings.HasPrefix(clause, o) {
				op = o
				break
			}
		}
		v, n, ok := parseVersion(clause[len(op):])
		if !ok {
			return false, false
		}
		switch op {
		case "", "=":
			raise(v)
			lower(v.next())
		case "!=":
			excluded = append(excluded, v)
		case ">":
			raise(v.next())
		case ">=":
			raise(v)
		case "<":
			lower(v)
		case "<=":
			lower(v.next())
		case "~>":
			// Only the last written part may grow: ~> 3.1 is >= 3.1, < 4.0;
			// ~> 3.1.2 is >= 3.1.2, < 3.2.0. ~> 3 sets only a lower bound here.
			raise(v)
			switch n {
			case 2:
				lower(version{v[0] + 1, 0, 0})
			case 3:
				lower(version{v[0], v[1] + 1, 0})
			}
		}
	}
	if !lo.less(hi) {
		return false, true
	}
	if hi == lo.next() { // a single version: "!=" may remove it
		for _, x := range excluded {
			if x == lo {
				return false, true
			}
		}
	}
	return true, true
}
