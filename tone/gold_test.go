package tone

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The precision and recall of (statement, speaker) pairs that attribution
// reaches on testdata/attribution; TestAttributionGold fails below them.
// Raise them when attribution improves.
const (
	minNewsPrecision       = 1.00
	minNewsRecall          = 1.00
	minTranscriptPrecision = 1.00
	minTranscriptRecall    = 1.00
)

// TestAttributionGold scores attribution on the gold set in
// testdata/attribution (see its README.md): news reports and transcripts
// separately, pooled over their documents. Run it with -v to see the
// figures and every miss.
func TestAttributionGold(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "testdata", "attribution")
	docs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 12 {
		t.Fatalf("%d documents in %s, want at least 12", len(docs), dir)
	}
	var news, transcripts attributionCount
	nNews, nTranscripts := 0, 0
	for _, path := range docs {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		gold := readGold(t, strings.TrimSuffix(path, ".txt")+".gold.tsv")
		c := attributionScore(a.Attribute(string(text)), gold)
		name := filepath.Base(path)
		for _, m := range c.misses {
			t.Logf("%s: %s", name, m)
		}
		if strings.HasPrefix(name, "transcript-") {
			transcripts.add(c)
			nTranscripts++
		} else {
			news.add(c)
			nNews++
		}
	}
	for _, set := range []struct {
		name       string
		docs       int
		c          attributionCount
		minP, minR float64
	}{
		{"news", nNews, news, minNewsPrecision, minNewsRecall},
		{"transcripts", nTranscripts, transcripts, minTranscriptPrecision, minTranscriptRecall},
	} {
		p, r := set.c.precision(), set.c.recall()
		t.Logf("%s: precision %.3f (%d/%d) recall %.3f (%d/%d) over %d documents",
			set.name, p, set.c.right, set.c.predicted, r, set.c.right, set.c.gold, set.docs)
		if p < set.minP || r < set.minR {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.3f and %.3f", set.name, p, r, set.minP, set.minR)
		}
	}
}

// BenchmarkAttributeGold attributes every document of the gold set; the
// throughput (MB/s) is over their text.
func BenchmarkAttributeGold(b *testing.B) {
	a, err := NewAttributor()
	if err != nil {
		b.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no documents: %v", err)
	}
	var docs []string
	size := 0
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(text))
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a.Attribute(d)
		}
	}
}

// BenchmarkAttributeLong attributes one long report (the news documents
// one after another, 40 times): the cost must grow with the length, not
// its square.
func BenchmarkAttributeLong(b *testing.B) {
	a, err := NewAttributor()
	if err != nil {
		b.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "news-*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no documents: %v", err)
	}
	var sb strings.Builder
	for range 40 {
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(text)
			sb.WriteString("\n\n")
		}
	}
	doc := sb.String()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		a.Attribute(doc)
	}
}
