package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func testLexicon(t *testing.T, rows string) *Lexicon {
	t.Helper()
	entries, err := Parse(strings.NewReader(hdr+rows), "test.csv")
	if err != nil {
		t.Fatal(err)
	}
	return New(entries)
}

func TestFindAll(t *testing.T) {
	lex := testLexicon(t, `concern,concern,-0.3,-0.2,0,
grave concern,concern,-0.6,-0.4,0.2,
condemn*,condemnation,-0.8,-0.6,0.7,
condemnation,condemnation,-0.7,-0.6,0.5,
frank and candid exchange,euphemism,-0.3,-0.1,0,
frank,euphemism,-0.1,0,0,
express* grave concern,concern,-0.65,-0.4,0.3,
so-called,delegitimising,-0.4,-0.3,0.2,
deeply concern*,concern,-0.4,-0.2,0,
`)
	tests := []struct {
		text string
		want []string // matched terms, in order
	}{
		{"we are deeply concerned and deeply grave", []string{"deeply concern*"}}, // a prefix past the root
		{"we note with grave concern", []string{"grave concern"}},
		{"a frank and candid exchange of views", []string{"frank and candid exchange"}},
		{"a frank and open talk", []string{"frank"}},
		{"we strongly condemned the attack", []string{"condemn*"}},
		{"the condemnation was swift", []string{"condemnation"}}, // exact beats prefix
		{"they expressed grave concern and concern", []string{"express* grave concern", "concern"}},
		{"the so-called referendum", []string{"so-called"}},
		{"nothing here", nil},
		{"grave", nil},
	}
	for _, tt := range tests {
		got := foundTerms(t, lex, tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFindAllWordKeys holds the root's tables to whole words: a word
// whose wordKey, length and hash a term's word shares (same first and
// last four bytes, or first, middle and last byte) is not that word.
func TestFindAllWordKeys(t *testing.T) {
	lex := testLexicon(t, `interference,hostility,-0.4,-0.3,0.2,
aba,concern,-0.1,0,0,
abcdefgh,concern,-0.1,0,0,
`)
	tests := []struct {
		text string
		want []string
	}{
		{"interference", []string{"interference"}},
		{"interxxrence", nil}, // same length, first and last four bytes
		{"interfxrence", nil},
		{"aba", []string{"aba"}},
		{"aaa", nil}, // "aba" but its middle byte
		{"ab", nil},
		{"abcdefgh", []string{"abcdefgh"}},
		{"abcdxfgh", nil}, // eight bytes: all in the key
		{"abcdefghefgh", nil},
	}
	for _, tt := range tests {
		got := foundTerms(t, lex, tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if len(tt.want) == 0 {
			if e, _ := lex.Lookup(strings.Fields(tt.text), 0); e != nil {
				t.Errorf("Lookup(%q) = %q, want none", tt.text, e.Term)
			}
		}
	}
	// An empty word starts nothing and ends what it follows.
	if got := lex.FindAll([]string{"", "aba", "", "abcdefgh"}); len(got) != 2 || got[0].Start != 1 || got[1].Start != 3 {
		t.Errorf("FindAll with empty words = %+v, want aba at 1 and abcdefgh at 3", got)
	}
}

// TestFindAllPrefixKeys holds the root's prefix edges to their keys'
// bytes: after the four bytes byHead finds them by, a key of up to eight
// more is compared by its wordKey, a longer one byte by byte, and a
// word one byte off anywhere in the key does not start with it.
func TestFindAllPrefixKeys(t *testing.T) {
	lex := testLexicon(t, `peac*,concern,-0.1,0,0,
peacek*,concern,-0.1,0,0,
consul*,concern,-0.2,0,0,
consolid*,concern,-0.3,0,0,
constructiv*,concern,-0.4,0,0,
consternation*,concern,-0.5,0,0,
`)
	tests := []struct {
		text string
		want []string
	}{
		{"pea", nil},
		{"peace", []string{"peac*"}}, // a key of four bytes: nothing more to compare
		{"peacekeeping", []string{"peac*"}},
		{"cons", nil},
		{"consul", []string{"consul*"}},
		{"consult", []string{"consul*"}},
		{"consxlt", nil},
		{"consuxt", nil},
		{"consolidate", []string{"consolid*"}},
		{"consolxdate", nil},
		{"consolidxte", []string{"consolid*"}}, // past the key
		{"constructive", []string{"constructiv*"}},
		{"constrxctive", nil}, // twelve bytes: one byte off in the middle
		{"constructiv", []string{"constructiv*"}},
		{"constructi", nil}, // shorter than the key
		{"consternations", []string{"consternation*"}},
		{"consternxtion", nil}, // thirteen bytes: compared byte by byte
		{"xonsul", nil},
	}
	for _, tt := range tests {
		got := foundTerms(t, lex, tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNewOverrides(t *testing.T) {
	base := []Entry{
		{Term: "concern", Category: Concern, Tone: -0.3}, {Term: "welcome", Category: Welcome, Tone: 0.5},
		{Term: "condemn* strongly", Category: Condemnation, Tone: -0.8},
	}
	user := []Entry{
		{Term: "concern", Category: Concern, Tone: -0.5}, {Term: "deplore", Category: Condemnation, Tone: -0.7},
		{Term: "condemn* strongly", Category: Condemnation, Tone: -0.9}, {Term: "condemn", Category: Condemnation, Tone: -0.6},
	}
	lex := New(base, user)
	if lex.Len() != 5 {
		t.Fatalf("Len = %d, want 5", lex.Len())
	}
	e, end := lex.Lookup([]string{"concern"}, 0)
	if e == nil || e.Tone != -0.5 || end != 1 {
		t.Errorf("Lookup(concern) = %+v, %d; want the user's -0.5", e, end)
	}
	e, end = lex.Lookup([]string{"condemned", "strongly"}, 0)
	if e == nil || e.Tone != -0.9 || end != 2 {
		t.Errorf("Lookup(condemned strongly) = %+v, %d; want the user's -0.9", e, end)
	}
	got := lex.Entries()
	if got[0].Term != "concern" || got[0].Tone != -0.5 || got[2].Tone != -0.9 || got[3].Term != "deplore" || got[4].Term != "condemn" {
		t.Errorf("Entries = %+v; want the override in place and new terms last", got)
	}
}

// TestDefault checks the embedded lexicon: it parses, is large enough, and
// holds the expressions the pipeline issue names with the sign a diplomat
// reads in them.
func TestDefault(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if lex.Len() < 300 {
		t.Errorf("default lexicon has %d entries, want at least 300", lex.Len())
	}
	tests := []struct {
		phrase string
		sign   int // -1 hostile, +1 friendly
	}{
		{"condemn", -1}, {"grave concern", -1}, {"firmly oppose", -1}, {"provocation", -1},
		{"hegemony", -1}, {"interference in internal affairs", -1}, {"so-called", -1},
		{"sanctions", -1}, {"countermeasures", -1}, {"frank and candid exchange", -1},
		{"welcome", 1}, {"congratulate", 1}, {"win-win", 1}, {"mutual respect", 1}, {"constructive", 1},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.phrase)
		e, end := lex.Lookup(words, 0)
		if e == nil || end != len(words) {
			t.Errorf("%q: no entry covers the whole phrase", tt.phrase)
			continue
		}
		if tt.sign < 0 && e.Tone >= 0 || tt.sign > 0 && e.Tone <= 0 {
			t.Errorf("%q: tone %v, want sign %d", tt.phrase, e.Tone, tt.sign)
		}
	}
}

// TestEveryTermFound checks that every default term, written out ("word*"
// as "wordx"), is found over its whole length: the filters on the trie's
// nodes (issue #6) must never turn away one of their own keys.
func TestEveryTermFound(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lex.Entries() {
		words := strings.Fields(e.Term)
		for i, w := range words {
			if p, ok := strings.CutSuffix(w, "*"); ok {
				words[i] = p + "x"
			}
		}
		if got, end := lex.Lookup(words, 0); got == nil || end != len(words) {
			t.Errorf("%q: Lookup(%q) ends at %d, want %d", e.Term, words, end, len(words))
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindAll(b *testing.B) {
	lex, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := "china is ready to work with russia and other progressive forces to deepen practical cooperation and firmly oppose hegemony and power politics and we are deeply concerned about the so-called referendum"
	words := strings.Fields(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		lex.FindAll(words)
	}
}

// BenchmarkAppendAllCached reads BenchmarkFindAll's words with a Cache
// that holds them, as a statement's words are after the first few of a
// document.
func BenchmarkAppendAllCached(b *testing.B) {
	lex, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := "china is ready to work with russia and other progressive forces to deepen practical cooperation and firmly oppose hegemony and power politics and we are deeply concerned about the so-called referendum"
	words := strings.Fields(text)
	c := warmCache()
	var dst []Match
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = lex.AppendAllCached(dst[:0], words, c)
	}
}

// foundTerms returns the terms FindAll finds in the words of text, in
// order. It fails t when AppendAllCached, with a Cache that has taken its
// memory, finds other matches, the first time or the second, when the
// words are in the cache.
func foundTerms(t *testing.T, lex *Lexicon, text string) []string {
	t.Helper()
	words := strings.Fields(text)
	matches := lex.FindAll(words)
	c := warmCache()
	for range 2 {
		if got := lex.AppendAllCached(nil, words, c); !slices.Equal(got, matches) {
			t.Errorf("AppendAllCached(%q) = %v, FindAll %v", text, got, matches)
		}
	}
	var got []string
	for _, m := range matches {
		got = append(got, m.Entry.Term)
	}
	return got
}

// warmCache returns a Cache that has seen cacheAfter words: it keeps
// what it looks up from its first call.
func warmCache() *Cache {
	return &Cache{seen: cacheAfter}
}

// TestManyEdges holds a node with many edges, which New sorts by their
// keys' bits (node.starts), to its terms: each is found after the
// node's word, at the start of a text and further on, and other words
// are not, among them words that share a key's bit.
func TestManyEdges(t *testing.T) {
	var rows strings.Builder
	var words []string
	for i := range 40 {
		w := fmt.Sprintf("w%dx%c", i, 'a'+i%26)
		words = append(words, w)
		fmt.Fprintf(&rows, "ask %s,demand,-0.2,0,0.5,\n", w)
	}
	lex := testLexicon(t, rows.String())
	shared := false // whether two keys share a bit, which starts must tell apart
	for i, a := range words {
		for _, b := range words[:i] {
			shared = shared || keyBit(a) == keyBit(b)
		}
	}
	if !shared {
		t.Fatal("no two keys share a bit: the test does not hold a bit with two edges")
	}
	for _, w := range words {
		want := "ask " + w
		for _, text := range []string{want, "we " + want + " now"} {
			if got := foundTerms(t, lex, text); len(got) != 1 || got[0] != want {
				t.Errorf("FindAll(%q) = %q, want %q", text, got, want)
			}
		}
		if e, end := lex.Lookup(strings.Fields(want), 0); e == nil || e.Term != want || end != 2 {
			t.Errorf("Lookup(%q) = %v, %d, want %q, 2", want, e, end, want)
		}
	}
	for _, w := range []string{"w40xo", "w1xa", "wx", "ask"} {
		if got := foundTerms(t, lex, "ask "+w); len(got) != 0 {
			t.Errorf("FindAll(%q) = %q, want none", "ask "+w, got)
		}
	}
}
