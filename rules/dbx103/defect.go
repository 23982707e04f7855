package dbx103

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/secret"
)

// One finding per defect (issue 11): a reviewer fixes an AWS key pair, or a
// map literal of SAS tokens, as one thing. The other literals of the defect
// stay visible as related locations and in the message.

// finding is a diagnostic before merging.
type finding struct {
	d         analysis.Diagnostic
	kind      secret.CloudKind
	file      *facts.File
	container string // the map literal that holds the literal, if any
}

// container is a map, dict or object literal's entry: the value's range
// and the container's path.
type container struct {
	pos, end token.Pos
	path     string
}

// containers lists the entries of a file's map literals: Python dicts,
// Scala Maps, R lists, JSON and YAML objects, Terraform maps and blocks.
func containers(f *facts.File) []container {
	var out []container
	for _, p := range f.Pairs {
		switch p.Origin {
		case facts.DictEntry, facts.JSONMember, facts.YAMLEntry, facts.HCLAttr:
			if p.Path != "" && p.Value.Pos.IsValid() {
				out = append(out, container{p.Value.Pos, p.Value.End, p.Path})
			}
		}
	}
	return out
}

// containerAt is the path of the map literal whose entry holds pos: the
// first recorded (a dict passed to a call is recorded again under the callee).
func (r *reporter) containerAt(pos token.Pos) string {
	for _, c := range r.containers {
		if c.pos <= pos && pos < c.end {
			return c.path
		}
	}
	return ""
}

// mapKinds are the credentials of which a map literal typically holds many,
// one per account or container: they are one defect.
var mapKinds = map[secret.CloudKind]bool{secret.SASToken: true, secret.StorageAccountKey: true, secret.SharedAccessKey: true}

// mergeDefects makes one finding of each defect: an AWS access key ID joins
// the secret access key it pairs with (the nearest in its file, else the
// first of the unit), and the keys and SAS tokens of one map literal join
// the first of them.
func mergeDefects(fset *token.FileSet, found []finding) []finding {
	line := func(pos token.Pos) int { return fset.Position(pos).Line }
	dropped := make([]bool, len(found))
	joined := make([][]int, len(found)) // indexes merged into each finding
	pairWith := func(i int) int {
		best := -1
		for j, g := range found {
			if g.kind != secret.AWSSecretAccessKey {
				continue
			}
			switch {
			case best < 0:
				best = j
			case g.file == found[i].file && found[best].file != found[i].file:
				best = j
			case g.file == found[i].file && distance(g.d.Pos, found[i].d.Pos) < distance(found[best].d.Pos, found[i].d.Pos):
				best = j
			}
		}
		return best
	}
	for i, fd := range found {
		if fd.kind != secret.AWSAccessKeyID {
			continue
		}
		if j := pairWith(i); j >= 0 {
			dropped[i] = true
			joined[j] = append(joined[j], i)
		}
	}
	type mapLiteral struct {
		file *facts.File
		path string
	}
	first := map[mapLiteral]int{}
	for i, fd := range found {
		if dropped[i] || !mapKinds[fd.kind] || fd.container == "" {
			continue
		}
		k := mapLiteral{fd.file, fd.container}
		if j, ok := first[k]; ok {
			dropped[i] = true
			joined[j] = append(joined[j], i)
			continue
		}
		first[k] = i
	}
	var out []finding
	for i, fd := range found {
		if dropped[i] {
			continue
		}
		if len(joined[i]) > 0 {
			fd.d = merged(fd, found, joined[i], line)
		}
		out = append(out, fd)
	}
	return out
}

// merged is a finding's diagnostic with the literals joined to it.
func merged(fd finding, found []finding, joined []int, line func(token.Pos) int) analysis.Diagnostic {
	sort.Slice(joined, func(a, b int) bool { return found[joined[a]].d.Pos < found[joined[b]].d.Pos })
	d := fd.d
	d.Related = append([]analysis.RelatedInformation(nil), d.Related...)
	var lines []string
	for _, j := range joined {
		g := found[j]
		what := "another " + g.kind.String() + " of the same map"
		if g.kind == secret.AWSAccessKeyID {
			what = "the access key ID of the same key pair"
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: g.d.Pos, End: g.d.End, Message: what})
		where := fmt.Sprintf("line %d", line(g.d.Pos))
		if g.file != fd.file {
			where = fmt.Sprintf("%s:%d", g.file.Source.Path, line(g.d.Pos))
		}
		lines = append(lines, where)
	}
	if fd.kind == secret.AWSSecretAccessKey {
		d.Message += fmt.Sprintf("; its access key ID is on %s", strings.Join(lines, ", "))
	} else {
		d.Message += fmt.Sprintf("; the same map holds %d more (%s): one fix for all", len(joined), strings.Join(lines, ", "))
	}
	return d
}

func distance(a, b token.Pos) token.Pos {
	if a > b {
		return a - b
	}
	return b - a
}
