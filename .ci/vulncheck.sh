#!/usr/bin/env bash
# govulncheck against an offline copy of the Go vulnerability database.
# CI cannot reach vuln.go.dev, but the module proxy serves golang.org/x/vulndb,
# whose data/osv holds every report; indexdb turns it into a database that
# govulncheck reads with -db file://. Fails (exit 3) only when bricklint's code
# reaches a vulnerable symbol; imported-but-unreached vulnerabilities are listed.
set -euo pipefail
cd "$(dirname "$0")/.."

GOVULNCHECK_VERSION=v1.9.0
VULNDB_VERSION=v0.0.0-20261105234957-e22db6528018

tools="$PWD/.ci/.tools"
mkdir -p "$tools"
GOBIN="$tools" go install "golang.org/x/vuln/cmd/govulncheck@$GOVULNCHECK_VERSION"
GOBIN="$tools" go install "golang.org/x/vulndb/cmd/indexdb@$VULNDB_VERSION"

vulndb_dir=$(go mod download -json "golang.org/x/vulndb@$VULNDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
db="$tools/vulndb-$VULNDB_VERSION"
if [ ! -f "$db/index/db.json" ]; then
	rm -rf "$db"
	"$tools/indexdb" -vulns "$vulndb_dir/data/osv" -out "$db"
fi

"$tools/govulncheck" -db "file://$db" ./...
