package dbx301

import "testing"

func TestAdmitsBelow4(t *testing.T) {
	tests := []struct {
		constraint   string
		ok, readable bool
	}{
		{"~> 3.100", true, true},
		{"~>3.0", true, true},
		{"~> 3.117.0", true, true},
		{"~> 3", true, true},
		{"~> 4.0", false, true},
		{"~> 4", false, true},
		{"~> 4.12.1", false, true},
		{">= 3.0, < 5.0", true, true},
		{">= 3.0", true, true},
		{">= 4.0", false, true},
		{"> 3.117.0, < 3.117.1", false, true},
		{"> 3.116", true, true},
		{"= 3.117.0", true, true},
		{"3.117.0", true, true},
		{"= 4.1.0", false, true},
		{"< 4.0.0", true, true},
		{"<= 4.0.0", true, true},
		{">= 2.0, < 3.0, >= 3.0", false, true},
		{"= 3.117.0, != 3.117.0", false, true},
		{">= 3.117.0, != 3.117.0", true, true},
		{"v3.50.0", true, true},
		{">= 3.0.0+build.1", true, true},
		{"", true, true},
		{"= 4.0.0-beta1", false, false},
		{"~> three", false, false},
		{">= 3.0.0.1", false, false},
	}
	for _, tt := range tests {
		ok, readable := admitsBelow(tt.constraint, version{4, 0, 0})
		if ok != tt.ok || readable != tt.readable {
			t.Errorf("admitsBelow(%q, 4.0.0) = %v, %v; want %v, %v", tt.constraint, ok, readable, tt.ok, tt.readable)
		}
	}
}
