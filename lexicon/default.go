package lexicon

import (
	_ "embed"
	"strings"
)

//go:embed default.csv
var defaultCSV string

// DefaultName is the name errors and listings give the embedded lexicon.
const DefaultName = "default.csv"

// DefaultEntries parses the embedded default lexicon. The embedded file is
// checked by the package's tests, so an error here means a broken build.
func DefaultEntries() ([]Entry, error) {
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
