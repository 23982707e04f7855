// Package secret holds what every credential rule and reporter shares:
// redaction, placeholder detection and an entropy measure.
package secret

import (
	"bytes"
	"math"
	"strings"
)

// Redact shows just enough of a secret to recognise it: about a sixth of it
// at the start (at most four characters) and, for long values such as tokens
// and keys, up to four at the end: "s3…", "dapi…e381". Nothing of a value
// shorter than six characters is shown.
func Redact(s string) string {
	r := []rune(s)
	n := len(r)
	if n == 0 {
		return ""
	}
	head, tail := min(4, n/6), 0
	if n >= 24 {
		tail = min(4, n/9)
	}
	return string(r[:head]) + "…" + string(r[n-tail:])
}

// Entropy is the Shannon entropy of s in bits per character.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	var h float64
	n := float64(len(s))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// ContainsFold reports whether b holds the lower-case ASCII keyword kw in
// any letter case, without lower-casing (or copying) b.
func ContainsFold(b []byte, kw string) bool {
	if kw == "" {
		return true
	}
	c0, c1 := kw[0], kw[0]
	if 'a' <= c0 && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for i := 0; i+len(kw) <= len(b); i++ {
		j := indexEither(b[i:len(b)-len(kw)+1], c0, c1)
		if j < 0 {
			return false
		}
		i += j
		if equalFoldASCII(b[i:i+len(kw)], kw) {
			return true
		}
	}
	return false
}

// equalFoldASCII compares b with the lower-case ASCII keyword lower.
func equalFoldASCII(b []byte, lower string) bool {
	for i := 0; i < len(lower); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// indexEither is the first index of c0 or c1 in b.
func indexEither(b []byte, c0, c1 byte) int {
	i := bytes.IndexByte(b, c0)
	if c1 == c0 {
		return i
	}
	lim := b
	if i >= 0 {
		lim = b[:i]
	}
	if j := bytes.IndexByte(lim, c1); j >= 0 {
		return j
	}
	return i
}

// IndexFold is the index of the first occurrence of the lower-case ASCII
// keyword kw in s in any letter case, or -1; it does not allocate, unlike
// lower-casing s first.
func IndexFold(s, kw string) int {
	if kw == "" {
		return 0
	}
	c0, c1 := kw[0], kw[0]
	if 'a' <= c0 && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for i := 0; i+len(kw) <= len(s); i++ {
		if s[i] != c0 && s[i] != c1 {
			continue
		}
		if strings.EqualFold(s[i:i+len(kw)], kw) {
			return i
		}
	}
	return -1
}
