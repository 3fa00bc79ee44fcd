// Package report renders an analysis as one self-contained HTML page:
// a summary line, charts of tone per speaker and over time, the speaker ×
// target matrix, each speaker's most hostile and warmest statements with
// the lexicon terms that drove their scores highlighted, and a note on how
// to read the scales.
//
// The page loads nothing: the charts are inline SVG drawn with
// gonum.org/v1/plot, the styles are inline, there is no script, and a
// Content-Security-Policy forbids fetching anything. Every piece of input
// text goes through html/template, so a statement that contains markup is
// shown as text.
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/demarche/demarche/tone"
)

// Report is what the page shows. The zero value renders as an empty
// report.
type Report struct {
	// Title heads the page; "Tone report" when empty.
	Title string
	// Generator names the program that made the report, for the footer
	// ("demarche v0.4.0"); the footer is left out when empty.
	Generator string
	// Files is how many input files were analysed.
	Files int
	// From and To are the first and last date of the dated statements,
	// as YYYY-MM-DD; both empty when no statement is dated.
	// [Collector.DateRange] gives them.
	From, To string
	// Speakers summarise each speaker's statements, in the order the
	// chart and the per-speaker sections show them (tone.Summarize
	// gives most statements first).
	Speakers []tone.SpeakerSummary
	// Statements are the attributed statements, narration left out, as
	// a [Collector] gathered them.
	Statements Collector
	// Cells are the speaker × target matrix; the section is left out
	// when there are none.
	Cells []Cell
}

// Statement is one attributed, scored statement.
type Statement struct {
	// File is the input the statement came from ("-" for standard input).
	File    string
	Speaker string
	// Date is the day the statement was made, YYYY-MM-DD (a longer
	// RFC 3339 time is read up to the day); empty when unknown.
	Date  string
	Text  string
	Tone  float64
	Label tone.Label
	// Terms are the lexicon matches behind the score, in text order; the
	// page highlights them in Text.
	Terms []tone.Term
}

// Cell is the tone of one speaker's statements about one target (a
// country, organisation or person the statements are about).
type Cell struct {
	Speaker    string
	Target     string
	Statements int
	// ToneMean is the mean tone of those statements, in [-1, 1].
	ToneMean float64
}

// dateLayout is how dates are written in a Report.
const dateLayout = "2006-01-02"

// parseDate reads a Statement's date: YYYY-MM-DD, or anything longer
// that starts with it (an RFC 3339 time). ok is false for an empty or
// unreadable date.
func parseDate(s string) (time.Time, bool) {
	if len(s) < len(dateLayout) {
		return time.Time{}, false
	}
	t, err := time.Parse(dateLayout, s[:len(dateLayout)])
	return t, err == nil
}

// examplesPerSide is how many of a speaker's most hostile, and of their
// warmest, statements the page shows.
const examplesPerSide = 2

// examples returns a speaker's most hostile statements, lowest tone
// first, and their warmest, highest first; never the same statement in
// both. With an odd number of statements the extra one counts as hostile.
func examples(stmts []Statement, k int) (hostile, warm []Statement) {
	sorted := slices.Clone(stmts)
	slices.SortStableFunc(sorted, func(a, b Statement) int { return cmp.Compare(a.Tone, b.Tone) })
	n := len(sorted)
	h := min(k, (n+1)/2)
	w := min(k, n-h)
	hostile = sorted[:h]
	for i := n - 1; i >= n-w; i-- {
		warm = append(warm, sorted[i])
	}
	return hostile, warm
}

// Write renders r as an HTML page to w.
func Write(w io.Writer, r *Report) error {
	t, err := parseTemplate()
	if err != nil {
		return fmt.Errorf("page template: %w", err)
	}
	p, err := newPage(r)
	if err != nil {
		return err
	}
	return t.Execute(w, p)
}
