package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The headers that open a table, one per kind of table.
var (
	stateHeader        = []string{"country", "aliases", "demonyms", "capitals", "seats"}
	organisationHeader = []string{"name", "kind", "aliases"}
	personHeader       = []string{"name", "aliases", "role", "country", "from", "to"}
)

// Headers returns the header lines a table may start with: states,
// organisations, people.
func Headers() [][]string {
	return [][]string{slices.Clone(stateHeader), slices.Clone(organisationHeader), slices.Clone(personHeader)}
}

// Limits on what one gazetteer file may hold, so that a mistaken file fails
// with a clear error instead of exhausting memory.
const (
	// MaxFileBytes is the largest file Parse accepts.
	MaxFileBytes = 16 << 20
	// MaxRows is the most rows Parse accepts from one file.
	MaxRows = 200_000
	// maxLineBytes bounds one line.
	maxLineBytes = 1 << 20
)

// ParseError is a problem at one line of a gazetteer file.
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

// Parse reads a gazetteer file from r. The name is used in errors and in
// each actor's File. It returns the rows in file order, or the first
// problem found as a *ParseError naming the line.
func Parse(r io.Reader, name string) ([]Actor, error) {
	lr := &io.LimitedReader{R: r, N: MaxFileBytes + 1}
	sc := bufio.NewScanner(lr)
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	fail := func(line int, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}

	var (
		out    []Actor
		header []string
		// names maps a lower-case name to the actor that holds it and
		// the line that gave it; rows of one person share names.
		names   = make(map[string]nameUse)
		defined = make(map[string]int) // state or organisation name -> line
		k       keyer                  // the names' keys
		all     []string               // a row's names, in memory reused from row to row
	)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if h := headerOf(fields); h != nil {
			header = h
			continue
		}
		if header == nil {
			return nil, fail(line, "no header line before the first row; a table starts with one of %s", headerList())
		}
		if len(fields) > len(header) {
			return nil, fail(line, "%d fields; want %d (%s)", len(fields), len(header), strings.Join(header, ","))
		}
		// Editors drop trailing tabs: empty fields at the end may be left
		// out.
		for len(fields) < len(header) {
			fields = append(fields, "")
		}
		a, err := parseRow(header, fields)
		if err != nil {
			return nil, fail(line, "%v", err)
		}
		a.File, a.Line = name, line
		if a.Kind != Person {
			if prev, dup := defined[a.Name]; dup {
				return nil, fail(line, "%q already defined on line %d", a.Name, prev)
			}
			defined[a.Name] = line
		}
		all = a.appendNames(all[:0])
		for _, n := range all {
			_, key := k.key(n)
			if len(key) == 0 {
				return nil, fail(line, "name %q has no letters or digits", n)
			}
			if use, ok := names[string(key)]; ok && (use.actor != a.Name || use.kind != a.Kind) {
				return nil, fail(line, "%q already names %s on line %d", n, use.actor, use.line)
			}
			names[string(key)] = nameUse{actor: a.Name, kind: a.Kind, line: line}
		}
		if len(out) == MaxRows {
			return nil, fail(line, "more than %d rows", MaxRows)
		}
		out = append(out, a)
	}
	if lr.N <= 0 {
		return nil, fail(0, "file is larger than the %d MiB limit", MaxFileBytes>>20)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fail(line+1, "line longer than %d KiB", maxLineBytes>>10)
		}
		return nil, &ParseError{File: name, Err: err}
	}
	if header == nil {
		return nil, fail(0, "no header line; a table starts with one of %s", headerList())
	}
	return out, nil
}

// nameUse is where a file gave a name.
type nameUse struct {
	actor string
	kind  Kind
	line  int
}

// headerOf returns the header fields names, if fields is a header line.
func headerOf(fields []string) []string {
	for _, h := range [][]string{stateHeader, organisationHeader, personHeader} {
		if len(fields) != len(h) {
			continue
		}
		match := true
		for i := range h {
			if !strings.EqualFold(fields[i], h[i]) {
				match = false
				break
			}
		}
		if match {
			return h
		}
	}
	return nil
}

func headerList() string {
	var parts []string
	for _, h := range Headers() {
		parts = append(parts, fmt.Sprintf("%q", strings.Join(h, "\t")))
	}
	return strings.Join(parts, ", ")
}

// parseRow turns the fields of one row into a validated actor.
func parseRow(header, f []string) (Actor, error) {
	var a Actor
	var err error
	list := func(column, s string) []string {
		if err != nil || s == "" {
			return nil
		}
		out := strings.Split(s, "|")
		for i, v := range out {
			if out[i] = strings.TrimSpace(v); out[i] == "" {
				err = fmt.Errorf("%s has an empty value between '|'", column)
				return nil
			}
		}
		return out
	}
	switch header[0] {
	case "country":
		a = Actor{Name: f[0], Kind: State, Aliases: list("aliases", f[1]), Demonyms: list("demonyms", f[2]),
			Capitals: list("capitals", f[3]), Seats: list("seats", f[4])}
	case "name":
		if len(header) == len(organisationHeader) {
			a = Actor{Name: f[0], Kind: Kind(f[1]), Aliases: list("aliases", f[2])}
			if !slices.Contains(OrganisationKinds(), a.Kind) {
				return Actor{}, fmt.Errorf("kind %q is not one of %s", f[1], kindList())
			}
			break
		}
		a = Actor{Name: f[0], Kind: Person, Aliases: list("aliases", f[1]), Role: f[2], Country: f[3], From: f[4], To: f[5]}
		if !slices.Contains(Roles(), a.Role) {
			return Actor{}, fmt.Errorf("role %q is not one of %s", f[2], strings.Join(Roles(), ", "))
		}
		if a.Country == "" {
			return Actor{}, errors.New("country is empty; give the state or organisation the office belongs to")
		}
		if err := checkDates(a.From, a.To); err != nil {
			return Actor{}, err
		}
	}
	if err != nil {
		return Actor{}, err
	}
	if a.Name == "" {
		return Actor{}, fmt.Errorf("%s is empty", header[0])
	}
	return a, nil
}

// checkDates validates a person's from and to.
func checkDates(from, to string) error {
	if from == "" {
		return errors.New("from is empty; give the date the office began (YYYY, YYYY-MM or YYYY-MM-DD)")
	}
	f, _, err := dateRange(from)
	if err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if to == "" {
		return nil
	}
	_, t, err := dateRange(to)
	if err != nil {
		return fmt.Errorf("to: %w", err)
	}
	if !f.Before(t) {
		return fmt.Errorf("to %s is before from %s", to, from)
	}
	return nil
}

func kindList() string {
	var names []string
	for _, k := range OrganisationKinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// Write writes actors to w in the gazetteer file format: a table for each
// kind present (states, organisations, people, in that order), each with
// its header, so that what it writes parses back to the same actors.
func Write(w io.Writer, actors []Actor) error {
	bw := bufio.NewWriter(w)
	tables := []struct {
		header []string
		keep   func(Actor) bool
		row    func(Actor) []string
	}{
		{stateHeader, func(a Actor) bool { return a.Kind == State }, func(a Actor) []string {
			return []string{a.Name, join(a.Aliases), join(a.Demonyms), join(a.Capitals), join(a.Seats)}
		}},
		{organisationHeader, func(a Actor) bool { return a.Kind != State && a.Kind != Person }, func(a Actor) []string {
			return []string{a.Name, string(a.Kind), join(a.Aliases)}
		}},
		{personHeader, func(a Actor) bool { return a.Kind == Person }, func(a Actor) []string {
			return []string{a.Name, join(a.Aliases), a.Role, a.Country, a.From, a.To}
		}},
	}
	first := true
	for _, t := range tables {
		if !slices.ContainsFunc(actors, t.keep) {
			continue
		}
		if !first {
			bw.WriteString("\n")
		}
		first = false
		bw.WriteString(strings.Join(t.header, "\t") + "\n")
		for _, a := range actors {
			if t.keep(a) {
				bw.WriteString(strings.Join(t.row(a), "\t") + "\n")
			}
		}
	}
	return bw.Flush()
}

func join(list []string) string { return strings.Join(list, "|") }
