package batch

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Canonical maps each speaker name of a run to the name its rows are
// merged under. Within one text, attribution already maps a short form to
// the full name met first ("Xi" to "Xi Jinping"); across texts, a text
// that only ever says "Xi" is merged by this rule: a one-word name that is
// a word of exactly one longer name seen anywhere in the run merges into
// that name. Words are compared case-insensitively; names that do not
// start with a capital letter (unknown, journalist) never merge. A short
// name that fits two longer ones ("Wang", with "Wang Yi" and "Wang
// Wenbin") stays as it is. Names not in the result map to themselves.
func Canonical(names []string) map[string]string {
	byWord := make(map[string][]string) // lower-case word -> longer names holding it
	seen := make(map[string]bool)
	for _, n := range names {
		if seen[n] {
			continue
		}
		seen[n] = true
		words := strings.Fields(n)
		if len(words) < 2 {
			continue
		}
		for _, w := range uniqueLower(words) {
			byWord[w] = append(byWord[w], n)
		}
	}
	out := make(map[string]string)
	for n := range seen {
		words := strings.Fields(n)
		if len(words) != 1 || !capitalized(n) {
			continue
		}
		if long := byWord[strings.ToLower(words[0])]; len(long) == 1 {
			out[n] = long[0]
		}
	}
	return out
}

func uniqueLower(words []string) []string {
	var out []string
	for _, w := range words {
		w = strings.ToLower(w)
		dup := false
		for _, o := range out {
			dup = dup || o == w
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// SpeakerFilter selects speakers by name, as `--speaker NAME` does. The
// zero value selects everyone.
type SpeakerFilter struct {
	names [][]string // each filter name as lower-case words
}

// NewSpeakerFilter returns a filter for the given names; no names select
// everyone.
func NewSpeakerFilter(names []string) SpeakerFilter {
	var f SpeakerFilter
	for _, n := range names {
		if w := strings.Fields(strings.ToLower(n)); len(w) > 0 {
			f.names = append(f.names, w)
		}
	}
	return f
}

// All reports whether the filter selects every speaker.
func (f SpeakerFilter) All() bool { return len(f.names) == 0 }

// Match reports whether a speaker known under the given names (its
// canonical name and the short names merged into it) is selected: some
// filter name's words are all words of one of the names, case-insensitive,
// so "xi" and "Xi Jinping" both select "Xi Jinping".
func (f SpeakerFilter) Match(names ...string) bool {
	if f.All() {
		return true
	}
	for _, n := range names {
		words := strings.Fields(strings.ToLower(n))
		for _, want := range f.names {
			if subset(want, words) {
				return true
			}
		}
	}
	return false
}

// MatchStatement reports whether a statement by speaker is selected, when
// the merging of names across the run is not yet known (statement rows
// are written as they come): besides [SpeakerFilter.Match], a one-word
// speaker name that is a word of a filter name is selected, so `--speaker
// "Xi Jinping"` keeps the statements of a text that only says "Xi".
// With no names (the usual run), it answers without a call: a run asks
// it for every statement.
func (f SpeakerFilter) MatchStatement(speaker string) bool {
	return f.All() || f.matchStatement(speaker)
}

// matchStatement is MatchStatement for a filter with names.
func (f SpeakerFilter) matchStatement(speaker string) bool {
	if f.Match(speaker) {
		return true
	}
	words := strings.Fields(strings.ToLower(speaker))
	if len(words) != 1 || !capitalized(speaker) {
		return false
	}
	for _, want := range f.names {
		if subset(words, want) {
			return true
		}
	}
	return false
}

// subset reports whether every word of a is a word of b.
func subset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if x == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
