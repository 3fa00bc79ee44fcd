package lexicon

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that every failure is a
// *ParseError naming the file, and that whatever it accepts survives a
// Write/Parse round trip and can be matched against.
func FuzzParse(f *testing.F) {
	f.Add(hdr + "condemn*,condemnation,-0.8,-0.6,0.7,\n")
	f.Add(hdr + "\"frank and candid exchange\",euphemism,-0.3,-0.1,0,\ndeeply,intensifier,,,,1.5\n")
	f.Add("# comment\n\n" + hdr + "not,negator,,,,\n")
	f.Add(hdr + "a,b\n")
	f.Add("\uFEFF" + hdr + "x,hedge,0,0,-0.1,\nx,hedge,0,0,-0.1,\n")
	f.Add(hdr + "\"unterminated,hedge,0,0,0,\n")
	f.Add(hdr + "grave concern,concern,1e308,0,0,\n")
	f.Fuzz(func(t *testing.T, in string) {
		entries, err := Parse(strings.NewReader(in), "fuzz.csv")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "fuzz.csv" {
				t.Fatalf("error is not a *ParseError naming the file: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, entries); err != nil {
			t.Fatal(err)
		}
		back, err := Parse(&buf, "round-trip")
		if err != nil {
			t.Fatalf("written lexicon does not parse: %v\n%s", err, buf.String())
		}
		if len(back) != len(entries) || (len(back) > 0 && !reflect.DeepEqual(back, entries)) {
			t.Fatalf("round trip changed the entries:\n%+v\n%+v", entries, back)
		}
		lex := New(entries)
		for _, e := range entries {
			words := strings.Fields(strings.ReplaceAll(e.Term, "*", "x"))
			if m := lex.FindAll(words); len(m) == 0 {
				t.Fatalf("term %q does not match itself", e.Term)
			}
		}
	})
}
