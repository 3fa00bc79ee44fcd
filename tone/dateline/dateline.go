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
	"regexp"
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

const month = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	// isoDate is 2023-04-28; the digits around it are checked in code,
	// since RE2 has no look-behind.
	isoDate = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	// monthFirst is "April 28, 2023" and its variants.
	monthFirst = regexp.MustCompile(`(?i)\b` + month + `\.?[\s_-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s_-]+(\d{4})\b`)
	// dayFirst is "28 April 2023" and its variants.
	dayFirst = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?[\s_-]+` + month + `\.?,?[\s_-]+(\d{4})\b`)
	// compactDate is 20230428, read in file names only.
	compactDate = regexp.MustCompile(`(\d{4})(\d{2})(\d{2})`)
)

// Find returns the first date written in s.
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
	for _, m := range isoDate.FindAllStringSubmatchIndex(s, -1) {
		if digitAt(s, m[0]-1) || digitAt(s, m[1]) {
			continue
		}
		if d, ok := makeDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
			consider(d, m[0])
			break
		}
	}
	for _, m := range monthFirst.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := makeNamed(s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]]); ok {
			consider(d, m[0])
			break
		}
	}
	for _, m := range dayFirst.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := makeNamed(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]); ok {
			consider(d, m[0])
			break
		}
	}
	return best, at >= 0
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
	for _, m := range compactDate.FindAllStringSubmatchIndex(name, -1) {
		if digitAt(name, m[0]-1) || digitAt(name, m[1]) {
			continue
		}
		if d, ok := makeDate(name[m[2]:m[3]], name[m[4]:m[5]], name[m[6]:m[7]]); ok {
			return d, true
		}
	}
	return Date{}, false
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
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
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
