// Databricks notebook source
// Partner drop: one read-only SAS per container, set on the session.
val account = "partnerdropweu"
val containerSas = Map(
  "orders" -> "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=%2BPnNl03%2F4gU1L2T%2B2pqkkxkK%2FSU2cUICxZxU1EtiEhM%3D", // want DBX103 `Azure SAS token .*; the same map holds 1 more \(line 6\): one fix for all$`
  "returns" -> "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=HiI%2FtBkCD3fMfC2ujzBygjD8u8Qha6RiHWVr%2FTYARd0%3D"
)
containerSas.foreach { case (container, sas) =>
  spark.conf.set(s"fs.azure.sas.$container.$account.blob.core.windows.net", sas)
}
