# Databricks notebook source
# DBTITLE 1,Read the vendor bucket
# The secret key comes from the scope; the key ID was pasted in and is still a finding of its own.
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAJOASUWP7G7HQM3BY",  # want DBX103 `AWS access key ID written into a string literal`
    aws_secret_access_key=dbutils.secrets.get("vendor-aws", "secret-key"),
)
objects = s3.list_objects_v2(Bucket="vendor-exports", Prefix="daily/")
