package naivebayes

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cdipaolo/goml/base"
	"github.com/cdipaolo/goml/text"
	"github.com/cdipaolo/sentiment"
	"golang.org/x/text/transform"
)

// reference computes the log-odds the sentiment package's Predict compares,
// with the package's own model, sanitizer and tokenizer: the per-class sums
// of log((Count[c]+1)/(Seen+DictCount)) plus the log prior.
func reference(nb *text.NaiveBayes, s string) (logOdds float64, class uint8) {
	clean, _, _ := transform.String(transform.RemoveFunc(base.OnlyWords), s)
	var sums [2]float64
	for _, w := range nb.Tokenizer.Tokenize(clean) {
		wd, ok := nb.Words.Get(w)
		if !ok {
			continue
		}
		for c := range sums {
			sums[c] += math.Log(float64(wd.Count[c]+1) / float64(wd.Seen+nb.DictCount))
		}
	}
	for c := range sums {
		sums[c] += math.Log(nb.Probabilities[c])
	}
	return sums[1] - sums[0], nb.Predict(s)
}

// sentences returns n varied texts, short and long, drawn deterministically
// from the model's vocabulary and from diplomatic phrases, with punctuation,
// capitals, digits, line breaks, repeated spaces and non-ASCII letters.
func sentences(n int, vocab []string) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	phrases := []string{
		"We firmly oppose this provocation", "a frank and candid exchange of views",
		"China is ready to deepen practical cooperation", "We are deeply concerned",
		"the so-called referendum", "We urge the US side to stop", "never refused dialogue",
		"Ça suffit, Mr. Président!", "ÜBER ALLES", "İstanbul talks", "win-win", "don't", "U.S.-led",
	}
	seps := []string{" ", " ", " ", "  ", ", ", ". ", "\n", "; ", " — ", "\t"}
	out := make([]string, n)
	for i := range out {
		words := 1 + rng.IntN(12)
		if i%10 == 0 {
			words = 200 + rng.IntN(2000) // long texts, where the package's Probability underflows
		}
		var b strings.Builder
		for k := 0; k < words; k++ {
			if k > 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			switch rng.IntN(6) {
			case 0:
				b.WriteString(phrases[rng.IntN(len(phrases))])
			case 1:
				b.WriteString(strings.ToUpper(vocab[rng.IntN(len(vocab))]))
			case 2:
				b.WriteString(vocab[rng.IntN(len(vocab))] + "123")
			default:
				b.WriteString(vocab[rng.IntN(len(vocab))])
			}
		}
		out[i] = b.String()
	}
	return out
}

// TestAgreesWithPackage is the check the speed issue (#6) asks for: on
// 5,000 varied texts the compact model gives the class the sentiment
// package predicts and log-odds within 1e-9 of the package's.
func TestAgreesWithPackage(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	models, err := sentiment.Restore()
	if err != nil {
		t.Fatal(err)
	}
	nb := models[sentiment.English]
	vocab := make([]string, 0, m.Len())
	for i := 0; i < m.Len(); i++ {
		vocab = append(vocab, m.word(i))
	}
	if len(vocab) < 100000 {
		t.Fatalf("model has %d words; the IMDB model has over 100,000", len(vocab))
	}
	texts := sentences(5000, vocab)
	worst := 0.0
	for _, s := range texts {
		want, class := reference(nb, s)
		got := m.LogOdds(s)
		if d := math.Abs(got - want); d > 1e-9 {
			t.Fatalf("%.60q: log-odds %.12f, package %.12f", s, got, want)
		} else if d > worst {
			worst = d
		}
		gotClass := uint8(0)
		if got > 0 {
			gotClass = 1
		}
		if gotClass != class {
			t.Fatalf("%.60q: class %d, package predicts %d (log-odds %g)", s, gotClass, class, got)
		}
	}
	t.Logf("%d texts: largest log-odds difference %.3g", len(texts), worst)
}

// TestCacheSameLogOdds checks that a Cache changes nothing: on the
// varied texts, read twice with one cache (so that words are found in it,
// collide in it and replace each other), LogOddsCached gives LogOdds's
// value bit for bit, and so does a word at the longest length a slot
// holds and one past it, and a word after a longer one it starts.
func TestCacheSameLogOdds(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	vocab := make([]string, 0, m.Len())
	for i := 0; i < m.Len(); i++ {
		vocab = append(vocab, m.word(i))
	}
	texts := sentences(2000, vocab)
	for _, w := range vocab {
		if len(w) == cacheWord || len(w) == cacheWord+1 {
			texts = append(texts, w+" "+w, "the "+w+" and "+w)
		}
	}
	// Words that start the same as longer ones: the bytes loaded with a
	// short word, past its end, must not enter its key.
	texts = append(texts, "reforms reform reforms ref", "internationally international intern in i",
		// Runs read as written: the same word in other forms, runs of
		// seven to seventeen bytes, and runs the text's end cuts short.
		"Peace peace, PEACE peace. «peace» good Good GOOD good! great", "bad.\nawful bad awful", "1234567 good",
		"goodgood great", "goodgoodg great", "goodgoodgoodgoo great", "goodgoodgoodgood great", "goodgoodgoodgoodg great",
		"great goodgoodgoodgood", "great goodgoodgoodgoodg", "Très bien, très BIEN")
	var c Cache
	for round := range 2 {
		for _, s := range texts {
			want := m.LogOdds(s)
			if got := m.LogOddsCached(s, &c); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("round %d, %.60q: cached log-odds %v, want %v", round, s, got, want)
			}
		}
	}
	used := 0
	for _, set := range c.sets {
		for _, sl := range set {
			if sl.n > 0 {
				used++
			}
		}
	}
	if slots := 2 * cacheSets; used < slots/2 {
		t.Errorf("%d of %d cache slots in use after %d texts", used, slots, len(texts))
	}
}

// word returns the i-th word of the model, for tests.
func (m *Model) word(i int) string {
	le := func(b []byte) uint32 { return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24 }
	return string(m.blob[le(m.offsets[4*i:]):le(m.offsets[4*i+4:])])
}

// TestLongTextIsFinite is the case the package gets wrong: its product of
// probabilities underflows to NaN on long texts.
func TestLongTextIsFinite(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("we reaffirm our commitment to the charter and to peace ", 400)
	if lo := m.LogOdds(long); math.IsNaN(lo) || math.IsInf(lo, 0) {
		t.Fatalf("log-odds of a long text = %v", lo)
	}
	if p := m.Probability(long); math.IsNaN(p) || p < 0 || p > 1 {
		t.Fatalf("probability of a long text = %v", p)
	}
}

func TestEncodeParse(t *testing.T) {
	logs := map[string][2]float64{"good": {-2, -0.5}, "bad": {-1, -3.25}, "über": {-1, -0.5}, "a": {-1, -1}}
	data, err := Encode([2]float64{-0.5, -0.4}, logs)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want float64
	}{
		{"", 0.1},
		{"good", 1.6},
		{"GOOD bad", 0.1 + 1.5 - 2.25},
		{"Über good!", 0.1 + 0.5 + 1.5},
		{"go od", 0.1},        // unknown words add nothing
		{"goo\nd", 0.1 + 1.5}, // a line break is dropped, joining the words
		{"unknown words only", 0.1},
	}
	for _, tt := range tests {
		if got := m.LogOdds(tt.text); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("LogOdds(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if _, err := Encode([2]float64{}, map[string][2]float64{"": {1, 1}}); err == nil {
		t.Error("Encode accepted an empty word")
	}
}

func TestParseRejects(t *testing.T) {
	good, err := Encode([2]float64{}, map[string][2]float64{"x": {1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not in the compact format"},
		{"wrong magic", append([]byte("XXXXXXXX"), good[8:]...), "not in the compact format"},
		{"truncated", good[:headerSize+4], "truncated"},
		{"bad blob", append(append([]byte(nil), good...), 'z'), "word table does not match its data"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRestorePackage(b *testing.B) {
	for b.Loop() {
		if _, err := sentiment.Restore(); err != nil {
			b.Fatal(err)
		}
	}
}

const benchText = "China is ready to work with Russia and other progressive forces to deepen practical cooperation and firmly oppose hegemony and power politics."

func BenchmarkLogOdds(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		m.LogOdds(benchText)
	}
}

func BenchmarkLogOddsCached(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var c Cache
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		m.LogOddsCached(benchText, &c)
	}
}

func BenchmarkPackageProbability(b *testing.B) {
	models, err := sentiment.Restore()
	if err != nil {
		b.Fatal(err)
	}
	nb := models[sentiment.English]
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		nb.Probability(benchText)
	}
}

// TestCacheKey checks that a run's cache key is its bytes, zero past its
// end, whatever follows it (a longer run's bytes, the text's next words):
// else a run would miss its own slot.
func TestCacheKey(t *testing.T) {
	for _, tc := range []struct{ longer, word string }{
		{"reforms", "ref"},
		{"internationally", "international"},
		{"cooperation", "cooperat"},
		{"abcdefghijklmnop", "abcdefghijklmnop"},
		{"sanctions", "s"},
	} {
		var want [2]uint64 // the word's bytes, byte by byte
		for k := 0; k < len(tc.word); k++ {
			want[k/8] |= uint64(tc.word[k]) << (8 * (k % 8))
		}
		for _, at := range []struct {
			text string
			i    int
		}{
			{tc.word + tc.longer[len(tc.word):], 0}, // the start of a longer run
			{tc.word + " " + tc.longer + " " + tc.longer, 0},
			{"x " + tc.word, 2}, // at the text's end
		} {
			if k0, k1 := chunkKey(at.text, at.i, len(tc.word)); k0 != want[0] || k1 != want[1] {
				t.Errorf("%q in %q: key %#x %#x, want %#x %#x", tc.word, at.text, k0, k1, want[0], want[1])
			}
		}
	}
}

// TestLastBytes checks that a text's last bytes, fewer than sixteen, are
// read as LogOddsCached reads sixteen: their bytes, then spaces. Each
// length reads them with other loads.
func TestLastBytes(t *testing.T) {
	const text = "abcdefghijklmno"
	for n := 1; n < cacheWord; n++ {
		s := text[:n]
		var want [2]uint64 // the bytes, then spaces, byte by byte
		for k := 0; k < cacheWord; k++ {
			c := byte(' ')
			if k < n {
				c = s[k]
			}
			want[k/8] |= uint64(c) << (8 * (k % 8))
		}
		if k0, k1 := lastBytes(s); k0 != want[0] || k1 != want[1] {
			t.Errorf("lastBytes(%q) = %#x %#x, want %#x %#x", s, k0, k1, want[0], want[1])
		}
	}
}
