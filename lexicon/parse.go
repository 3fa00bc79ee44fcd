package lexicon

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Header is the header line every lexicon file starts with.
var header = []string{"term", "category", "tone", "cooperation", "assertiveness", "scale"}

// Header returns the column names of a lexicon file, in order.
func Header() []string { return append([]string(nil), header...) }

// Limits on what one lexicon file may hold, so that a hostile or mistaken
// file fails with a clear error instead of exhausting memory.
const (
	// MaxFileBytes is the largest lexicon file Parse accepts.
	MaxFileBytes = 16 << 20
	// MaxEntries is the most entries Parse accepts from one file.
	MaxEntries = 200_000
)

// ParseError is a problem at one line of a lexicon file.
type ParseError struct {
	File string // the name given to Parse
	Line int    // 1-based; 0 when the problem is the file as a whole
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads a lexicon file from r. The name is used in errors only. It
// returns the entries in file order, or the first problem found as a
// *ParseError naming the line.
func Parse(r io.Reader, name string) ([]Entry, error) {
	lr := &io.LimitedReader{R: r, N: MaxFileBytes + 1}
	cr := csv.NewReader(lr)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	fail := func(line int, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}

	var entries []Entry
	seen := make(map[string]int, 4096)
	sawHeader := false
	for {
		rec, err := cr.Read()
		if lr.N <= 0 {
			return nil, fail(0, "file is larger than the %d MiB limit", MaxFileBytes>>20)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fail(pe.Line, "%v", pe.Err)
			}
			return nil, &ParseError{File: name, Err: err}
		}
		line, _ := cr.FieldPos(0)
		if !sawHeader {
			if !equalFold(rec, header) {
				return nil, fail(line, "header is %q; want %q", strings.Join(rec, ","), strings.Join(header, ","))
			}
			sawHeader = true
			continue
		}
		if len(rec) != len(header) {
			return nil, fail(line, "%d fields; want %d (%s)", len(rec), len(header), strings.Join(header, ","))
		}
		e, err := parseRecord(rec)
		if err != nil {
			return nil, fail(line, "%v", err)
		}
		if prev, dup := seen[e.Term]; dup {
			return nil, fail(line, "term %q already defined on line %d", e.Term, prev)
		}
		if len(entries) == MaxEntries {
			return nil, fail(line, "more than %d entries", MaxEntries)
		}
		seen[e.Term] = line
		entries = append(entries, e)
	}
	if !sawHeader {
		return nil, fail(0, "no header line; the file must start with %q", strings.Join(header, ","))
	}
	return entries, nil
}

// parseRecord turns one record into a validated entry.
func parseRecord(rec []string) (Entry, error) {
	e := Entry{
		Term:     strings.TrimSpace(rec[0]),
		Category: Category(strings.TrimSpace(rec[1])),
	}
	nums := []struct {
		name string
		dst  *float64
	}{{"tone", &e.Tone}, {"cooperation", &e.Cooperation}, {"assertiveness", &e.Assertiveness}, {"scale", &e.Scale}}
	for i, n := range nums {
		s := strings.TrimSpace(rec[2+i])
		if s == "" {
			continue
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v != v { // v != v: NaN
			return Entry{}, fmt.Errorf("%s %q is not a number", n.name, s)
		}
		*n.dst = v
	}
	if err := e.Validate(); err != nil {
		return Entry{}, err
	}
	return e, nil
}

func equalFold(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(got[i], "\uFEFF")), want[i]) {
			return false
		}
	}
	return true
}

// Write writes entries to w in the lexicon file format, header first, so
// that what it writes parses back to the same entries.
func Write(w io.Writer, entries []Entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, e := range entries {
		rec := []string{e.Term, string(e.Category), weight(e.Tone), weight(e.Cooperation), weight(e.Assertiveness), ""}
		if e.Scale != 0 {
			rec[5] = weight(e.Scale)
		}
		if e.Category.IsModifier() {
			rec[2], rec[3], rec[4] = "", "", ""
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// weight formats a number with as few digits as keep its value.
func weight(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
