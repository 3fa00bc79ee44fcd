package lexicon

//go:generate go test -run ^(TestDefaultCompact|TestDefaultTrie)$ -update

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

// trieMadeFrom reports whether default_trie.go was generated from csv:
// its length and CRC-32 are the ones the file records.
func trieMadeFrom(csv string) bool {
	return len(csv) == defaultTrieSourceLen && checksum(csv) == defaultTrieSourceCRC
}

// Default returns the embedded default lexicon, ready for matching. It is
// the trie default_trie.go declares, which the linker lays out, so that a
// process scoring one statement builds none (New takes some 10 ms and
// 2.7 MB of fresh memory), when that was generated from the embedded CSV,
// as the package's tests check; otherwise it is built from the CSV's
// entries.
func Default() (*Lexicon, error) {
	if trieMadeFrom(defaultCSV) {
		return &defaultTrie, nil
	}
	entries, err := DefaultEntries()
	if err != nil {
		return nil, err
	}
	return New(entries), nil
}
