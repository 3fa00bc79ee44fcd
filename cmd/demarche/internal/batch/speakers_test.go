package batch

import (
	"reflect"
	"testing"
)

// Issue #5: speakers are merged across files by canonical name, and
// --speaker matches canonical names and aliases.

func TestCanonical(t *testing.T) {
	names := []string{"Xi Jinping", "Xi", "xi", "Wang", "Wang Yi", "Wang Wenbin", "Lavrov", "Sergei Lavrov",
		"unknown", "journalist", "China", "Putin", "Blinken", "Antony Blinken", "Antony J. Blinken", "Xi"}
	got := Canonical(names)
	want := map[string]string{
		"Xi":     "Xi Jinping",    // one longer name holds the word
		"Lavrov": "Sergei Lavrov", // whatever the order they were seen in
		// "xi" does not start with a capital; "Wang" fits two names;
		// "Blinken" fits two spellings; "China" and "Putin" fit none.
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Canonical = %v, want %v", got, want)
	}
}

func TestSpeakerFilter(t *testing.T) {
	tests := []struct {
		filter []string
		names  []string // canonical name, then aliases
		match  bool
		stmt   string // a statement speaker to try with MatchStatement
		smatch bool
	}{
		{nil, []string{"anyone"}, true, "anyone", true},
		{[]string{"Xi"}, []string{"Xi Jinping"}, true, "Xi Jinping", true},
		{[]string{"xi"}, []string{"Xi Jinping"}, true, "Xi", true},
		{[]string{"Xi Jinping"}, []string{"Xi Jinping", "Xi"}, true, "Xi", true}, // alias direction
		{[]string{"Xi Jinping"}, []string{"Xi"}, false, "Xi Jinping", true},
		{[]string{"jinping xi"}, []string{"Xi Jinping"}, true, "Jinping", true},
		{[]string{"Xi"}, []string{"Wang Yi"}, false, "Wang Yi", false},
		{[]string{"Wang", "Lavrov"}, []string{"Sergei Lavrov"}, true, "Wang Wenbin", true},
		{[]string{"Xi Jinping"}, []string{"unknown"}, false, "unknown", false},
		{[]string{"Xi Jinping"}, []string{"Jin"}, false, "Jin", false}, // words, not letters
	}
	for _, tt := range tests {
		f := NewSpeakerFilter(tt.filter)
		if got := f.Match(tt.names...); got != tt.match {
			t.Errorf("filter %q Match(%q) = %v, want %v", tt.filter, tt.names, got, tt.match)
		}
		if got := f.MatchStatement(tt.stmt); got != tt.smatch {
			t.Errorf("filter %q MatchStatement(%q) = %v, want %v", tt.filter, tt.stmt, got, tt.smatch)
		}
	}
}
