package report

import (
	"strings"
	"testing"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"

	"github.com/demarche/demarche/tone/wordsplit"
)

// render writes segments with the marked ones in brackets, so a test can
// say in one string what was highlighted.
func render(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Term != nil {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func terms(texts ...string) []tone.Term {
	out := make([]tone.Term, len(texts))
	for i, t := range texts {
		out[i] = tone.Term{Text: t, Weight: -0.5, Scale: 1}
	}
	return out
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		terms []tone.Term
		want  string
	}{
		{"case-insensitive", "We Strongly CONDEMN the attack.", terms("condemn"),
			"We Strongly [CONDEMN] the attack."},
		{"multi-word across a line break and double space", "a frank and\ncandid  exchange of views", terms("frank and candid exchange"),
			"a [frank and\ncandid  exchange] of views"},
		{"whole words only", "The banner says ban the ban.", terms("ban"),
			"The banner says [ban] the ban."},
		{"repeated term, in text order", "We oppose this and oppose that.", terms("oppose", "oppose"),
			"We [oppose] this and [oppose] that."},
		{"curly apostrophe matches the straight one", "Russia’s provocation won’t stand.", terms("provocation", "won't"),
			"Russia’s [provocation] [won’t] stand."},
		{"hyphenated word", "the so-called referendum", terms("so-called"),
			"the [so-called] referendum"},
		{"non-ASCII letters", "Wir VERURTEILEN die Übergriffe.", terms("übergriffe"),
			"Wir VERURTEILEN die [Übergriffe]."},
		{"term not in the text is left out", "We welcome the talks.", terms("condemn", "welcome"),
			"We [welcome] the talks."},
		{"out of order falls back to the first unmarked", "concern, then regret", terms("regret", "concern"),
			"[concern], then [regret]"},
		{"no terms", "Nothing here.", nil, "Nothing here."},
		{"markup is just text", "<b>condemn</b>", terms("condemn"), "<b>[condemn]</b>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := highlight(tt.text, tt.terms)
			if got := render(segs); got != tt.want {
				t.Errorf("highlight(%q) = %q, want %q", tt.text, got, tt.want)
			}
			var whole strings.Builder
			for _, s := range segs {
				whole.WriteString(s.Text)
			}
			if whole.String() != tt.text {
				t.Errorf("segments join to %q, want the text %q", whole.String(), tt.text)
			}
		})
	}
}

// TestHighlightScoredTerms highlights what the real scorer reports: every
// term it finds must be marked, on the words it matched, so a change in
// how tone.Term writes a match shows up here.
func TestHighlightScoredTerms(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	scorer := tone.NewScorer(lex, nil)
	for _, text := range []string{
		"We firmly oppose this so-called “referendum” and will never accept it, but we welcome the talks.",
		"The Minister Expressed GRAVE CONCERN and Strongly Condemned the strikes.",
		"China has never refused dialogue; it is ready to deepen practical cooperation.",
		"We take note of the statement. It was a frank and candid exchange of views.",
		"Russia’s so‑called guarantees won’t stop us from condemning the annexation.",
	} {
		sc := scorer.Score(text)
		if len(sc.Terms) == 0 {
			t.Errorf("%q: the scorer found no terms; the test needs a text with some", text)
			continue
		}
		var marked []string
		for _, seg := range highlight(text, sc.Terms) {
			if seg.Term != nil {
				marked = append(marked, strings.Join(strings.Fields(wordsplit.Normalize(seg.Text)), " "))
				if seg.Term.Text != marked[len(marked)-1] {
					t.Errorf("%q: marked %q for term %q", text, seg.Text, seg.Term.Text)
				}
			}
		}
		if len(marked) != len(sc.Terms) {
			t.Errorf("%q: marked %q, want every term of %s", text, marked, tone.FormatTerms(sc.Terms))
		}
	}
}
