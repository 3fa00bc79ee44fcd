package tone

import (
	"strings"
	"testing"
)

// TestMendHyphens checks that words a line end hyphenated are whole
// again: without the hyphen when the model knows the word and the
// lexicon has no term of the two parts, else with it; and that other
// line ends after a hyphen are left alone.
func TestMendHyphens(t *testing.T) {
	s := defaultScorer(t)
	tests := []struct{ in, want string }{
		{"to deepen coopera-\ntion on trade", "to deepen cooperation on trade"},
		{"an unaccept-\nable move", "an unacceptable move"},
		{"the so-\ncalled sanctions", "the so-called sanctions"},      // a term of two words
		{"will take counter-\nmeasures", "will take countermeasures"}, // a term of one
		{"a twenty-\n  five point plan", "a twenty-five point plan"},  // both words; the indent goes
		{"a well-\nknown fact", "a well-known fact"},
		{"many con-\nsultations, one agree-\nment", "many consultations, one agreement"},
		{"Caf\u00e9-\nsociety", "Caf\u00e9-society"},
		// Not a word broken at a line end.
		{"the minister -\nwho spoke", "the minister -\nwho spoke"},
		{"the Franco-\nGerman plan", "the Franco-\nGerman plan"},
		{"end of the para-\n\ngraph", "end of the para-\n\ngraph"},
		{"a dash--\nthen", "a dash--\nthen"},
		{"-\nabc", "-\nabc"},
		{"no break", "no break"},
		{"ends with a hyphen-\n", "ends with a hyphen-\n"},
	}
	for _, tt := range tests {
		if got := s.mendHyphens(tt.in); got != tt.want {
			t.Errorf("mendHyphens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Without a model the parts keep their hyphen.
	if got, want := NewScorer(s.lex, nil).mendHyphens("coopera-\ntion"), "coopera-tion"; got != want {
		t.Errorf("no model: %q, want %q", got, want)
	}
}

// TestAnalyzeHyphenated checks that a statement whose words a line end
// broke is quoted and scored whole.
func TestAnalyzeHyphenated(t *testing.T) {
	a, _ := defaultAnalyzer(t)
	an := NewAnalyzer(a, defaultScorer(t)).WithoutNarration()
	got := an.Analyze("Foreign Minister Ana Ruiz said the two sides had agreed to deepen coopera-\ntion and rejected the unaccept-\nable interference.\n")
	if len(got) != 1 || !strings.Contains(got[0].Text, "deepen cooperation and rejected the unacceptable interference") {
		t.Fatalf("statements %+v", got)
	}
	var terms []string
	for _, tm := range got[0].Terms {
		terms = append(terms, tm.Text)
	}
	if s := strings.Join(terms, ";"); !strings.Contains(s, "deepen cooperation") || !strings.Contains(s, "unacceptable") {
		t.Errorf("terms %q, want deepen cooperation and unacceptable", s)
	}
}
