package scala

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/analyzers/facts"
)

func TestScalaSummaries(t *testing.T) {
	src := `object Cfg {
  val user = "etl"
  val password = "Obj-S3cret-1"
}

case class DbConf(host: String, password: String = "Case-S3cret-2")

def read(table: String, pw: String) = spark.read.format("jdbc").option("password", pw).option("dbtable", table).load()

def readDefault(pw: String = "Def-S3cret-3") = {
  spark.read.format("jdbc").option("password", pw).load()
}

def hop(pw: String) = read("t", pw)

spark.read.format("jdbc").option("password", Cfg.password).load()
val conf = DbConf("pg.internal")
spark.read.format("jdbc").option("password", conf.password).load()
val conf2 = new DbConf(host = "pg.internal", password = "Kw-S3cret-4")
spark.read.format("jdbc").option("password", conf2.password).load()
read("orders", "Call-S3cret-5")
hop("Hop-S3cret-6")
read("orders", dbutils.secrets.get("db", "pw"))
`
	fset, file := newFile("x.scala", []byte(src))
	f := Extract(facts.WholeFile(file, file.Lang), facts.NewEnv())
	var got []string
	for _, p := range f.Pairs {
		if p.Origin == facts.OptionCall && p.Key == "password" && p.Value.IsKnown() {
			got = append(got, p.Value.Text()+"@"+at(fset, p.Value.Parts[0].Pos)+">"+at(fset, p.Value.Pos))
		}
	}
	want := "Def-S3cret-3@10:31>11:48 Obj-S3cret-1@3:19>16:46 Case-S3cret-2@6:53>18:46 Kw-S3cret-4@19:58>20:46 Call-S3cret-5@21:17>8:84 Hop-S3cret-6@22:6>8:84"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestScalaDeepChainIsBounded(t *testing.T) {
	var b strings.Builder
	const n = 10000
	for i := n - 1; i >= 0; i-- { // callee first: every def's reading evaluates the next call
		if i == n-1 {
			fmt.Fprintf(&b, "def f%d(pw: String) = spark.read.format(\"jdbc\").option(\"password\", pw).load()\n", i)
			continue
		}
		fmt.Fprintf(&b, "def f%d(pw: String) = f%d(pw)\n", i, i+1)
	}
	b.WriteString("f0(\"Chain-S3cret\")\ndef r(pw: String): Unit = { r(pw); r(pw) }\nr(\"R3cursive\")\n")
	src := b.String()
	_, file := newFile("x.scala", []byte(src))
	start := time.Now()
	f1 := Extract(facts.WholeFile(file, file.Lang), facts.NewEnv())
	took := time.Since(start)
	f2 := Extract(facts.WholeFile(file, file.Lang), facts.NewEnv())
	if fmt.Sprint(f1.Pairs, f1.Calls) != fmt.Sprint(f2.Pairs, f2.Calls) {
		t.Error("two readings differ")
	}
	t.Logf("%d calls, %d pairs in %v", len(f1.Calls), len(f1.Pairs), took)
}

func TestScalaWidgetDefaults(t *testing.T) {
	src := `dbutils.widgets.text("jdbc_password", "W1dget-S3cret")
dbutils.widgets.text("empty", "")
spark.read.format("jdbc").option("password", dbutils.widgets.get("jdbc_password")).load()
spark.read.format("jdbc").option("user", dbutils.widgets.get("empty")).load()
`
	fset, file := newFile("x.scala", []byte(src))
	f := Extract(facts.WholeFile(file, file.Lang), facts.NewEnv())
	pw := pair(t, f, facts.OptionCall, "password").Value
	if !pw.IsKnown() || pw.Text() != "W1dget-S3cret" || at(fset, pw.Parts[0].Pos) != "1:40" {
		t.Errorf("password %q at %s", pw.Text(), at(fset, pw.Parts[0].Pos))
	}
	if u := pair(t, f, facts.OptionCall, "user").Value; u.Kind() != facts.VarRef {
		t.Errorf("a widget without a default is %v", u.Kind())
	}
}

func TestScalaObjectMethods(t *testing.T) {
	src := `object Jdbc {
  def reader(pw: String) = spark.read.format("jdbc").option("password", pw)
}
Jdbc.reader("Obj-Method-S3cret").load()
`
	fset, file := newFile("x.scala", []byte(src))
	f := Extract(facts.WholeFile(file, file.Lang), facts.NewEnv())
	var got []string
	for _, p := range f.Pairs {
		if p.Key == "password" && p.Value.IsKnown() {
			got = append(got, p.Value.Text()+"@"+at(fset, p.Value.Parts[0].Pos))
		}
	}
	if want := "Obj-Method-S3cret@4:14"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}
