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
	}{
		{"clauseOrAux", clauseOrAux, []map[string]bool{clauseWords, verbAux}},
		{"introFilter", introFilter, []map[string]bool{introWords}},
	} {
		for _, set := range tt.sets {
			for w := range set {
				if !tt.filter.mayHave(w) {
					t.Errorf("%s.mayHave(%q) = false, want true", tt.name, w)
				}
			}
		}
		for _, w := range []string{"the", "minister", "foreign", "of", "said", "china"} {
			if tt.filter.mayHave(w) {
				t.Errorf("%s.mayHave(%q) = true, want false", tt.name, w)
			}
		}
	}
}
