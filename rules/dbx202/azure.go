package dbx202

import (
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// databricksAppID is the Azure Databricks first-party application: the
// resource of every Azure Databricks token, the same in every workspace and
// in the public, US Government and China clouds (databricks-sdk-go
// common/environment/environments.go).
const databricksAppID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"

// nonProductionAppIDs are Databricks' internal dev and staging applications
// (same source). They are a few edits from nothing in particular, but a
// linter must not "correct" them.
var nonProductionAppIDs = map[string]bool{
	"62a912ac-b58e-4c1d-89ea-b2dbfc7358fc": true,
	"4a67d088-db5c-48f1-9ff2-0aace800ae68": true,
}

// maxTypoDistance is how many single-character edits separate a misspelt
// application ID from the real one. Two random GUIDs differ in about 30 of
// their 32 hex digits, so 3 cannot match one by chance.
const maxTypoDistance = 3

// cloud is an Azure cloud: authorities and resources must belong to the same.
type cloud uint8

const (
	noCloud cloud = iota // unknown
	publicCloud
	usGovCloud
	chinaCloud
)

func (c cloud) String() string {
	switch c {
	case publicCloud:
		return "Azure public cloud"
	case usGovCloud:
		return "Azure US Government"
	case chinaCloud:
		return "Azure China"
	}
	return "unknown cloud"
}

// cloudDomains maps DNS zones to their cloud; sovereign zones come first
// because some end like public ones would not. Source: databricks-sdk-go
// common/environment/azure.go (after go-autorest's azureEnvironments.go).
var cloudDomains = []struct {
	zone  string
	cloud cloud
}{
	{"login.microsoftonline.us", usGovCloud},
	{"usgovcloudapi.net", usGovCloud},
	{"azure.us", usGovCloud},
	{"microsoft.us", usGovCloud},
	{"login.chinacloudapi.cn", chinaCloud},
	{"login.partner.microsoftonline.cn", chinaCloud},
	{"chinacloudapi.cn", chinaCloud},
	{"azure.cn", chinaCloud},
	{"login.microsoftonline.com", publicCloud},
	{"login.windows.net", publicCloud},
	{"login.microsoft.com", publicCloud},
	{"windows.net", publicCloud},
	{"azure.com", publicCloud},
	{"azure.net", publicCloud},
	{"microsoft.com", publicCloud},
	{"azuredatabricks.net", publicCloud},
}

// hostCloud returns the cloud a host name belongs to.
func hostCloud(host string) cloud {
	for _, d := range cloudDomains {
		if inZone(host, d.zone) {
			return d.cloud
		}
	}
	return noCloud
}

func inZone(host, zone string) bool {
	return host == zone || strings.HasSuffix(host, "."+zone)
}

// loginHosts are the Azure AD token authorities.
var loginHosts = []string{
	"login.microsoftonline.com", "login.windows.net", "login.microsoft.com",
	"login.microsoftonline.us", "login.chinacloudapi.cn", "login.partner.microsoftonline.cn",
}

func isLoginHost(host string) bool {
	for _, h := range loginHosts {
		if host == h {
			return true
		}
	}
	return false
}

// databricksZones hold Azure Databricks workspace (and account console)
// hosts; none of them is an Azure AD resource.
var databricksZones = []string{"azuredatabricks.net", "databricks.azure.us", "databricks.azure.cn"}

func isDatabricksHost(host string) bool {
	for _, z := range databricksZones {
		if inZone(host, z) {
			return true
		}
	}
	return false
}

// armAudiences are the resources Azure Resource Manager accepts, with or
// without the trailing slash (its InvalidAuthenticationTokenAudience error
// lists both forms), per cloud.
var armAudiences = map[string]cloud{
	"management.core.windows.net":       publicCloud,
	"management.azure.com":              publicCloud,
	"management.core.usgovcloudapi.net": usGovCloud,
	"management.usgovcloudapi.net":      usGovCloud,
	"management.core.chinacloudapi.cn":  chinaCloud,
	"management.chinacloudapi.cn":       chinaCloud,
}

// armAudienceFor is the audience the Databricks SDK requests for the
// management token in a cloud (its ServiceManagementEndpoint).
func armAudienceFor(c cloud) string {
	switch c {
	case usGovCloud:
		return "https://management.core.usgovcloudapi.net/"
	case chinaCloud:
		return "https://management.core.chinacloudapi.cn/"
	}
	return "https://management.core.windows.net/"
}

// isGUID reports whether s looks like a GUID, allowing for the typos this
// rule looks for: 36 characters give or take three, hex digits and at
// least three dashes (a dropped, doubled or swapped character keeps it one).
func isGUID(s string) bool {
	if len(s) < 36-maxTypoDistance || len(s) > 36+maxTypoDistance {
		return false
	}
	dashes := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '-':
			dashes++
		case !isHex(s[i]):
			return false
		}
	}
	return dashes >= 3
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// misspeltAppID reports whether a GUID is a few edits from the Azure
// Databricks application ID without being it or one of Databricks' own.
func misspeltAppID(guid string) bool {
	g := strings.ToLower(guid)
	if g == databricksAppID || nonProductionAppIDs[g] {
		return false
	}
	return levenshtein(g, databricksAppID, maxTypoDistance) <= maxTypoDistance
}

// levenshtein is the edit distance of a and b, cut off above limit (ASCII).
func levenshtein(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// refNames returns the names a value's unknown parts are read through: the
// leading identifier of each placeholder's description ("resp" for
// "resp.json()[...]", "MGMT_TOKEN" for $MGMT_TOKEN).
func refNames(v facts.Value) []string {
	var names []string
	for _, p := range v.Parts {
		if p.Kind == facts.Literal || p.Kind == facts.Folded {
			continue
		}
		_, what, ok := strings.Cut(strings.Trim(p.Text, "\x00"), ":")
		if !ok {
			continue
		}
		what = strings.TrimLeft(what, "$")
		n := 0
		for n < len(what) && (what[n] == '_' || what[n] >= 'a' && what[n] <= 'z' || what[n] >= 'A' && what[n] <= 'Z' || n > 0 && what[n] >= '0' && what[n] <= '9') {
			n++
		}
		if n > 0 {
			names = append(names, what[:n])
		}
	}
	return names
}
