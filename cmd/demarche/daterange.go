package main

import (
	"fmt"
	"time"
)

// The help of --since and --until, for analyze and report.
const (
	sinceUsage = "keep the statements dated `DATE` or later (2024-03-01, 2024-03 or 2024): their document's date"
	untilUsage = "keep the statements dated `DATE` or earlier (2024-03-01, 2024-03 or 2024)"
)

// undatedNote says how many statements --since and --until left out for
// having no date.
func undatedNote(n int) string {
	return plural(n, "statement") + " with no date left out by --since/--until (a date comes from a document's heading or its file's name)"
}

// dateRange is the span of dates --since and --until keep, as ISO dates
// that compare as strings; an empty end is open.
type dateRange struct{ since, until string }

// parseDateRange reads --since and --until: a date (2024-03-01), a month
// (2024-03) or a year (2024), the first day of it for since and the last
// for until.
func parseDateRange(since, until string) (dateRange, error) {
	var r dateRange
	var err error
	if since != "" {
		if r.since, err = rangeEnd(since, false); err != nil {
			return r, fmt.Errorf("--since: %w", err)
		}
	}
	if until != "" {
		if r.until, err = rangeEnd(until, true); err != nil {
			return r, fmt.Errorf("--until: %w", err)
		}
	}
	if r.since != "" && r.until != "" && r.since > r.until {
		return r, fmt.Errorf("--since %s is after --until %s", since, until)
	}
	return r, nil
}

// rangeEnd returns the first (or, with last, the last) day of the date,
// month or year s names, in ISO form.
func rangeEnd(s string, last bool) (string, error) {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		d, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if last {
			switch layout {
			case "2006-01":
				d = d.AddDate(0, 1, -1)
			case "2006":
				d = d.AddDate(1, 0, -1)
			}
		}
		return d.Format(time.DateOnly), nil
	}
	return "", fmt.Errorf("%q is no date: want 2024-03-01, 2024-03 or 2024", s)
}

// set reports whether the range keeps only some dates.
func (r dateRange) set() bool { return r.since != "" || r.until != "" }

// keeps reports whether the range keeps a statement dated date (ISO, or ""
// for none: a range that is set keeps no undated statement).
func (r dateRange) keeps(date string) bool {
	if !r.set() {
		return true
	}
	return date != "" && (r.since == "" || date >= r.since) && (r.until == "" || date <= r.until)
}
