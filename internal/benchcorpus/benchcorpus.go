// Package benchcorpus writes a synthetic Databricks repository for
// benchmarks: notebooks, job JSON, Terraform, bundles, scripts and plain
// files that no rule needs to read, in the proportions of a real monorepo.
// Most files are clean; a few carry findings, as in practice.
package benchcorpus

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

// Generate writes about n files under dir and returns their total size in bytes.
func Generate(dir string, n int) (int64, error) {
	rng := rand.New(rand.NewSource(1))
	var total int64
	write := func(rel, content string) error {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		total += int64(len(content))
		return os.WriteFile(p, []byte(content), 0o644)
	}
	for i := 0; i < n; i++ {
		var err error
		team := fmt.Sprintf("team%02d", i%17)
		switch k := i % 20; {
		case k < 7:
			err = write(fmt.Sprintf("%s/notebooks/nb_%05d.py", team, i), notebook(rng, i))
		case k < 9:
			err = write(fmt.Sprintf("%s/src/mod_%05d.py", team, i), module(rng, i))
		case k < 10:
			err = write(fmt.Sprintf("%s/jobs/job_%05d.json", team, i), job(i))
		case k < 11:
			err = write(fmt.Sprintf("%s/infra/m%05d/main.tf", team, i), terraform(i))
		case k < 12:
			err = write(fmt.Sprintf("%s/resources/job_%05d.yml", team, i), bundle(i))
		case k < 13:
			err = write(fmt.Sprintf("%s/scripts/deploy_%05d.sh", team, i), script(i))
		case k < 15:
			err = write(fmt.Sprintf("%s/sql/q_%05d.sql", team, i), sqlFile(rng, i))
		default:
			err = write(fmt.Sprintf("%s/docs/page_%05d.md", team, i), prose(rng, i))
		}
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

var words = strings.Fields("customer order revenue region daily snapshot bronze silver gold table partition " +
	"window aggregate join filter select schema column metric forecast churn feature model")

func sentence(rng *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = words[rng.Intn(len(words))]
	}
	return strings.Join(w, " ")
}

func notebook(rng *rand.Rand, i int) string {
	var b strings.Builder
	b.WriteString("# Databricks notebook source\n# MAGIC %md\n# MAGIC # " + sentence(rng, 6) + "\n\n# COMMAND ----------\n\n")
	for c := 0; c < 12; c++ {
		fmt.Fprintf(&b, "df_%d = spark.table(\"bronze.%s\").filter(\"%s\")\n", c, words[c%len(words)], sentence(rng, 4))
		fmt.Fprintf(&b, "display(df_%d.groupBy(\"region\").count())  # %s\n\n# COMMAND ----------\n\n", c, sentence(rng, 5))
	}
	if i%50 == 0 { // a finding now and then
		b.WriteString("pw = \"Summer" + fmt.Sprint(i) + "!\"\nspark.read.format(\"jdbc\").option(\"password\", pw).load()\n")
	} else {
		b.WriteString("pw = dbutils.secrets.get(scope=\"db\", key=\"password\")\nspark.read.format(\"jdbc\").option(\"password\", pw).load()\n")
	}
	return b.String()
}

func module(rng *rand.Rand, i int) string {
	var b strings.Builder
	b.WriteString("\"\"\"" + sentence(rng, 10) + "\"\"\"\nimport os\n\n")
	for f := 0; f < 15; f++ {
		fmt.Fprintf(&b, "def transform_%d(df):\n    # %s\n    return df.withColumn(\"%s\", df[\"%s\"] * %d)\n\n", f, sentence(rng, 6), words[f%len(words)], words[(f+3)%len(words)], f)
	}
	return b.String()
}

func job(i int) string {
	return fmt.Sprintf(`{
  "name": "nightly-%d",
  "job_clusters": [{"job_cluster_key": "main", "new_cluster": {
    "spark_version": "15.4.x-scala2.12", "node_type_id": "Standard_D4ds_v5", "num_workers": 4,
    "spark_conf": {"spark.sql.shuffle.partitions": "200"},
    "spark_env_vars": {"DB_PASSWORD": "{{secrets/etl/db-password}}"}}}],
  "tasks": [{"task_key": "load", "job_cluster_key": "main",
    "notebook_task": {"notebook_path": "/Repos/etl/load", "base_parameters": {"run_date": "{{job.start_time.iso_date}}"}}}]
}
`, i)
}

func terraform(i int) string {
	return fmt.Sprintf(`resource "databricks_job" "nightly_%d" {
  name = "nightly-%d"
  task {
    task_key = "load"
    notebook_task {
      notebook_path = "/Repos/etl/load"
    }
  }
}

resource "databricks_token" "ci_%d" {
  comment          = "CI token"
  lifetime_seconds = 2592000
}
`, i, i, i)
}

func bundle(i int) string {
	return fmt.Sprintf(`resources:
  jobs:
    job_%d:
      name: job-%d
      tasks:
        - task_key: main
          notebook_task:
            notebook_path: ../notebooks/main.py
          new_cluster:
            spark_version: 15.4.x-scala2.12
            num_workers: 2
            spark_env_vars:
              API_TOKEN: "{{secrets/etl/api-token}}"
`, i, i)
}

func script(i int) string {
	return fmt.Sprintf(`#!/bin/bash
set -euo pipefail
TOKEN=$(curl -s -X POST "https://login.microsoftonline.com/$TENANT/oauth2/v2.0/token" \
  -d "grant_type=client_credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET" \
  --data-urlencode "scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default" | jq -r .access_token)
databricks bundle deploy -t prod-%d
`, i)
}

func sqlFile(rng *rand.Rand, i int) string {
	var b strings.Builder
	for q := 0; q < 10; q++ {
		fmt.Fprintf(&b, "-- %s\nSELECT region, sum(amount) AS revenue FROM silver.orders_%d WHERE note = '%s' GROUP BY region;\n\n", sentence(rng, 6), i, sentence(rng, 3))
	}
	return b.String()
}

func prose(rng *rand.Rand, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Page %d\n\n", i)
	for p := 0; p < 20; p++ {
		b.WriteString(sentence(rng, 30) + "\n\n")
	}
	return b.String()
}
