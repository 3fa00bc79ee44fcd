package lexicon

//go:generate go test -run ^TestDefaultCompact$ -update

import (
	_ "embed"
	"strings"
)

//go:embed default.csv
var defaultCSV string

// defaultBin is default.csv in the compact form (see compact.go), which
// loads in a fraction of the time parsing the CSV takes.
//
//go:embed default.bin
var defaultBin string

// DefaultName is the name errors and listings give the embedded lexicon.
const DefaultName = "default.csv"

// DefaultEntries returns the entries of the embedded default lexicon, in
// file order. They come from its precompiled form when that was made from
// the embedded CSV, as the package's tests check, and from parsing the CSV
// otherwise; an error means a broken build.
func DefaultEntries() ([]Entry, error) {
	if entries, err := decodeCompact(defaultBin, defaultCSV); err == nil {
		return entries, nil
	}
	return Parse(strings.NewReader(defaultCSV), DefaultName)
}

// Default returns the embedded default lexicon, ready for matching.
func Default() (*Lexicon, error) {
	entries, err := DefaultEntries()
	if err != nil {
		return nil, err
	}
	return New(entries), nil
}
