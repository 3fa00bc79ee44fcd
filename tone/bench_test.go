package tone

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone/naivebayes"
)

// benchDoc is the sample report repeated to about 1 MB.
func benchDoc(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "sample", "leaders-call.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(data)+"\n\n", (1<<20)/len(data)+1)
}

func BenchmarkTokenize(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize(doc)
	}
}

func BenchmarkAttribute(b *testing.B) {
	doc := benchDoc(b)
	a, err := NewAttributor()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		a.Attribute(doc)
	}
}

// defaultScorer is the scorer demarche ships: the embedded lexicon and
// model with the default weights.
func defaultScorer(tb testing.TB) *Scorer {
	tb.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		tb.Fatal(err)
	}
	m, err := naivebayes.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return NewScorer(lex, m)
}

func BenchmarkScore(b *testing.B) {
	s := defaultScorer(b)
	text := "China is ready to work with Russia and other progressive forces across the globe against hegemony and power politics, and firmly opposes unilateral sanctions and interference in internal affairs."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Score(text)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	doc := benchDoc(b)
	a, err := NewAttributor()
	if err != nil {
		b.Fatal(err)
	}
	an := NewAnalyzer(a, defaultScorer(b))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		an.Analyze(doc)
	}
}

// BenchmarkTokenizeParagraphs tokenizes a document as attribution does:
// normalized, split into paragraphs written into the document's store,
// every paragraph's tokens written into one reused array while the
// document's lower-case words are recorded.
func BenchmarkTokenizeParagraphs(b *testing.B) {
	doc := Normalize(benchDoc(b))
	var buf []token
	var st docState // its tables kept from one loop to the next, as a worker's are
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		st.empty()
		st.prepare(len(doc))
		buf = st.tokenize(buf, st.split(doc), len(doc))
	}
}

// BenchmarkSplit is the reading of a document before its tokens:
// normalizing it, and splitting each paragraph into quotations and
// sentences.
func BenchmarkSplit(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range splitParagraphs(Normalize(doc)) {
			splitSentences(p.text, findQuotes(p.text))
		}
	}
}
