// Package dateline finds the date of a dated document: a date written in
// its first lines (a heading or a news dateline) or in its file name.
//
// It reads the forms archives and transcripts use: ISO 8601 (2023-04-28),
// month first ("April 28, 2023", "Apr. 28 2023", "Friday, April 28th,
// 2023") and day first ("28 April 2023", "28th April, 2023"). Month names
// are English, full or abbreviated, in any case. File names may also use
// underscores (2023_04_28) or the compact form 20230428. Dates that do not
// exist (2023-02-30) are not dates. Years run from 1800 to 2199.
//
// The package does no I/O.
package dateline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// String returns the date in ISO 8601 form, 2023-04-28.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// HeadingLines is how many non-blank lines at the start of a document
// [FromHeading] reads: enough for a title, a dateline and a subtitle.
const HeadingLines = 5

// maxHeadingLine bounds how much of each heading line is read, so that a
// document without line breaks is not scanned whole.
const maxHeadingLine = 400

// Find returns the first date written in s.
//
// The three forms are read by hand, not by regular expressions: on a
// tree of small files, three case-insensitive patterns over each heading
// cost some 25 µs a document, 4% of an analysis, on the goroutine that
// reads the files. Each form is read as Go's regexp package would find all
// the matches of its pattern, one after another, and the first match that
// is a real date is taken; TestFindMatchesPatterns holds the code to the
// patterns:
//
//	ISO:         (\d{4})-(\d{2})-(\d{2}), not within a longer run of digits
//	month first: (?i)\bMONTH\.?[\s_-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s_-]+(\d{4})\b
//	day first:   (?i)\b(\d{1,2})(?:st|nd|rd|th)?[\s_-]+MONTH\.?,?[\s_-]+(\d{4})\b
//
// where MONTH is jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|
// june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|
// dec(?:ember)?.
func Find(s string) (Date, bool) {
	if !hasYear(s) {
		return Date{}, false // every form has a four-digit year
	}
	best, at := Date{}, -1
	consider := func(d Date, pos int) {
		if at < 0 || pos < at {
			best, at = d, pos
		}
	}
	for i := 0; i+10 <= len(s); {
		if !isoAt(s, i) {
			i++
			continue
		}
		if !digitAt(s, i-1) && !digitAt(s, i+10) {
			if d, ok := makeDate(s[i:i+4], s[i+5:i+7], s[i+8:i+10]); ok {
				consider(d, i)
				break
			}
		}
		i += 10
	}
	if d, i, ok := firstNamed(s, monthInitial, monthFirstAt); ok {
		consider(d, i)
	}
	if d, i, ok := firstNamed(s, isDigit, dayFirstAt); ok {
		consider(d, i)
	}
	return best, at >= 0
}

// firstNamed returns the first date form reads in s that is a real date,
// and where it starts, trying each place as regexp's FindAll would: after
// a match that is no real date, from its end. starts tells the bytes a
// match of form can start with; form is asked only where a word starts
// (at \b), as both patterns do.
func firstNamed(s string, starts func(byte) bool, form func(string, int) (named, bool)) (Date, int, bool) {
	for i := 0; i < len(s); {
		if !starts(s[i]) || !boundary(s, i) {
			i++
			continue
		}
		m, ok := form(s, i)
		if !ok {
			i++
			continue
		}
		if d, ok := makeNamed(m.year, m.month, m.day); ok {
			return d, i, true
		}
		i = m.end
	}
	return Date{}, 0, false
}

// monthInitial reports whether a month word can start with the byte c:
// the first letter of one in either case, or the first byte of the long
// s (U+017F), which folds to s.
func monthInitial(c byte) bool {
	switch c | 0x20 {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
		return true
	}
	return c == "\u017f"[0]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isoAt reports whether s[i:] starts with four digits, a hyphen, two
// digits, a hyphen and two digits.
func isoAt(s string, i int) bool {
	return i+10 <= len(s) && digits(s, i, 4) && s[i+4] == '-' && digits(s, i+5, 2) && s[i+7] == '-' && digits(s, i+8, 2)
}

// digits reports whether s[i:i+n] is n ASCII digits.
func digits(s string, i, n int) bool {
	for j := i; j < i+n; j++ {
		if !digitAt(s, j) {
			return false
		}
	}
	return true
}

// named is a date written with a month name, as found in a text: where
// the match ends, and the year, month name and day as written.
type named struct {
	end              int
	year, month, day string
}

// monthFirstAt reads a month-first date ("April 28, 2023") starting at
// s[i], which the caller has checked starts a word (see firstNamed).
func monthFirstAt(s string, i int) (named, bool) {
	j, ok := monthAt(s, i)
	if !ok {
		return named{}, false
	}
	m := named{month: s[i:j]}
	j = skipByte(s, j, '.')
	if j, ok = separators(s, j); !ok {
		return named{}, false
	}
	d := j
	if j, ok = dayAt(s, j); !ok {
		return named{}, false
	}
	m.day = s[d:j]
	j = suffix(s, j)
	j = skipByte(s, j, ',')
	if j, ok = separators(s, j); !ok {
		return named{}, false
	}
	return yearAt(s, j, m)
}

// dayFirstAt reads a day-first date ("28 April 2023") starting at s[i],
// which the caller has checked starts a word (see firstNamed).
func dayFirstAt(s string, i int) (named, bool) {
	j, ok := dayAt(s, i)
	if !ok {
		return named{}, false
	}
	m := named{day: s[i:j]}
	j = suffix(s, j)
	if j, ok = separators(s, j); !ok {
		return named{}, false
	}
	mo := j
	if j, ok = monthAt(s, j); !ok {
		return named{}, false
	}
	m.month = s[mo:j]
	j = skipByte(s, j, '.')
	j = skipByte(s, j, ',')
	if j, ok = separators(s, j); !ok {
		return named{}, false
	}
	return yearAt(s, j, m)
}

// yearAt completes m with the four-digit year at s[j], which must end at
// a word boundary.
func yearAt(s string, j int, m named) (named, bool) {
	if !digits(s, j, 4) || !boundary(s, j+4) {
		return named{}, false
	}
	m.year, m.end = s[j:j+4], j+4
	return m, true
}

// dayAt reads one or two digits at s[j]; a day followed by a third digit
// is no day (the pattern would find nothing to follow it).
func dayAt(s string, j int) (int, bool) {
	if !digitAt(s, j) {
		return j, false
	}
	j++
	if digitAt(s, j) {
		j++
	}
	return j, !digitAt(s, j)
}

// months lists the month words in the order the pattern tries them: at a
// given place, the first that is followed by the rest of a date is the
// one read. (sept?(?:ember)? also reads "sepember".)
var months = [...]string{
	"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may",
	"june", "jun", "july", "jul", "august", "aug",
	"september", "sept", "sepember", "sep",
	"october", "oct", "november", "nov", "december", "dec",
}

// monthAt returns the end of the month word at s[i]. Of the words one is
// a prefix of, the longer comes first and is the one read: what follows
// a shorter one would be a letter, which no date has after its month.
func monthAt(s string, i int) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	c := s[i] | 0x20
	if s[i] == "\u017f"[0] {
		c = 's' // perhaps the long s
	}
	for _, w := range months {
		if w[0] != c {
			continue
		}
		if j, ok := foldPrefix(s, i, w); ok {
			if j < len(s) && isLetterStart(s, j) {
				continue // "Marching": a longer word, or another form of this one
			}
			return j, true
		}
	}
	return i, false
}

// isLetterStart reports whether a letter a month word or suffix could go
// on with starts at s[j]: an ASCII letter, or the long s (U+017F), which
// case-insensitive matching takes for an s.
func isLetterStart(s string, j int) bool {
	c := s[j] | 0x20
	return c >= 'a' && c <= 'z' || strings.HasPrefix(s[j:], "\u017f")
}

// foldPrefix reports whether s[i:] starts with the lower-case ASCII word
// w in any case, and where it ends. As in Go's case-insensitive regular
// expressions, an s may also be written as the long s (U+017F), which
// folds to it; no other letter of the month words or suffixes folds to
// anything but its ASCII upper case.
func foldPrefix(s string, i int, w string) (int, bool) {
	for k := 0; k < len(w); k++ {
		switch {
		case i < len(s) && s[i]|0x20 == w[k] && s[i] >= 'A':
			i++
		case w[k] == 's' && strings.HasPrefix(s[i:], "\u017f"):
			i += len("\u017f")
		default:
			return i, false
		}
	}
	return i, true
}

// suffix skips an ordinal suffix (st, nd, rd, th) at s[j].
func suffix(s string, j int) int {
	for _, w := range [...]string{"st", "nd", "rd", "th"} {
		if k, ok := foldPrefix(s, j, w); ok {
			return k
		}
	}
	return j
}

// separators skips one or more separators ([\s_-]: ASCII space, tab,
// line end, form feed, carriage return, underscore, hyphen) at s[j].
func separators(s string, j int) (int, bool) {
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f' || s[k] == '\r' || s[k] == '_' || s[k] == '-') {
		k++
	}
	return k, k > j
}

// skipByte skips the byte c at s[j], if it is there.
func skipByte(s string, j int, c byte) int {
	if j < len(s) && s[j] == c {
		return j + 1
	}
	return j
}

// boundary reports whether s has an ASCII word boundary (\b) before
// s[i]: a word character (letter, digit or underscore) on one side and
// not on the other.
func boundary(s string, i int) bool {
	return wordAt(s, i-1) != wordAt(s, i)
}

// wordAt reports whether s[i] is an ASCII word character; outside s, or
// a byte of a multi-byte character, is not.
func wordAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// FromHeading returns the first date in the first [HeadingLines]
// non-blank lines of doc.
func FromHeading(doc string) (Date, bool) {
	doc = strings.TrimPrefix(doc, "\uFEFF")
	for n := 0; n < HeadingLines && doc != ""; {
		line, rest, _ := strings.Cut(doc, "\n")
		doc = rest
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		if len(line) > maxHeadingLine {
			line = line[:maxHeadingLine]
		}
		if d, ok := Find(line); ok {
			return d, true
		}
	}
	return Date{}, false
}

// FromName returns the date in a file name or path: the base name without
// its extension is read like text, with underscores as separators, and
// the compact form 20230428 is also accepted.
func FromName(name string) (Date, bool) {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	name = strings.ReplaceAll(name, "_", "-")
	if d, ok := Find(name); ok {
		return d, true
	}
	return compactIn(name)
}

// compactIn returns the first date of the compact form 20230428 in s,
// eight digits with none next to them. It tries the runs of eight digits
// as regexp's FindAll of (\d{4})(\d{2})(\d{2}) finds them, leftmost
// first and not overlapping, which TestCompactMatchesPattern holds it
// to: a regular expression compiled at start-up cost every process 0.2
// ms (GODEBUG=inittrace=1).
func compactIn(s string) (Date, bool) {
	for i := 0; i+8 <= len(s); {
		if !allDigits(s[i : i+8]) {
			i++
			continue
		}
		if !digitAt(s, i-1) && !digitAt(s, i+8) {
			if d, ok := makeDate(s[i:i+4], s[i+4:i+6], s[i+6:i+8]); ok {
				return d, true
			}
		}
		i += 8
	}
	return Date{}, false
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// Of returns the date of a document: the one in its heading, else the one
// in its file name. The heading comes first because it is the document's
// own word; a file name may carry the date it was saved.
func Of(name, doc string) (Date, bool) {
	if d, ok := FromHeading(doc); ok {
		return d, true
	}
	return FromName(name)
}

// hasYear reports whether s has four digits in a row, as every date form
// Find reads does: a line without them is not run through the patterns,
// which on a tree of small files cost a sixth of the time.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			run = 0
			continue
		}
		if run++; run == 4 {
			return true
		}
	}
	return false
}

func digitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && isDigit(s[i])
}

// makeNamed builds a date from a year, an English month name and a day.
func makeNamed(year, monthName, day string) (Date, bool) {
	m := monthNumber(monthName)
	if m == 0 {
		return Date{}, false
	}
	return makeDate(year, strconv.Itoa(m), day)
}

// monthNumber returns 1..12 for an English month name or abbreviation
// the patterns accepted, 0 otherwise.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	if len(name) < 3 {
		return 0
	}
	names := []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	for i, n := range names {
		if name[:3] == n {
			return i + 1
		}
	}
	return 0
}

// makeDate checks and builds a date from decimal strings.
func makeDate(year, month, day string) (Date, bool) {
	y, err1 := strconv.Atoi(year)
	m, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil || y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 {
		return Date{}, false
	}
	// time.Date normalises 30 February to 2 March: a date that does not
	// survive the round trip does not exist.
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Date{}, false
	}
	return Date{Year: y, Month: time.Month(m), Day: d}, true
}
