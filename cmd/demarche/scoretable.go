package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/demarche/demarche/cmd/demarche/internal/batch"
	"github.com/demarche/demarche/tone"
)

// maxTableBytes bounds a table read by score --table.
const maxTableBytes = 256 << 20

// scoreTable is a table of statements that score --table reads: its
// header, and where the statements are.
type scoreTable struct {
	header []string
	text   int // the index of the text column
}

// readScoreTable reads a CSV or TSV table with a header row (see isTSV),
// from path or, for "-", from stdin, and returns a row to score for each
// of its rows, in order, with its fields and the line it starts on. The
// text column is textCol, else "text", else "sentence". A row whose text
// is empty is kept (a CSV written back keeps every row) and reported on
// errOut. Errors name the file and line.
func readScoreTable(stdin io.Reader, errOut io.Writer, path, textCol string) (scoreTable, []scoreRow, error) {
	name := path
	var r io.Reader = stdin
	if path == "-" {
		name = batch.Stdin
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return scoreTable{}, nil, err
		}
		defer fh.Close()
		r = fh
	}
	data, err := io.ReadAll(io.LimitReader(r, maxTableBytes+1))
	if err != nil {
		return scoreTable{}, nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxTableBytes {
		return scoreTable{}, nil, fmt.Errorf("%s: over %d MiB: split it", name, maxTableBytes>>20)
	}
	// A table saved by Excel on Windows is often in its code page: read
	// as analyze reads a file.
	text, bad, nul := batch.Decode(name, data)
	for _, w := range []error{bad, nul} {
		if w != nil {
			warnf(errOut, "%v", w)
		}
	}
	var recs []record
	if isTSV(path, []byte(text)) {
		recs, err = readTSV([]byte(text))
	} else {
		recs, err = readCSV([]byte(text))
	}
	if err != nil {
		return scoreTable{}, nil, fmt.Errorf("%s:%w", name, err)
	}
	if len(recs) == 0 {
		return scoreTable{}, nil, fmt.Errorf("%s: empty table: want a header row and a row per statement", name)
	}
	header := recs[0]
	t := scoreTable{header: header.fields}
	if t.text, _, err = textColumn(name, header, textCol); err != nil {
		return scoreTable{}, nil, err
	}
	rows := make([]scoreRow, 0, len(recs)-1)
	var empty []string
	for _, rec := range recs[1:] {
		if len(rec.fields) != len(header.fields) {
			return scoreTable{}, nil, fmt.Errorf("%s:%d: %d fields, the header has %d", name, rec.line, len(rec.fields), len(header.fields))
		}
		text := strings.TrimSpace(tone.Normalize(rec.fields[t.text]))
		if text == "" {
			empty = append(empty, strconv.Itoa(rec.line))
		}
		rows = append(rows, scoreRow{Line: rec.line, Text: text, Fields: rec.fields})
	}
	if len(rows) == len(empty) {
		return scoreTable{}, nil, fmt.Errorf("%s: no statement to score: every %q cell is empty", name, header.fields[t.text])
	}
	if len(empty) > 0 {
		const shown = 10
		lines := strings.Join(empty[:min(len(empty), shown)], ", ")
		if len(empty) > shown {
			lines += ", …"
		}
		if len(empty) == 1 {
			warnf(errOut, "%s: 1 row with an empty %q cell is not scored (line %s)", name, header.fields[t.text], lines)
		} else {
			warnf(errOut, "%s: %d rows with an empty %q cell are not scored (lines %s)", name, len(empty), header.fields[t.text], lines)
		}
	}
	return t, rows, nil
}

// tableScoreColumns returns the columns score --table writes after the
// table's own: the scores of scoreColumns, each named "demarche_…" when
// any of them is already a column of the table ("label", as a hand-coded
// table has).
func tableScoreColumns(header []string) []string {
	cols := slices.Clone(scoreColumns[2:]) // no line, no text: the table has them
	clash := false
	for _, h := range header {
		clash = clash || slices.Contains(cols, strings.TrimSpace(h))
	}
	if clash {
		for i := range cols {
			cols[i] = "demarche_" + cols[i]
		}
	}
	return cols
}

// writeScoreTableCSV writes the table back as CSV, each row's fields as
// read (not made safe for spreadsheets: they are the caller's data, and
// "-0.5" must stay a number) and then its scores, empty for a row with no
// text.
func writeScoreTableCSV(w io.Writer, t scoreTable, rows []scoreRow) error {
	cols := tableScoreColumns(t.header)
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = slices.Clone(r.Fields)
		if r.Text == "" {
			out[i] = append(out[i], make([]string, len(cols))...)
		} else {
			out[i] = append(out[i], scoreFields(r.Score)...)
		}
	}
	return writeCSV(w, append(slices.Clone(t.header), cols...), out)
}

// scored returns the rows that have a text, in order.
func scored(rows []scoreRow) []scoreRow {
	if !slices.ContainsFunc(rows, func(r scoreRow) bool { return r.Text == "" }) {
		return rows
	}
	var out []scoreRow
	for _, r := range rows {
		if r.Text != "" {
			out = append(out, r)
		}
	}
	return out
}

// tableFields returns a row's fields by column name, for JSON.
func tableFields(header, fields []string) map[string]string {
	m := make(map[string]string, len(header))
	for i, h := range header {
		m[strings.TrimSpace(h)] = fields[i]
	}
	return m
}
