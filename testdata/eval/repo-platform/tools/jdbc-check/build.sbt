name := "jdbc-check"
organization := "com.contoso.platform"
scalaVersion := "2.12.18"

libraryDependencies ++= Seq(
  "org.postgresql" % "postgresql" % "42.7.3",
  "com.microsoft.sqlserver" % "mssql-jdbc" % "12.6.1.jre11"
)

assembly / assemblyJarName := "jdbc-check.jar"
