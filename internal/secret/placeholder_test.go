package secret

import "testing"

// The placeholder table: every kind of stand-in the shared definition
// names, and real-looking values that must stay findings.
func TestIsStandIn(t *testing.T) {
	for _, s := range []string{
		"", "<password>", "<your-storage-key>", "[password]", "${DB_PASSWORD}", "$DB_PASSWORD", "$(vault read pw)",
		"{{secrets/etl/pw}}", "{{ db_password }}", "%(pw)s", "{0}",
		"YOUR_USERNAME", "YOUR_STORAGE_ACCOUNT_KEY", "your-client-secret", "your_password_here", "yourPassword",
		"xxx", "xxxxxxxx", "xxx.database.windows.net", "XXX-prod", "XXXX-XXXX-XXXX", "abcXXXXXXXXdef", "***", "s3cr***", "••••",
		"…", "...", "Abc…", "dapi...", "TODO", "TODO: ask the DBA", "todo-set-me", "TBD", "FIXME",
		"REPLACE_ME", "replace-with-the-real-key", "placeholder", "PLACEHOLDER_TOKEN",
		"pre-${ENV}-suffix", "jdbc-{{env}}",
		"aaaa", "0000000000", "--------",
		"example", "example-password", "MyExampleKey1", "sample_token", "SAMPLE", "AKIAIOSFODNN7EXAMPLE",
		"dapi<paste-your-token>", "dapi<token>", "dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "dapi_your_token", "dapi-TODO", "AKIA________________", "dapi",
		"sv=2022-11-02&ss=b&srt=co&sp=rl&sig=<signature>", "?sv=2021-06-08&sig=XXXXXXXXXXXXXXXXXXXX", "sv=2020-08-04&sig=...",
		"REDACTED", "none", "n/a",
	} {
		if !IsStandIn(s) {
			t.Errorf("IsStandIn(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Winter2024!", "hunter2", "p@ssw0rd-2023", "secret123", "dapifb133f4b9205f3976d1b522f12bd0faa",
		"Spr1ng-Sales-24", "xK9#mQ2$vL", "yourself-2024", "Yours7ruly!", "xxx1Bq9z", "xXx7Lw2mQ",
		"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01&sig=3Zl2Y%2FbH8kqQn0mXr7TgP5sV1wA%3D",
		"changeme", "password123", "admin", // default passwords are not stand-ins
	} {
		if IsStandIn(s) {
			t.Errorf("IsStandIn(%q) = true, want false", s)
		}
	}
}

// The default-password table: values that ship with products or top every
// leaked-password list, in any letter case; near misses are not defaults.
func TestIsDefaultPassword(t *testing.T) {
	if IsDefaultPassword("CHANGE_ME") || !IsStandIn("CHANGE_ME") {
		t.Error("CHANGE_ME, an instruction written as a constant, is a stand-in, not the default password changeme")
	}
	for _, s := range []string{"changeme", "ChangeMe", "change_me", "changeit", "admin", "Admin", "administrator",
		"password", "Password", "PASSWORD", "password123", "Passw0rd", "P@ssw0rd", "welcome1", "Welcome1", "root",
		"secret", "letmein", "123456", "tiger", "postgres", "mysecretpassword", " admin "} {
		if !IsDefaultPassword(s) {
			t.Errorf("IsDefaultPassword(%q) = false, want true", s)
		}
		if !IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false: without a host a default password is no finding", s)
		}
	}
	for _, s := range []string{"", "Winter2024!", "admin2024!", "p@ssw0rd-2023", "rootbeer", "secret123", "Spr1ng-Sales-24"} {
		if IsDefaultPassword(s) {
			t.Errorf("IsDefaultPassword(%q) = true, want false", s)
		}
	}
}
