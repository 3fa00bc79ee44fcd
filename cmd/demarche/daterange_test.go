package main

import "testing"

func TestDateRange(t *testing.T) {
	tests := []struct {
		since, until string
		want         dateRange
		err          bool
	}{
		{"2024", "", dateRange{since: "2024-01-01"}, false},
		{"", "2024", dateRange{until: "2024-12-31"}, false},
		{"2024-02", "2024-02", dateRange{"2024-02-01", "2024-02-29"}, false}, // a leap year
		{"2023-02", "2023-02", dateRange{"2023-02-01", "2023-02-28"}, false},
		{"2024-03-05", "2024-03-05", dateRange{"2024-03-05", "2024-03-05"}, false},
		{"2024-13", "", dateRange{}, true},
		{"March 2024", "", dateRange{}, true},
		{"2025", "2024", dateRange{}, true},
	}
	for _, tt := range tests {
		got, err := parseDateRange(tt.since, tt.until)
		if (err != nil) != tt.err || err == nil && got != tt.want {
			t.Errorf("parseDateRange(%q, %q) = %+v, %v; want %+v, error %v", tt.since, tt.until, got, err, tt.want, tt.err)
		}
	}
	r := dateRange{"2024-01-01", "2024-12-31"}
	for date, want := range map[string]bool{"2024-01-01": true, "2024-12-31": true, "2023-12-31": false, "2025-01-01": false, "": false} {
		if got := r.keeps(date); got != want {
			t.Errorf("keeps(%q) = %v, want %v", date, got, want)
		}
	}
	if !(dateRange{}).keeps("") {
		t.Error("no range keeps an undated statement")
	}
}
