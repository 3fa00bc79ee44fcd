package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"runtime"
	"strconv"
	"testing"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
)

// statementCSVFields is a statement row as the fields encoding/csv was
// given before csvStatements wrote rows by hand (issue #6): the reference
// appendStatementCSV is held to.
func statementCSVFields(r statementRow) []string {
	row := append([]string{cell(r.File), strconv.Itoa(r.Index), strconv.Itoa(r.Paragraph), cell(r.Speaker),
		cell(string(r.Kind)), cell(r.Text)}, scoreFields(r.Score)...)
	return append(row, cell(r.Cue), cell(r.Date), cell(r.SpeakerCountry))
}

// encodingCSV returns the records as encoding/csv's Writer writes them.
func encodingCSV(t testing.TB, records ...[]string) string {
	t.Helper()
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.WriteAll(records); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// writtenStatementCSV returns what analyze's CSV statement writer writes
// for the rows, given in batches.
func writtenStatementCSV(t testing.TB, batches ...[]statementRow) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := newStatementWriter(&buf, formatCSV, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, rows := range batches {
		if err := w.write(rows); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// csvTrickyFields are fields that encoding/csv quotes, or that cell
// protects, or both.
var csvTrickyFields = []string{
	"", "plain text", `quote " inside`, `"`, `""`, "comma, here", "cr\rin", "lf\nin", "crlf\r\n", " leading space",
	"\tleading tab", "\fform feed first", "\vvertical tab first", "\u00a0no-break space first", "\u2003em space first", "\u0085next line first", `\.`, `\.x`, `.\`,
	"bad \xff utf-8", "\xff", "\xe2\x80", "=SUM(A1)", "+1", "-1", "-", "--", "@x", "'=x", "''", "'a", "\r=", "=\"a,b\"",
	"Russia’s “no-limits” ties — détente", "中方坚决反对。", "emoji 🙂",
}

// TestAppendStatementCSV checks that analyze's CSV statement writer, which
// does without encoding/csv (issue #6), writes what encoding/csv writes
// for the cells cell, num and strconv make, header included.
func TestAppendStatementCSV(t *testing.T) {
	terms := []tone.Term{
		{Text: "firmly oppose", Category: lexicon.Rejection, Weight: -0.61234, Base: -0.7, Scale: 1, Negated: true},
		{Text: "welcome, \"warmly\"", Category: lexicon.Welcome, Weight: 0.00001, Base: 0.5, Scale: 0.25},
		{Text: "-leading minus", Category: lexicon.Rejection, Weight: math.NaN(), Scale: math.Inf(1)},
	}
	var rows []statementRow
	want := [][]string{statementColumns}
	for i, text := range csvTrickyFields {
		for j, ts := range [][]tone.Term{nil, terms[:1], terms, terms[2:]} {
			toneV := []float64{-0.123456, 0, math.Copysign(0, -1), math.NaN()}[j]
			row := statementRow{File: csvTrickyFields[(i+1)%len(csvTrickyFields)], Date: text, Scored: &tone.Scored{
				Statement: tone.Statement{Index: i, Paragraph: -j, Speaker: text, Kind: tone.Reported, Text: text, Cue: text,
					SpeakerCountry: csvTrickyFields[(i+j)%len(csvTrickyFields)]},
				Score: tone.Score{Tone: toneV, Label: tone.LabelFor(toneV), NBPositive: 0.5, Lexicon: -0.00004,
					Cooperation: 1, Assertiveness: 0.75, Terms: ts},
			}}
			if got, want := writtenStatementCSV(t, []statementRow{row}), encodingCSV(t, statementColumns, statementCSVFields(row)); got != want {
				t.Errorf("text %q, %d terms:\n got %q\nwant %q", text, len(ts), got, want)
			}
			rows = append(rows, row)
			want = append(want, statementCSVFields(row))
		}
	}
	// Batches reuse the writer's buffers.
	if got, want := writtenStatementCSV(t, rows[:7], rows[7:8], nil, rows[8:]), encodingCSV(t, want...); got != want {
		t.Errorf("rows in batches differ from encoding/csv:\n got %q\nwant %q", got, want)
	}
}

// TestAppendCSVField checks the field writer against encoding/csv on
// fields it quotes, and cell's protection on them.
func TestAppendCSVField(t *testing.T) {
	for _, s := range csvTrickyFields {
		checkCSVField(t, s)
	}
}

// FuzzAppendCSVField holds appendCSVField and appendCSVCell, on strings
// and on byte slices, to encoding/csv.
func FuzzAppendCSVField(f *testing.F) {
	for _, s := range csvTrickyFields {
		f.Add(s)
	}
	f.Fuzz(checkCSVField)
}

// checkCSVField checks that s and cell(s), appended as CSV fields, are
// what encoding/csv writes for them.
func checkCSVField(t *testing.T, s string) {
	t.Helper()
	record := func(b []byte) string { return string(append(b, '\n')) }
	if got, want := record(appendCSVField([]byte("x,"), s)), encodingCSV(t, []string{"x", s}); got != want {
		t.Errorf("appendCSVField(%q) = %q, encoding/csv %q", s, got, want)
	}
	if got, want := record(appendCSVField(nil, []byte(s))), encodingCSV(t, []string{s}); got != want {
		t.Errorf("appendCSVField([]byte(%q)) = %q, encoding/csv %q", s, got, want)
	}
	want := encodingCSV(t, []string{cell(s)})
	if got := record(appendCSVCell(nil, s)); got != want {
		t.Errorf("appendCSVCell(%q) = %q, encoding/csv of cell %q", s, got, want)
	}
	if got := record(appendCSVCell(nil, []byte(s))); got != want {
		t.Errorf("appendCSVCell([]byte(%q)) = %q, encoding/csv of cell %q", s, got, want)
	}
}

func BenchmarkAppendStatementCSV(b *testing.B) {
	row := statementRow{File: "reports/2024/briefing-0412.txt", Date: "2024-04-12", Scored: &tone.Scored{
		Statement: tone.Statement{Index: 12, Paragraph: 3, Speaker: "Wang Wenbin", Kind: tone.Direct, Cue: "said",
			Text: `We firmly oppose the so-called "sanctions", which violate international law, and urge the US side to stop.`},
		Score: tone.Score{Tone: -0.61234, Label: tone.Critical, NBPositive: 0.21, Lexicon: -0.7, Cooperation: -0.4, Assertiveness: 0.8,
			Terms: []tone.Term{{Text: "firmly oppose", Weight: -0.7, Scale: 1}, {Text: "violate", Weight: -0.5, Scale: 1.5}}},
	}}
	var buf, terms []byte
	b.ReportAllocs()
	for b.Loop() {
		buf, terms = appendStatementCSV(buf[:0], terms[:0], &row)
	}
}

// TestNewTableIsCheap holds tablewriter to a version whose tables make no
// large cache. Those of v1.1 make a 10,240-entry stringer cache at each
// NewTable (some 430 KB) and an 8,192-entry width cache when the program
// starts: together a fifth of `demarche score`'s time on the machine of
// issue #6 (BENCHMARKS.md, "A sixteenth round"), for tables that never
// use them. A version that makes them again fails here: measure the
// start-up (BenchmarkStartup) before taking it.
func TestNewTableIsCheap(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const n = 10
	for range n {
		newTable(io.Discard, []string{"measure", "value"}, alignment(2, 1))
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / n; per > 64<<10 {
		t.Errorf("newTable allocates %d bytes a table; want under 64 KiB", per)
	}
}
