package tone

import (
	"slices"
	"strings"
	"testing"

	"github.com/demarche/demarche/lexicon"
)

// tokenizeParagraphs is tokenizeParagraphsWith with new arrays and
// tables, recording no words.
func tokenizeParagraphs(paras []paragraph, size int) []token {
	return tokenizeParagraphsInto(nil, paras, size, nil)
}

// tokenizeParagraphsInto is tokenizeParagraphsWith with new tables;
// with st not nil, it records the words in st.lowered and the tokens'
// forms in st's store, as st.tokenize does.
func tokenizeParagraphsInto(buf []token, paras []paragraph, size int, st *docState) []token {
	var lw *wordRecorder
	var store strings.Builder
	if st == nil {
		storeParagraphs(paras, &store)
		return tokenizeParagraphsWith(buf, paras, size, lw, &formCache{}, &store)
	}
	lw = &wordRecorder{set: st.lowered}
	st.store = strings.Builder{}
	storeParagraphs(paras, &st.store)
	toks := tokenizeParagraphsWith(buf, paras, size, lw, &formCache{}, &st.store)
	st.src = st.store.String()
	return toks
}

// storeParagraphs writes the texts of paras into store, back to back, and
// makes them views of it, as splitParagraphsInto does with a store.
func storeParagraphs(paras []paragraph, store *strings.Builder) {
	for i := range paras {
		from := store.Len()
		store.WriteString(paras[i].text)
		paras[i].text = store.String()[from:]
	}
}

// tokenizeOnly returns the tokens of s, for a test that reads no form.
func tokenizeOnly(s string) []token {
	toks, _ := tokenize(s)
	return toks
}

// tokenized returns the tokens of s and their store, in the order the
// functions that read tokens take them.
func tokenized(s string) (src string, toks []token) {
	toks, src = tokenize(s)
	return src, toks
}

// sameTokens reports whether the tokens a, of the store asrc, and b, of
// the store bsrc, are the same: the same forms, spans and kinds.
func sameTokens(a []token, asrc string, b []token, bsrc string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameForms(a[i], asrc, b[i], bsrc) || a[i].start != b[i].start || a[i].end != b[i].end {
			return false
		}
	}
	return true
}

// sameForms reports whether the token x, of the store xsrc, and y, of the
// store ysrc, have the same forms and kind, wherever they stand.
func sameForms(x token, xsrc string, y token, ysrc string) bool {
	return x.lower(xsrc) == y.lower(ysrc) && x.text(xsrc) == y.text(ysrc) &&
		x.word == y.word && x.upper == y.upper && x.name == y.name
}

// labelTokens returns all the tokens scanNames reads in a transcript turn
// whose label and rest cutLabel returned (see appendLabelPart), with their
// store: a copy of the paragraph's, with the label's forms after it.
func labelTokens(p *paragraph, label, rest string) (toks []token, src string) {
	p.tokens()
	st := new(docState)
	st.store.WriteString(p.src)
	st.src = st.store.String()
	toks, comma, after, _ := appendLabelPart(st, nil, p, label, rest, nil)
	if comma >= 0 {
		toks = append(toks, p.tokens()[after:]...)
	}
	return toks, st.src
}

// defaultAnalyzer returns the attributor and an analyzer with the
// default lexicon and no model, narration included.
func defaultAnalyzer(t testing.TB) (*Attributor, *Analyzer) {
	t.Helper()
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a, NewAnalyzer(a, NewScorer(lex, nil))
}

// saidCase is a document and what it must say: each statement that is
// not narration as its speaker, ": " and its text, in order.
type saidCase struct {
	name string
	doc  string
	want []string
}

// checkSaid checks each case with the default attributor, a subtest each.
func checkSaid(t *testing.T, tests []saidCase) {
	t.Helper()
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	show := func(s Statement) string { return s.Speaker + ": " + s.Text }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := said(a, tt.doc, show); !slices.Equal(got, tt.want) {
				t.Errorf("statements %q, want %q", got, tt.want)
			}
		})
	}
}
