package secret

import (
	"regexp"
	"strings"
)

// CloudKind is the kind of a cloud credential.
type CloudKind uint8

const (
	StorageAccountKey  CloudKind = iota + 1 // Azure storage account key
	SASToken                                // Azure shared access signature
	SharedAccessKey                         // Event Hubs / Service Bus connection string key
	EntraClientSecret                       // Microsoft Entra ID (Azure AD) application client secret
	AzurePassword                           // an Azure user's password (az login -p without --service-principal)
	AWSAccessKeyID                          // AWS access key ID
	AWSSecretAccessKey                      // AWS secret access key
	AWSSessionToken                         // AWS temporary session token
	GCPPrivateKey                           // Google Cloud service account private key
)

func (k CloudKind) String() string {
	switch k {
	case StorageAccountKey:
		return "Azure storage account key"
	case SASToken:
		return "Azure SAS token"
	case SharedAccessKey:
		return "Azure shared access key"
	case EntraClientSecret:
		return "Entra ID client secret"
	case AzurePassword:
		return "Azure account password"
	case AWSAccessKeyID:
		return "AWS access key ID"
	case AWSSecretAccessKey:
		return "AWS secret access key"
	case AWSSessionToken:
		return "AWS session token"
	case GCPPrivateKey:
		return "GCP service account private key"
	}
	return "cloud credential"
}

// CloudCredential is a cloud credential found in text: s[Start:End].
type CloudCredential struct {
	Start, End int
	Kind       CloudKind
}

// cloudShapes are credentials recognisable without knowing where they are
// used. Each pattern's first group is the credential. may is a necessary
// condition for a match, checked with a literal search first: the regexp
// runs only on the rare strings that hold the shape's literal, so a scan
// costs a memchr-speed search per string, not an automaton run.
var cloudShapes = []struct {
	re   *regexp.Regexp
	may  func(s string) bool
	kind CloudKind
}{
	// A storage account key is 64 random bytes in base64: 86 characters and
	// "==". Only a whole value counts: inside longer text the same shape is
	// a digest or a blob (SRI "sha512-…" hashes in lock files).
	{regexp.MustCompile(`^([A-Za-z0-9+/]{86}==)$`), func(s string) bool { return len(s) == 88 && s[86:] == "==" }, StorageAccountKey},
	// Connection strings: DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;
	// and Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…
	{regexp.MustCompile(`(?i)(?:^|;)\s*AccountKey\s*=\s*([^;"'\s\x00]+)`), mayFold("accountkey"), StorageAccountKey},
	{regexp.MustCompile(`(?i)(?:^|;)\s*SharedAccessKey\s*=\s*([^;"'\s\x00]+)`), mayFold("sharedaccesskey"), SharedAccessKey},
	// Entra ID client secrets since 2021: three characters, a digit, "Q~",
	// 31-34 more (gitleaks azure-ad-client-secret; Microsoft's credential
	// scanning documents the "Q~" marker).
	{regexp.MustCompile(`(?:^|[^0-9A-Za-z_~.-])([0-9A-Za-z_~.-]{3}[0-9]Q~[0-9A-Za-z_~.-]{31,34})(?:$|[^0-9A-Za-z_~.-])`), func(s string) bool { return strings.Contains(s, "Q~") }, EntraClientSecret},
	// AWS access key IDs: AKIA (long-term) or ASIA (temporary) and 16 more
	// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html).
	{regexp.MustCompile(`(?:^|[^A-Za-z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?:$|[^A-Za-z0-9])`),
		func(s string) bool { return strings.Contains(s, "AKIA") || strings.Contains(s, "ASIA") }, AWSAccessKeyID},
}

// mayFold is the literal test of a (?i) pattern: the keyword in any ASCII
// case, or a Unicode letter that (?i) folds to k or s (the Kelvin sign, the
// long s), where an ASCII search cannot tell.
func mayFold(kw string) func(string) bool {
	return func(s string) bool {
		return IndexFold(s, kw) >= 0 || strings.ContainsRune(s, '\u212a') || strings.ContainsRune(s, '\u017f')
	}
}

// publicCredentials are values published on purpose, which grant nothing:
// the Azurite / storage emulator key (devstoreaccount1).
var publicCredentials = map[string]bool{
	"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==": true,
}

// FindCloudCredentials returns the Azure and AWS credentials recognisable by
// their shape in s, in order of kind: storage account keys (a whole value,
// or AccountKey= of a connection string), SAS tokens (sv=…&sig=…), shared
// access keys of connection strings, Entra ID client secrets and AWS access
// key IDs. Placeholders, documentation examples (AWS "…EXAMPLE") and the
// storage emulator's public key are left out.
func FindCloudCredentials(s string) []CloudCredential {
	var out []CloudCredential
	for _, shape := range cloudShapes {
		if !shape.may(s) {
			continue
		}
		for _, m := range shape.re.FindAllStringSubmatchIndex(s, -1) {
			cred := s[m[2]:m[3]]
			if IsCloudPlaceholder(cred) {
				continue
			}
			out = append(out, CloudCredential{Start: m[2], End: m[3], Kind: shape.kind})
		}
	}
	out = append(out, findSAS(s)...)
	return out
}

// IsCloudPlaceholder reports whether a credential-shaped value is a stand-in:
// a placeholder (AWS documentation keys "…EXAMPLE" among them), low-entropy
// filler ("AKIAXXXXXXXXXXXXXXXX") or a published emulator key.
func IsCloudPlaceholder(s string) bool {
	return IsPlaceholder(s) || publicCredentials[s] ||
		len(s) >= 16 && Entropy(s) < 3 || strings.ContainsAny(s, "<>{}$\x00")
}

// findSAS finds shared access signatures: a query (of a URL, a conf value or
// a connection string's SharedAccessSignature=) that has both sv= (the
// signed version, always present) and a non-placeholder sig=. The whole
// query is the credential.
func findSAS(s string) []CloudCredential {
	var out []CloudCredential
	for from := 0; ; {
		i := strings.Index(s[from:], "sig=")
		if i < 0 {
			return out
		}
		i += from
		from = i + len("sig=")
		if i > 0 && s[i-1] != '&' && s[i-1] != '?' && s[i-1] != ';' {
			continue // "xsig=": some other parameter
		}
		start, end := queryBounds(s, i)
		query := s[start:end]
		sig := query[i-start+len("sig="):]
		if k := strings.IndexByte(sig, '&'); k >= 0 {
			sig = sig[:k]
		}
		// 16: a signature is an HMAC-SHA256 in base64 (44 characters,
		// percent-encoded longer); anything much shorter is an example.
		if !hasParam(query, "sv") || len(sig) < 16 || IsCloudPlaceholder(sig) {
			continue
		}
		out = append(out, CloudCredential{Start: start, End: end, Kind: SASToken})
		from = end
	}
}

// queryBounds returns the query around offset i: it starts after '?', a
// connection string's "SharedAccessSignature=", or a delimiter, and ends at
// a delimiter.
func queryBounds(s string, i int) (int, int) {
	const delims = "?;\"' \t\r\n\x00#"
	start := strings.LastIndexAny(s[:i], delims) + 1
	if rest, ok := strings.CutPrefix(s[start:], "SharedAccessSignature="); ok {
		start = len(s) - len(rest)
	}
	end := len(s)
	if k := strings.IndexAny(s[i:], delims); k >= 0 {
		end = i + k
	}
	return start, end
}

// hasParam reports whether an urlencoded query has the parameter name.
func hasParam(query, name string) bool {
	for _, p := range strings.Split(query, "&") {
		if strings.HasPrefix(p, name+"=") {
			return true
		}
	}
	return false
}

// CloudCredentialKey says which cloud credential a key holds, wherever it
// is written: a Hadoop/Spark configuration property (ABFS, WASB, S3A, GCS;
// "spark.hadoop." is the cluster-conf spelling), a well-known keyword
// argument, environment variable or profile key, or an attribute of a
// Terraform azurerm/azuread provider or azurerm backend block (path is the
// pair's container path).
func CloudCredentialKey(path, key string) (CloudKind, bool) {
	k := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(key)), "spark.hadoop.")
	switch {
	case k == "fs.azure.account.key" || strings.HasPrefix(k, "fs.azure.account.key."):
		return StorageAccountKey, true
	case strings.HasPrefix(k, "fs.azure.account.oauth2.client.secret"):
		return EntraClientSecret, true
	case strings.HasPrefix(k, "fs.azure.sas.") && !strings.HasPrefix(k, "fs.azure.sas.token.provider"):
		return SASToken, true // fs.azure.sas.fixed.token.<account>, fs.azure.sas.<container>.<account> (WASB)
	case strings.HasPrefix(k, "fs.s3") && strings.HasSuffix(k, "session.token"):
		return AWSSessionToken, true
	case strings.HasPrefix(k, "fs.s3") && strings.Contains(k, "secret"):
		return AWSSecretAccessKey, true // fs.s3a.secret.key, fs.s3a.bucket.<b>.secret.key, fs.s3n.awsSecretAccessKey
	case k == "fs.gs.auth.service.account.private.key":
		return GCPPrivateKey, true
	}
	name := normaliseKey(key)
	if kind, ok := credentialNames[name]; ok {
		return kind, true
	}
	for _, b := range azureBlocks {
		if path == b || strings.HasPrefix(path, b+".") || strings.HasSuffix(path, "."+b) {
			switch name {
			case "clientsecret":
				return EntraClientSecret, true
			case "accesskey":
				return StorageAccountKey, true
			case "sastoken":
				return SASToken, true
			}
		}
	}
	return 0, false
}

// credentialNames are keyword arguments, environment variables and profile
// keys that hold a cloud credential, lower case without separators.
var credentialNames = map[string]CloudKind{
	// boto3, the AWS CLI and SDK environment
	"awssecretaccesskey": AWSSecretAccessKey, "awssecretkey": AWSSecretAccessKey, "secretaccesskey": AWSSecretAccessKey,
	"awssessiontoken": AWSSessionToken,
	// azure-identity's environment, Terraform's ARM_*, .databrickscfg azure_client_secret
	"azureclientsecret": EntraClientSecret, "armclientsecret": EntraClientSecret, "databricksazureclientsecret": EntraClientSecret,
	// azure-storage SDK account_key=, az CLI AZURE_STORAGE_KEY, Terraform backend ARM_ACCESS_KEY
	"accountkey": StorageAccountKey, "azurestoragekey": StorageAccountKey, "azurestorageaccountkey": StorageAccountKey,
	"storageaccountkey": StorageAccountKey, "armaccesskey": StorageAccountKey,
	"sastoken": SASToken, "azurestoragesastoken": SASToken, "armsastoken": SASToken,
}

// azureBlocks are Terraform blocks whose client_secret, access_key and
// sas_token are Azure credentials: the azurerm and azuread providers, the
// azurerm state backend, and the azure_service_principal block of Unity
// Catalog storage credentials (databricks_storage_credential,
// databricks_metastore_data_access), matched at the end of a path.
var azureBlocks = []string{"provider.azurerm", "provider.azuread", "terraform.backend.azurerm", "azure_service_principal"}

// normaliseKey lower-cases a name and drops separators, so that
// AWS_SECRET_ACCESS_KEY, aws-secret-access-key and awsSecretAccessKey agree.
func normaliseKey(name string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', '.', ' ':
			return -1
		}
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, name)
}
