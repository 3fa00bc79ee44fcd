package lexicon

import (
	"errors"
	"flag"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite default.bin from default.csv")

// TestDefaultCompact checks that default.bin is default.csv in the compact
// form, byte for byte; with -update (as `go generate` runs it) it rewrites
// default.bin instead.
func TestDefaultCompact(t *testing.T) {
	entries, err := Parse(strings.NewReader(defaultCSV), DefaultName)
	if err != nil {
		t.Fatal(err)
	}
	want, err := encodeCompact(entries, defaultCSV)
	if err != nil {
		t.Fatal(err)
	}
	if generated(t, "default.bin", want) {
		return
	}
	got, err := DefaultEntries()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, entries) {
		t.Fatal("DefaultEntries differs from parsing default.csv")
	}
}

func TestCompactRoundTrip(t *testing.T) {
	src := hdr + `grave concern,concern,-0.6,-0.4,0.3,
condemn*,condemnation,-0.8,-0.6,0.7,
take note,euphemism,-0.1,0,0,
deeply,intensifier,,,,1.5
slightly,downtoner,,,,0.7
never,negator,,,,
perhaps,hedge,0,0,-0.35,
welcome*,welcome,0.6,0.4,0,
`
	entries, err := Parse(strings.NewReader(src), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	data, err := encodeCompact(entries, src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeCompact(string(data), src)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, entries) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, entries)
	}

	// Made from another CSV: stale, so DefaultEntries would parse the CSV.
	if _, err := decodeCompact(string(data), src+"peace,peace,0.5,0.5,0,\n"); !errors.Is(err, errStale) {
		t.Errorf("other source: err = %v, want errStale", err)
	}
	// Every truncation and a trailing byte fail with an error, not a panic.
	for n := range len(data) {
		if _, err := decodeCompact(string(data[:n]), src); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	if _, err := decodeCompact(string(data)+"x", src); err == nil {
		t.Error("trailing byte: no error")
	}
}
