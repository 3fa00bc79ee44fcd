package dateline

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// Issue #5: dated transcripts give their statements a date column.

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no date
	}{
		{"2023-04-28", "2023-04-28"},
		{"Press conference, 2023-04-28T10:00Z", "2023-04-28"},
		{"April 28, 2023", "2023-04-28"},
		{"Friday, April 28th, 2023", "2023-04-28"},
		{"Apr. 28 2023", "2023-04-28"},
		{"SEPT. 5, 2021", "2021-09-05"},
		{"Sep 5 2021", "2021-09-05"},
		{"28 April 2023", "2023-04-28"},
		{"1st March, 1999 remarks", "1999-03-01"},
		{"the 3rd of May 2020", ""}, // "of" between day and month is not read
		{"Regular Press Conference on December 31, 2024", "2024-12-31"},
		{"28 April 2023 and then 2023-05-01", "2023-04-28"},         // the first written wins
		{"filed 2023-05-01, speech of 28 April 2023", "2023-05-01"}, // whatever its form
		{"2023-02-30", ""},                                          // no such day
		{"February 29, 2023", ""},                                   // not a leap year
		{"February 29, 2024", "2024-02-29"},
		{"12023-04-28", ""}, // digits run on
		{"2023-04-281", ""},
		{"2023-13-01", ""},
		{"April 2023", ""},      // no day
		{"May 5", ""},           // no year
		{"Marching 5 2020", ""}, // not a month word
		{"1750-01-01", ""},      // out of range
		{"Case 2023-99-99 then 2024-01-02", "2024-01-02"},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := Find(tt.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFromName(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"archive/2023/2023-04-28-briefing.txt", "2023-04-28"},
		{"briefing_2023_04_28.md", "2023-04-28"},
		{"mfa-20230428.txt", "2023-04-28"},
		{"call-28-april-2023.txt", "2023-04-28"},
		{"April_28_2023 call.txt", "2023-04-28"},
		{"20231399.txt", ""},
		{"2023/04/28.txt", ""}, // the directories are not read, only the base name
		{"notes.txt", ""},
		{`C:\archive\2024-01-05.txt`, "2024-01-05"},
		{"x-123456789.txt", ""},
	}
	for _, tt := range tests {
		d, ok := FromName(tt.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("FromName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOf(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string
	}{
		{"2023-01-01-saved.txt", "Regular Press Conference, April 28, 2023\n\nMao Ning: Good afternoon.", "2023-04-28"},
		{"2023-01-01-saved.txt", "Mao Ning: Good afternoon.", "2023-01-01"},
		{"\uFEFFx.txt", "\uFEFF28 April 2023\nText.", "2023-04-28"},
		{"x.txt", "\n\n  \nTitle\n\nBEIJING, 28 April 2023 -- text", "2023-04-28"},
		// Only the first five non-blank lines are the heading.
		{"x.txt", "a\nb\nc\nd\ne\nOn 28 April 2023 they met.", ""},
		{"x.txt", "", ""},
	}
	for _, tt := range tests {
		d, ok := Of(tt.name, tt.doc)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("Of(%q, %q) = %q, want %q", tt.name, tt.doc, got, tt.want)
		}
	}
}

func TestHasYear(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"April 28, 2023", true},
		{"2023-04-28", true},
		{"x20230428", true},
		{"BEIJING, April 28 (Reuters)", false},
		{"resolution 227 of 19 May", false},
		{"", false},
		{"12-34-56", false},
	}
	for _, tt := range tests {
		if got := hasYear(tt.s); got != tt.want {
			t.Errorf("hasYear(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// The patterns Find once ran, kept as the reference its hand-written
// reading is held to (issue #6).
const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	isoPattern        = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	monthFirstPattern = regexp.MustCompile(`(?i)\b` + monthPattern + `\.?[\s_-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s_-]+(\d{4})\b`)
	dayFirstPattern   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?[\s_-]+` + monthPattern + `\.?,?[\s_-]+(\d{4})\b`)
)

// findByPatterns is Find as it was written with regular expressions.
func findByPatterns(s string) (Date, bool) {
	best, at := Date{}, -1
	consider := func(d Date, pos int) {
		if at < 0 || pos < at {
			best, at = d, pos
		}
	}
	for _, m := range isoPattern.FindAllStringSubmatchIndex(s, -1) {
		if digitAt(s, m[0]-1) || digitAt(s, m[1]) {
			continue
		}
		if d, ok := makeDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
			consider(d, m[0])
			break
		}
	}
	for _, m := range monthFirstPattern.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := makeNamed(s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]]); ok {
			consider(d, m[0])
			break
		}
	}
	for _, m := range dayFirstPattern.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := makeNamed(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]); ok {
			consider(d, m[0])
			break
		}
	}
	return best, at >= 0
}

// dateParts are the pieces randomText builds text from: date parts in
// every case and form the patterns know, near misses, and the characters
// at their edges (word characters, the long s that folds to s).
var dateParts = []string{
	"January", "jan", "JAN", "Feb", "february", "Mar", "MARCH", "march", "Marching", "apr", "April",
	"may", "MAY", "Mayor", "june", "Jun", "JULY", "jul", "Aug", "august", "augu\u017ft", "sep", "Sept",
	"SEPTEMBER", "sepember", "\u017fep", "\u017fept", "oct", "October", "nov", "NOVEMBER", "dec", "December",
	"1", "5", "12", "28", "30", "31", "29", "123", "0", "00", "2023", "2024", "1999", "1750", "2200", "20230",
	"2023-04-28", "2023-02-30", "2023-13-01", "12023-04-28", "2023-04-281", "04", "28",
	"st", "nd", "rd", "th", "ST", "\u017ft", "TH",
	" ", "  ", "\t", "\n", "_", "-", ".", ",", ", ", ". ", "x", "on", "the", "é", "\u00a0", "(", ")", "/",
}

// randomText returns a text of n parts drawn from dateParts.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(dateParts[r.IntN(len(dateParts))])
	}
	return b.String()
}

// TestFindMatchesPatterns holds Find to the regular expressions it
// replaced, on texts built to be full of dates and near misses.
func TestFindMatchesPatterns(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	matchesReference(t, "Find", Find, findByPatterns, 200_000, func(i int) string { return randomText(r, 1+i%12) })
}

// matchesReference checks that fn reads the n texts gen makes as ref
// does, and that at least 1,000 of them have a date, so that the check
// reads enough of them.
func matchesReference(t *testing.T, name string, fn, ref func(string) (Date, bool), n int, gen func(i int) string) {
	t.Helper()
	found := 0
	for i := range n {
		s := gen(i)
		got, gotOK := fn(s)
		want, wantOK := ref(s)
		if got != want || gotOK != wantOK {
			t.Fatalf("%s(%q) = %v, %v; the reference reads %v, %v", name, s, got, gotOK, want, wantOK)
		}
		if gotOK {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("%s: only %d of the texts had a date: the test reads too few", name, found)
	}
}

// compactByPattern is compactIn as it was written with a regular
// expression.
func compactByPattern(s string) (Date, bool) {
	for _, m := range compactPattern.FindAllStringSubmatchIndex(s, -1) {
		if digitAt(s, m[0]-1) || digitAt(s, m[1]) {
			continue
		}
		if d, ok := makeDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
			return d, true
		}
	}
	return Date{}, false
}

var compactPattern = regexp.MustCompile(`(\d{4})(\d{2})(\d{2})`)

// TestCompactMatchesPattern holds compactIn to the regular expression it
// replaced, on names of digit runs of every length around real and
// impossible dates.
func TestCompactMatchesPattern(t *testing.T) {
	parts := []string{"2023", "0428", "04", "28", "1", "19991231", "20230230", "0", "9", "-", "_", "a", "report", "v2", "2023-04"}
	r := rand.New(rand.NewPCG(8, 8))
	matchesReference(t, "compactIn", compactIn, compactByPattern, 100_000, func(i int) string {
		var b strings.Builder
		for range 1 + i%8 {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		return b.String()
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"April 28, 2023", "28th April 2023", "2023-04-28", "Sept. 5 2021", "augu\u017ft 3 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := Find(s)
		want, wantOK := findByPatterns(s)
		if got != want || gotOK != wantOK {
			t.Errorf("Find(%q) = %v, %v; the patterns read %v, %v", s, got, gotOK, want, wantOK)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	headings := []string{
		"OSLO, 3 April 2020 (Demarche Wire) – President Sunita Weber of Brazil and Nigeria's Foreign Minister Yusuf Mensah met on Friday to discuss maritime security.",
		"Foreign Ministry Spokesperson Mei Berg's Regular Press Conference on October 17, 2020",
		"Security Council, 9012th meeting, 2021-03-04",
	}
	for b.Loop() {
		for _, h := range headings {
			Find(h)
		}
	}
}
