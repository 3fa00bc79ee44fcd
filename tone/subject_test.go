package tone

import "testing"

// TestClauseOrAux checks that the filters before clauseWords, verbAux
// and introWords let every one of their words through (they may only
// answer "no" for a word in none), and turn away common words in none
// (issue #6).
func TestClauseOrAux(t *testing.T) {
	for _, tt := range []struct {
		name   string
		filter *wordFilter
		sets   []map[string]bool
		away   []string // common words in none of the sets
	}{
		{"clauseOrAux", clauseOrAux, []map[string]bool{clauseWords, verbAux}, nil},
		{"introFilter", introFilter, []map[string]bool{introWords}, nil},
		{"nounDetFilter", nounDetFilter, []map[string]bool{nounDeterminers}, []string{"china", "minister", "foreign", "said", "russia's"}},
		{"beforeCue", beforeCue, []map[string]bool{modals, auxiliaries, timeNouns, timeWords, beForms}, []string{"the", "minister", "foreign", "china", "russia's"}},
	} {
		if tt.away == nil {
			tt.away = []string{"the", "minister", "foreign", "of", "said", "china"}
		}
		for _, set := range tt.sets {
			for w := range set {
				if !tt.filter.mayHave(w) {
					t.Errorf("%s.mayHave(%q) = false, want true", tt.name, w)
				}
			}
		}
		for _, w := range tt.away {
			if tt.filter.mayHave(w) {
				t.Errorf("%s.mayHave(%q) = true, want false", tt.name, w)
			}
		}
	}
}

// TestIsDeterminer checks the switch that took the place of a map of
// determiners (issue #6): every determiner, and words that are none.
func TestIsDeterminer(t *testing.T) {
	for _, w := range []string{"the", "a", "an", "its", "their", "his", "her", "this", "these", "those",
		"several", "senior", "top", "my", "our", "your", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "dozens"} {
		if !isDeterminer(w) {
			t.Errorf("isDeterminer(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "The", "th", "then", "they", "china", "minister", "said", "russia's", "eleven", "dozen", "some"} {
		if isDeterminer(w) {
			t.Errorf("isDeterminer(%q) = true, want false", w)
		}
	}
}
