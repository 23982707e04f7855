# Databricks notebook source
# MAGIC %md
# MAGIC # Plant landing containers
# MAGIC Each plant uploads raw OPC-UA dumps to its own container in `contosoiotlanding`. The SAS tokens below
# MAGIC are read-only and expire in June 2027 (OPS-412 tracks moving to a Unity Catalog external location).

# COMMAND ----------

LANDING_ACCOUNT = "contosoiotlanding"

PLANT_SAS = {
    "plant-eindhoven": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=PFfj3lpwb4fXWBATVCzNXPkfYqkrmj3GlyI4GbxvuIs%3D",
    "plant-gdansk": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=wR2OyPdZOPC5fD7%2BwiqPg7xIE6pZO8m3D%2F82gmxqQaE%3D",
    "plant-brno": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=dLKBIzHPNEI4chvm52vnBseSsxvIcuJM%2Fc%2BDVrn2DJ8%3D",
    "plant-porto": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=M0fInbh8yTLKvXRg5TTDYUQ7F1GMAmnL0x%2BCfnMpmhI%3D",
    "plant-linz": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=Q%2F%2BNd2s8zW8NWbcx3bA6B3RTQc0zksVvLsVDAEdEuE4%3D",
    "plant-tampere": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=wDonIZ4HJykrUmJOPPukC0RxFxGqlSm4sT2th9f5mvA%3D",
    "plant-sevilla": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=CF2whvdBQC6kI1eMkalYzvG0ngpaYWxWgPheCmjvWPU%3D",
    "plant-cluj": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T23:59:59Z&st=2026-07-01T00:00:00Z&spr=https&sig=eZiJ8yFBxJir5LBPfwyH4Nj2TAN8pwqX%2FfXLoY0Z6lk%3D",
}

# COMMAND ----------

for plant, sas in PLANT_SAS.items():
    spark.conf.set(f"fs.azure.sas.{plant}.{LANDING_ACCOUNT}.blob.core.windows.net", sas)

# COMMAND ----------

# The historian export container moved to a Key Vault-backed scope.
spark.conf.set(
    f"fs.azure.sas.historian.{LANDING_ACCOUNT}.blob.core.windows.net",
    dbutils.secrets.get(scope="iot-landing", key="historian-sas"),
)

# COMMAND ----------

raw = spark.read.format("binaryFile").load(f"wasbs://plant-eindhoven@{LANDING_ACCOUNT}.blob.core.windows.net/opcua/")
display(raw.limit(10))
