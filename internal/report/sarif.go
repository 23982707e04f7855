// Package report writes scan results as text for a terminal, SARIF 2.1.0 for
// GitHub code scanning, and JSON for scripts. Source text only ever reaches
// the output through a finding's redacted excerpt.
package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// Tool describes bricklint in reports.
type Tool struct {
	Name    string
	Version string
	URI     string
}

// SARIF 2.1.0 types: only the properties bricklint writes. GitHub reads
// ruleId, level, message, the first location, partialFingerprints, and the
// rules' help and properties (docs/design.md §7).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool              sarifTool         `json:"tool"`
	AutomationDetails *sarifAutomation  `json:"automationDetails,omitempty"`
	VersionControl    []sarifVCS        `json:"versionControlProvenance,omitempty"`
	Invocations       []sarifInvocation `json:"invocations"`
	ColumnKind        string            `json:"columnKind"`
	Results           []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	SemanticVersion string      `json:"semanticVersion"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifHelp       `json:"help"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision"`
	SecuritySeverity string   `json:"security-severity"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifArtLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtLoc  `json:"artifactLocation"`
	Region           *sarifRegion `json:"region,omitempty"`
}

type sarifLocation struct {
	ID               *int              `json:"id,omitempty"`
	PhysicalLocation sarifPhysical     `json:"physicalLocation"`
	LogicalLocations []sarifLogicalLoc `json:"logicalLocations,omitempty"`
	Message          *sarifText        `json:"message,omitempty"`
}

// sarifLogicalLoc names a notebook command inside an archive, which has no
// region of its own in the archive's compressed bytes.
type sarifLogicalLoc struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifVCS struct {
	RepositoryURI string `json:"repositoryUri"`
	RevisionID    string `json:"revisionId,omitempty"`
	Branch        string `json:"branch,omitempty"`
	// MappedTo says result URIs (relative to %SRCROOT%) are in this repository.
	MappedTo struct {
		URIBaseID string `json:"uriBaseId"`
	} `json:"mappedTo"`
}

// sarifArchiveProps place a finding inside an archive, and name the commit
// that introduced it in a history scan.
type sarifArchiveProps struct {
	ArchiveEntry string `json:"archiveEntry,omitempty"`
	Command      int    `json:"command,omitempty"`
	InResults    bool   `json:"inSavedResults,omitempty"`
	// NotebookLine and NotebookColumn count in the notebook's source form.
	NotebookLine   int `json:"notebookLine,omitempty"`
	NotebookColumn int `json:"notebookColumn,omitempty"`
	commitProps
}

// commitProps name the commit a history finding comes from.
type commitProps struct {
	Commit  string `json:"commit,omitempty"`
	Author  string `json:"author,omitempty"`
	Date    string `json:"date,omitempty"`
	Subject string `json:"subject,omitempty"`
}

func commitOf(c *driver.Commit) commitProps {
	if c == nil {
		return commitProps{}
	}
	return commitProps{Commit: c.SHA, Author: author(c), Date: c.Date, Subject: c.Subject}
}

func author(c *driver.Commit) string {
	if c.Email == "" {
		return c.Author
	}
	return c.Author + " <" + c.Email + ">"
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	CodeFlows           []sarifCodeFlow    `json:"codeFlows,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifArchiveProps `json:"properties,omitempty"`
}

// A code flow is the path of the reported value from where it is written to
// where it is used; GitHub code scanning shows it under "Show paths".
type sarifCodeFlow struct {
	ThreadFlows []sarifThreadFlow `json:"threadFlows"`
}

type sarifThreadFlow struct {
	Locations []sarifThreadFlowLocation `json:"locations"`
}

type sarifThreadFlowLocation struct {
	Location sarifLocation `json:"location"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtLoc        `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// SARIFOptions are the choices a user has over SARIF output.
type SARIFOptions struct {
	// Category becomes automationDetails.id ("category/"); empty leaves it out
	// so upload-sarif's own category input applies.
	Category string
}

// Result is what reporters print: the scan plus the rules that ran.
type Result struct {
	*driver.Result
	Rules []meta.Meta
	// Baselined holds fingerprints of findings known from the baseline file;
	// they are reported but do not fail the run.
	Baselined map[string]bool
	// Started and Finished bound the scan (zero when unknown).
	Started, Finished time.Time
	// Provenance, when set, names the repository and revision a history
	// scan read (SARIF versionControlProvenance).
	Provenance *Provenance
}

// Provenance is the repository and revision findings were read from.
type Provenance struct {
	RepositoryURI, RevisionID, Branch string
}

// SARIF writes the result as one SARIF 2.1.0 run.
func SARIF(w io.Writer, tool Tool, res Result, opts SARIFOptions) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: tool.Name, SemanticVersion: tool.Version, InformationURI: tool.URI,
			Rules: []sarifRule{},
		}},
		ColumnKind: "utf16CodeUnits",
		Results:    []sarifResult{},
	}
	if opts.Category != "" {
		run.AutomationDetails = &sarifAutomation{ID: strings.TrimSuffix(opts.Category, "/") + "/"}
	}
	if p := res.Provenance; p != nil {
		vcs := sarifVCS{RepositoryURI: p.RepositoryURI, RevisionID: p.RevisionID, Branch: p.Branch}
		vcs.MappedTo.URIBaseID = "%SRCROOT%"
		run.VersionControl = []sarifVCS{vcs}
	}
	index := map[string]int{}
	for i, m := range res.Rules {
		index[m.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(m))
	}
	for _, f := range res.Findings {
		r := sarifResult{
			RuleID:              f.Rule.ID,
			RuleIndex:           index[f.Rule.ID],
			Level:               levelOf(f.Level),
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{locationOf(f.Location)},
			PartialFingerprints: map[string]string{"primaryLocationLineHash": f.Fingerprint},
		}
		if f.Entry != "" {
			r.Properties = &sarifArchiveProps{ArchiveEntry: f.Entry, Command: f.Command, InResults: f.InResults,
				NotebookLine: f.Line, NotebookColumn: f.Col16}
		}
		if f.Commit != nil {
			if r.Properties == nil {
				r.Properties = &sarifArchiveProps{}
			}
			r.Properties.commitProps = commitOf(f.Commit)
		}
		for i, rel := range f.Related {
			id := i + 1
			l := locationOf(rel.Location)
			l.ID = &id
			l.Message = &sarifText{Text: cmp.Or(rel.Message, "related location")}
			r.RelatedLocations = append(r.RelatedLocations, l)
		}
		if len(f.Related) > 0 {
			r.CodeFlows = []sarifCodeFlow{codeFlowOf(f)}
		}
		for _, fix := range f.Fixes {
			r.Fixes = append(r.Fixes, sarifFixOf(fix))
		}
		if f.Suppression != nil {
			r.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppression.Reason}}
		} else if res.Baselined[f.Fingerprint] {
			r.Suppressions = []sarifSuppression{{Kind: "external", Justification: "recorded in the bricklint baseline"}}
		}
		run.Results = append(run.Results, r)
	}
	inv := sarifInvocation{ExecutionSuccessful: true, ToolExecutionNotifications: []sarifNotification{}}
	for _, n := range res.Notifications {
		sn := sarifNotification{Level: levelOf(n.Level), Message: sarifText{Text: n.Path + ": " + n.Message}}
		if n.Path != "" && !strings.Contains(n.Path, ", ") {
			reg := &sarifRegion{StartLine: max(n.Line, 1)}
			if n.Col > 0 {
				reg.StartColumn = n.Col
			}
			sn.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtLoc{URI: uriOf(n.Path), URIBaseID: "%SRCROOT%"}, Region: reg}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sn)
	}
	run.Invocations = []sarifInvocation{inv}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}

func sarifRuleOf(m meta.Meta) sarifRule {
	return sarifRule{
		ID:                   m.ID,
		Name:                 m.Name,
		ShortDescription:     sarifText{Text: m.Title},
		FullDescription:      sarifText{Text: m.Summary},
		Help:                 sarifHelp{Text: m.Summary + "\n\nSee " + m.HelpURL(), Markdown: m.Help},
		HelpURI:              m.HelpURL(),
		DefaultConfiguration: sarifRuleConfig{Level: levelOf(m.Severity)},
		Properties: sarifRuleProps{
			Tags:             m.AllTags(),
			Precision:        string(m.Precision),
			SecuritySeverity: m.SecuritySeverity(),
		},
	}
}

func levelOf(s meta.Severity) string {
	if s == 0 {
		return "none"
	}
	return s.String()
}

// uriOf escapes a repository-relative path for a SARIF URI reference.
func uriOf(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '/' || c == '-' || c == '_' || c == '.' || c == '~' ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
			continue
		}
		const hex = "0123456789ABCDEF"
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func regionOf(l driver.Location) sarifRegion {
	r := sarifRegion{StartLine: l.Line, StartColumn: l.Col16, EndLine: l.EndLine, EndColumn: l.EndCol16}
	if r.EndLine < r.StartLine || (r.EndLine == r.StartLine && r.EndColumn < r.StartColumn) {
		r.EndLine, r.EndColumn = r.StartLine, r.StartColumn
	}
	return r
}

func locationOf(l driver.Location) sarifLocation {
	reg := regionOf(l)
	loc := sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtLoc{URI: uriOf(l.Path), URIBaseID: "%SRCROOT%"},
		Region:           &reg,
	}}
	if l.Entry == "" {
		return loc
	}
	// In an archive: the file is the archive, the notebook and command are
	// logical locations; a line of the archive's compressed bytes would mean
	// nothing, but GitHub requires a region, so it is the archive's line 1.
	reg = sarifRegion{StartLine: 1, StartColumn: 1, EndLine: 1, EndColumn: 1}
	name, fqn := l.Entry, l.Entry
	if l.Command > 0 {
		name = fmt.Sprintf("command %d", l.Command)
		fqn = fmt.Sprintf("%s/command %d", l.Entry, l.Command)
	}
	loc.LogicalLocations = []sarifLogicalLoc{{Name: name, FullyQualifiedName: fqn, Kind: "module"}}
	return loc
}

// codeFlowOf is the finding's path: its own location (the literal, for a
// value that travels), then each related location in the order the rule
// gave them.
func codeFlowOf(f driver.Finding) sarifCodeFlow {
	start := locationOf(f.Location)
	start.Message = &sarifText{Text: "reported here"}
	tf := sarifThreadFlow{Locations: []sarifThreadFlowLocation{{Location: start}}}
	for _, rel := range f.Related {
		l := locationOf(rel.Location)
		l.Message = &sarifText{Text: cmp.Or(rel.Message, "related location")}
		tf.Locations = append(tf.Locations, sarifThreadFlowLocation{Location: l})
	}
	return sarifCodeFlow{ThreadFlows: []sarifThreadFlow{tf}}
}

func sarifFixOf(fix driver.Fix) sarifFix {
	byPath := map[string]int{}
	out := sarifFix{Description: sarifText{Text: fix.Message}}
	for _, e := range fix.Edits {
		i, ok := byPath[e.Path]
		if !ok {
			i = len(out.ArtifactChanges)
			byPath[e.Path] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{
				ArtifactLocation: sarifArtLoc{URI: uriOf(e.Path), URIBaseID: "%SRCROOT%"}})
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion:   regionOf(e.Location),
			InsertedContent: sarifText{Text: e.NewText},
		})
	}
	return out
}
