package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/demarche/demarche/tone"
)

// The periods --per splits per-speaker rows by.
const (
	perDay   = "day"
	perWeek  = "week"
	perMonth = "month"
	perYear  = "year"
)

// periodOf returns the period of per that the ISO date falls in: the
// date itself, its ISO week ("2025-W07"), its month ("2025-02") or its
// year ("2025"); "" for no date, or one that is no ISO date.
func periodOf(per, date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	switch per {
	case perWeek:
		y, w := d.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case perMonth:
		return date[:len("2006-01")]
	case perYear:
		return date[:len("2006")]
	}
	return date
}

// periodTally holds the running sums of one speaker's (or country's)
// statements per period, with --per.
type periodTally map[string]*tone.Tally

// add counts s in its period's tally.
func (pt periodTally) add(period string, s *tone.Scored) {
	t, ok := pt[period]
	if !ok {
		t = &tone.Tally{}
		pt[period] = t
	}
	t.Add(*s)
}

// periodSummary is one speaker's (or country's) summary in one period.
type periodSummary struct {
	Period string
	tone.SpeakerSummary
}

// periodRows returns the rows of --per for the speakers of sums, in their
// order: each speaker's periods in time order, undated last, merged from
// the names canon maps to the speaker (or that are it), those with fewer
// than min statements left out.
func periodRows(sums []tone.SpeakerSummary, names []string, periods map[string]periodTally, canon map[string]string, min int) []periodSummary {
	var out []periodSummary
	for _, s := range sums {
		merged := make(map[string]*tone.Tally)
		for _, n := range names {
			if c, ok := canon[n]; !(ok && c == s.Speaker || !ok && n == s.Speaker) {
				continue
			}
			for p, t := range periods[n] {
				m, ok := merged[p]
				if !ok {
					m = &tone.Tally{}
					merged[p] = m
				}
				m.Merge(*t)
			}
		}
		keys := make([]string, 0, len(merged))
		for p := range merged {
			keys = append(keys, p)
		}
		slices.SortFunc(keys, func(a, b string) int {
			switch {
			case a == b:
				return 0
			case a == "":
				return 1 // undated last
			case b == "":
				return -1
			}
			return strings.Compare(a, b)
		})
		for _, p := range keys {
			if sum := merged[p].Summary(s.Speaker); sum.Statements >= min {
				out = append(out, periodSummary{Period: p, SpeakerSummary: sum})
			}
		}
	}
	return out
}

// writePeriodSummaries writes the rows of --per: the per-speaker (or, with
// byCountry, per-country) columns with period after the first.
func writePeriodSummaries(w io.Writer, format string, rows []periodSummary, countries bool) error {
	first := bySpeaker
	if countries {
		first = byCountry
	}
	switch format {
	case formatCSV:
		header := slices.Insert(slices.Clone(summaryColumns), 1, "period")
		header[0] = first
		return writeCSV(w, header, mapSlice(rows, func(r periodSummary) []string {
			return slices.Insert(summaryCSVRow(r.SpeakerSummary), 1, cell(r.Period))
		}))
	case formatJSON, formatJSONL:
		return writeJSONRows(w, format, mapSlice(rows, func(r periodSummary) jsonSummary {
			js := toJSONSummary(r.SpeakerSummary)
			js.Period = &r.Period
			if countries {
				js.Country, js.Speaker = js.Speaker, ""
			}
			return js
		}))
	default:
		header := slices.Insert(summaryTableHeader(), 1, "period")
		header[0] = first
		t := newTable(w, header, alignment(14, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13))
		for _, r := range rows {
			period := r.Period
			if period == "" {
				period = "undated"
			}
			if err := t.Append(slices.Insert(summaryTableRow(r.SpeakerSummary), 1, period)); err != nil {
				return err
			}
		}
		return t.Render()
	}
}
