#!/usr/bin/env bash
# Copies the nightly export to the partner's S3 bucket, then to our archive account.
set -euo pipefail

# Partner account: the key pair is one defect, reported at the secret key.
export AWS_ACCESS_KEY_ID=AKIAJDH4GXEMM6QLA6CL
export AWS_SECRET_ACCESS_KEY=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 # want DBX103 `AWS secret access key written into environment variable "AWS_SECRET_ACCESS_KEY" .*; its access key ID is on line 6$`
aws s3 cp /dbfs/exports/nightly.parquet s3://partner-drop/acme/

# Archive account: a second pair, a second defect.
export AWS_ACCESS_KEY_ID=AKIA3CLVI6J47FO4SKQT
export AWS_SECRET_ACCESS_KEY=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 # want DBX103 `AWS secret access key .*; its access key ID is on line 11$`
aws s3 cp /dbfs/exports/nightly.parquet s3://acme-archive/exports/
