package lexicon

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

const hdr = "term,category,tone,cooperation,assertiveness,scale\n"

func TestParse(t *testing.T) {
	in := "# a comment\n\n" + hdr +
		"condemn*,condemnation,-0.8,-0.6,0.7,\n" +
		"\"frank and candid exchange\",euphemism,-0.3,-0.1,0,\n" +
		"deeply,intensifier,,,,1.5\n" +
		"not,negator,,,,\n"
	got, err := Parse(strings.NewReader(in), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Term: "condemn*", Category: Condemnation, Tone: -0.8, Cooperation: -0.6, Assertiveness: 0.7},
		{Term: "frank and candid exchange", Category: Euphemism, Tone: -0.3, Cooperation: -0.1},
		{Term: "deeply", Category: Intensifier, Scale: 1.5},
		{Term: "not", Category: Negator},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse =\n%+v\nwant\n%+v", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the whole error message
	}{
		{"empty file", "", "x.csv: no header line; the file must start with \"term,category,tone,cooperation,assertiveness,scale\""},
		{"missing header", "condemn,condemnation,-0.8,-0.6,0.7,\n", `x.csv:1: header is "condemn,condemnation,-0.8,-0.6,0.7,"; want "term,category,tone,cooperation,assertiveness,scale"`},
		{"too few fields", hdr + "condemn,condemnation,-0.8\n", "x.csv:2: 3 fields; want 6 (term,category,tone,cooperation,assertiveness,scale)"},
		{"bad number", hdr + "# c\ncondemn,condemnation,-0.8x,-0.6,0.7,\n", `x.csv:3: tone "-0.8x" is not a number`},
		{"NaN", hdr + "condemn,condemnation,NaN,-0.6,0.7,\n", `x.csv:2: tone "NaN" is not a number`},
		{"out of range", hdr + "condemn,condemnation,-1.8,-0.6,0.7,\n", "x.csv:2: tone -1.8 is outside [-1, 1]"},
		{"unknown category", hdr + "condemn,anger,-0.8,-0.6,0.7,\n", `x.csv:2: unknown category "anger"`},
		{"comment mark", hdr + "\"#hashtag\",hedge,0,0,-0.1,\n", `x.csv:2: term "#hashtag" may not start with '#'`},
		{"upper case", hdr + "Condemn,condemnation,-0.8,-0.6,0.7,\n", `x.csv:2: term "Condemn" must be lower case`},
		{"duplicate", hdr + "condemn,condemnation,-0.8,-0.6,0.7,\nx,hedge,0,0,-0.2,\ncondemn,condemnation,-0.5,0,0,\n", `x.csv:4: term "condemn" already defined on line 2`},
		{"short prefix", hdr + "war*,conflict,-0.5,-0.5,0,\n", `x.csv:2: term "war*": a prefix before '*' needs at least 4 letters`},
		{"star inside", hdr + "con*demn,condemnation,-0.5,-0.5,0,\n", `x.csv:2: term "con*demn": '*' may only end a word`},
		{"double space", hdr + "grave  concern,concern,-0.5,-0.5,0,\n", `x.csv:2: term "grave  concern" has an empty word (words are separated by single spaces)`},
		{"modifier with weight", hdr + "not,negator,-0.5,,,\n", `x.csv:2: tone must be empty for the modifier category "negator"`},
		{"intensifier without scale", hdr + "deeply,intensifier,,,,\n", "x.csv:2: intensifier scale 0 must be greater than 1 and at most 4"},
		{"scale on a weighted term", hdr + "condemn,condemnation,-0.8,-0.6,0.7,2\n", `x.csv:2: scale is only for intensifiers and downtoners, not "condemnation"`},
		{"bad quoting", hdr + "\"condemn,condemnation,-0.8,-0.6,0.7,\n", `x.csv:2: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "x.csv")
			if err == nil {
				t.Fatalf("Parse succeeded; want error %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error = %q\nwant    %q", err.Error(), tt.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "x.csv" {
				t.Errorf("error is not a *ParseError naming the file: %#v", err)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	long := hdr + strings.Repeat("a", MaxFileBytes) + ",hedge,0,0,-0.1,\n"
	_, err := Parse(strings.NewReader(long), "big.csv")
	if err == nil || !strings.Contains(err.Error(), "larger than the 16 MiB limit") {
		t.Errorf("oversized file: error %v", err)
	}
	longTerm := hdr + strings.Repeat("a", 1<<20) + ",hedge,0,0,-0.1,\n"
	_, err = Parse(strings.NewReader(longTerm), "line.csv")
	if err == nil || !strings.Contains(err.Error(), "line.csv:2: term is 1048576 bytes long; the limit is 200") {
		t.Errorf("1 MiB line: error %v", err)
	}
}

// TestWriteRoundTrip checks that Write's output parses back to the same
// entries.
func TestWriteRoundTrip(t *testing.T) {
	entries, err := DefaultEntries()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, entries); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(&buf, "round-trip")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, entries) {
		t.Error("entries changed in a Write/Parse round trip")
	}
}
