package secret

import (
	"bytes"
	"regexp"
	"sort"
)

// TokenKind is the kind of Databricks credential a prefix stands for.
type TokenKind uint8

const (
	PersonalAccessToken TokenKind = iota + 1 // dapi + 32 lowercase hex, optional -N suffix
	OAuthSecret                              // dose + 32 of [A-Za-z0-9._-]: a service principal's OAuth secret
	OtherToken                               // dkea, dosa + 32 hex: prefixes Databricks' own pylint plugin flags
)

func (k TokenKind) String() string {
	switch k {
	case PersonalAccessToken:
		return "personal access token"
	case OAuthSecret:
		return "OAuth client secret"
	}
	return "token"
}

// Token is a Databricks credential found in text: b[Start:End].
type Token struct {
	Start, End int
	Kind       TokenKind
}

// tokenPrefixes are the literal, case-sensitive prefixes a scan looks for.
// Sources: gitleaks databricks-api-token (dapi, -\d suffix), Nosey Parker
// np.databricks.1 (-[0-9]+ suffix), kingfisher.databricks.5 and osv-scalibr
// (dose + 32 of [A-Za-z0-9._-]), databrickslabs/pylint-plugin R8909 (dkea, dosa).
var tokenPrefixes = []struct {
	prefix string
	kind   TokenKind
}{
	{"dapi", PersonalAccessToken},
	{"dose", OAuthSecret},
	{"dkea", OtherToken},
	{"dosa", OtherToken},
}

// tokenBodyLen is the length of every token's body after its prefix.
const tokenBodyLen = 32

// FindDatabricksTokens returns the Databricks tokens in b, in order. A token
// must stand on its own (word boundaries, as gitleaks requires) and its body
// must look random: all-same, repeating and counting sequences are examples
// ("dapi1234567890abcdef…"), not credentials.
func FindDatabricksTokens(b []byte) []Token {
	var out []Token
	for _, p := range tokenPrefixes {
		for off := 0; ; {
			i := bytes.Index(b[off:], []byte(p.prefix))
			if i < 0 {
				break
			}
			i += off
			off = i + len(p.prefix)
			if !leftBoundary(b, i) {
				continue
			}
			var end int
			if p.kind == OAuthSecret {
				end = oauthSecretEnd(b, off)
			} else {
				end = hexTokenEnd(b, off)
			}
			if end < 0 || !looksRandom(b[off:off+tokenBodyLen]) {
				continue
			}
			out = append(out, Token{Start: i, End: end, Kind: p.kind})
			off = end
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// ContainsDatabricksToken reports whether s holds a Databricks token.
func ContainsDatabricksToken(s string) bool {
	return len(FindDatabricksTokens([]byte(s))) > 0
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// leftBoundary reports whether a token may start at b[i]: at the start, after
// a non-word byte, or right after a \n, \r or \t escape inside a JSON or
// Python string (the "n" of "\n" is a word byte but not part of a word).
func leftBoundary(b []byte, i int) bool {
	if i == 0 || !isWordByte(b[i-1]) {
		return true
	}
	return i >= 2 && b[i-2] == '\\' && (b[i-1] == 'n' || b[i-1] == 'r' || b[i-1] == 't')
}

func isLowerHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }

// hexTokenEnd returns the end of a 32-hex token body starting at b[i] with
// an optional -<digits> suffix, or -1 when there is none.
func hexTokenEnd(b []byte, i int) int {
	end := i + tokenBodyLen
	if end > len(b) {
		return -1
	}
	for _, c := range b[i:end] {
		if !isLowerHex(c) {
			return -1
		}
	}
	if end+1 < len(b) && b[end] == '-' && '0' <= b[end+1] && b[end+1] <= '9' {
		j := end + 1
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		if j == len(b) || !isWordByte(b[j]) {
			return j
		}
	}
	if end < len(b) && isWordByte(b[end]) {
		return -1 // a longer word: a hash, an identifier
	}
	return end
}

func isOAuthSecretByte(c byte) bool { return isWordByte(c) || c == '.' || c == '-' }

// oauthSecretEnd returns the end of a dose secret body starting at b[i], or
// -1. The body is exactly 32 characters of [A-Za-z0-9._-]; a longer run is
// some other word, except that a final "." may end a sentence.
func oauthSecretEnd(b []byte, i int) int {
	j := i
	for j < len(b) && isOAuthSecretByte(b[j]) {
		j++
	}
	n := j - i
	if n == tokenBodyLen+1 && b[j-1] == '.' {
		n--
	}
	if n != tokenBodyLen {
		return -1
	}
	if isIdentifierLike(b[i : i+tokenBodyLen]) {
		return -1 // dose_response_curve_parameters…: a name in ML code, not a secret
	}
	return i + tokenBodyLen
}

// isIdentifierLike reports whether body is made of words (snake_case,
// kebab-case or camelCase, no digit), as names are and random secrets are
// not: a random 32-character secret has a digit with probability 99.6%.
func isIdentifierLike(body []byte) bool {
	if bytes.ContainsAny(body, "0123456789") {
		return false
	}
	parts := bytes.FieldsFunc(body, func(r rune) bool { return r == '_' || r == '.' || r == '-' })
	for _, part := range parts {
		start := 0 // camelCase: a word starts at every upper-case letter
		for k := 1; k <= len(part); k++ {
			if k == len(part) || 'A' <= part[k] && part[k] <= 'Z' {
				if !identifierWord.Match(part[start:k]) {
					return false
				}
				start = k
			}
		}
	}
	return true
}

var identifierWord = regexp.MustCompile(`^[A-Z]?[a-z]{2,}$`)

// looksRandom rejects token bodies that are obviously made up: few distinct
// characters, a short repeating pattern ("deadbeef" x 4), or mostly counting
// runs ("0123456789abcdef"). The entropy floor is 2.5 bits a character, below
// gitleaks' 3 (which it applies to the whole match, prefix included): one
// random 32-hex body in 8,000 falls under 3, none in millions under 2.5.
func looksRandom(body []byte) bool {
	if Entropy(string(body)) < 2.5 {
		return false
	}
	for period := 1; period <= len(body)/2; period++ {
		if isPeriodic(body, period) {
			return false
		}
	}
	steps := 0
	for k := 1; k < len(body); k++ {
		if d := int(body[k]) - int(body[k-1]); d == 1 || d == -1 || body[k-1] == '9' && body[k] == 'a' {
			steps++
		}
	}
	// A random hex body has about 4 of its 31 neighbours one apart; half is a sequence.
	return steps < len(body)/2
}

func isPeriodic(b []byte, period int) bool {
	for k := period; k < len(b); k++ {
		if b[k] != b[k-period] {
			return false
		}
	}
	return true
}
