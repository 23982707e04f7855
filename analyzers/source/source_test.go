package source

import "testing"

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		format    Format
		lang      Lang
	}{
		{"etl.py", "# Databricks notebook source\nx = 1\n", Notebook, Python},
		{"etl.py", "\xef\xbb\xbf# Databricks notebook source\r\n", Notebook, Python},
		{"etl.py", "import os\n", Code, Python},
		{"report.r", "# Databricks notebook source\n", Notebook, R},
		{"Report.R", "library(SparkR)\n", Code, R},
		{"job.scala", "// Databricks notebook source\n", Notebook, Scala},
		{"q.sql", "-- Databricks notebook source\n", Notebook, SQL},
		{"deploy.sh", "#!/bin/bash\n", Code, Shell},
		{"bin/deploy", "#!/usr/bin/env bash\n", Code, Shell},
		{"bin/tool", "#!/usr/bin/env python3\n", Code, Python},
		{"bin/data", "hello\n", Unknown, NoLang},
		{"nb.ipynb", "{}", Ipynb, NoLang},
		{"job.json", "{}", JSON, NoLang},
		{"main.tf", "", Terraform, NoLang},
		{"main.tf.json", "{}", Terraform, NoLang},
		{"prod.tfvars", "", Terraform, NoLang},
		{"databricks.yml", "", YAML, NoLang},
		{"home/.databrickscfg", "", INI, NoLang},
		{".env", "", Dotenv, NoLang},
		{".env.local", "", Dotenv, NoLang},
		{"README.md", "", Unknown, NoLang},
	} {
		f, l := Classify(tc.name, []byte(tc.src))
		if f != tc.format || l != tc.lang {
			t.Errorf("Classify(%q, %.20q) = %q %q, want %q %q", tc.name, tc.src, f, l, tc.format, tc.lang)
		}
	}
}
