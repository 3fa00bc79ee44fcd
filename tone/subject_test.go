package tone

import "testing"

// TestClauseOrAux checks that the filter before clauseWords and verbAux
// lets every one of their words through (it may only answer "no" for a
// word in neither), and turns away common words in neither (issue #6).
func TestClauseOrAux(t *testing.T) {
	for _, m := range []map[string]bool{clauseWords, verbAux} {
		for w := range m {
			if !clauseOrAux.mayHave(w) {
				t.Errorf("clauseOrAux.mayHave(%q) = false, want true", w)
			}
		}
	}
	for _, w := range []string{"the", "minister", "foreign", "of", "said", "china"} {
		if clauseOrAux.mayHave(w) {
			t.Errorf("clauseOrAux.mayHave(%q) = true, want false", w)
		}
	}
}
