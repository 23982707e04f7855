package dbx101

import "testing"

func TestJDBCHost(t *testing.T) {
	for in, want := range map[string]string{
		"jdbc:postgresql://orders-db.prod.internal:5432/orders?user=a&password=b": "orders-db.prod.internal",
		"jdbc:sqlserver://billing.database.windows.net:1433;database=billing":     "billing.database.windows.net",
		"jdbc:mysql://root:root@127.0.0.1:3306/test":                              "127.0.0.1",
		"jdbc:oracle:thin:scott/tiger@ora.acme.internal:1521/ORCL":                "ora.acme.internal",
		"jdbc:oracle:thin:scott/tiger@//ora.acme.internal:1521/ORCL":              "ora.acme.internal",
		"jdbc:tc:postgresql:15:///orders?user=test&password=test":                 "",
		"jdbc:h2:mem:test;USER=sa;PASSWORD=sa":                                    "",
		"Driver={ODBC Driver 18};Server=tcp:crm.database.windows.net,1433;PWD=x":  "crm.database.windows.net",
		"jdbc:sqlserver://[2001:db8::1]:1433;database=x":                          "2001:db8::1",
	} {
		if got := jdbcHost(in); got != want {
			t.Errorf("jdbcHost(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRealHost(t *testing.T) {
	for _, h := range []string{"orders-db.prod.internal", "billing.database.windows.net", "10.20.30.40", "sqlprod01"} {
		if realHost(h) == "" {
			t.Errorf("realHost(%q) = \"\", want the host", h)
		}
	}
	for _, h := range []string{"", "localhost", "LOCALHOST", "127.0.0.1", "::1", "0.0.0.0", "host.docker.internal",
		"db", "postgres", "host", "<host>", "YOUR_SERVER.database.windows.net", "sql.example.com",
		jdbcHost("jdbc:postgresql://\x00var-ref:host\x00:5432/db")} {
		if got := realHost(h); got != "" {
			t.Errorf("realHost(%q) = %q, want \"\"", h, got)
		}
	}
}
