package main

import "testing"

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		per, date, want string
	}{
		{perDay, "2024-03-01", "2024-03-01"},
		{perWeek, "2024-03-01", "2024-W09"},
		{perWeek, "2024-12-30", "2025-W01"}, // ISO weeks cross years
		{perWeek, "2021-01-03", "2020-W53"},
		{perMonth, "2024-03-01", "2024-03"},
		{perYear, "2024-03-01", "2024"},
		{perMonth, "", ""},
		{perMonth, "2024-13-01", ""},
		{perYear, "March 2024", ""},
	}
	for _, tt := range tests {
		if got := periodOf(tt.per, tt.date); got != tt.want {
			t.Errorf("periodOf(%q, %q) = %q, want %q", tt.per, tt.date, got, tt.want)
		}
	}
}
