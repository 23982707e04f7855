from databricks.sdk import WorkspaceClient

w = WorkspaceClient(
    host="https://adb-4829136605271943.3.azuredatabricks.net",
    token="dapif73f89f75f7daa5462150519629dcf31",
)
