package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// TestAppendAllCached holds AppendAllCached to FindAll's matches over
// texts whose words fill the cache, come back to it and go past it: words
// longer than a slot holds, words of nine to sixteen bytes that share
// their first or last eight bytes, an empty word, terms that go on past
// their first word or stop short of their last, with a prefix past the
// root, and a second lexicon read with the same Cache.
func TestAppendAllCached(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	other := testLexicon(t, `cooperation,support,0.4,0.5,0,
the international*,support,0.1,0.1,0,
deeply concern*,concern,-0.4,-0.2,0,
deeply concerned about the situation,concern,-0.5,-0.3,0,
`)
	texts := []string{
		"we express grave concern over the so-called referendum and firmly oppose hegemony",
		"the international community welcomes the constructive dialogue and mutual respect",
		"we condemn the attack and urge restraint we condemned the attacks and urged restraint",
		"internationally internationalisation internationalist internationalists interference",
		"counterproductive counterproductively counterproductiveness counterterrorism",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z",
		"we are deeply concerned about  the unilateral sanctions", // an empty word below
		"cooperation the international order the internationally minded",
		"deeply concerned about the situation deeply concerned about the sanctions deeply concerns",
	}
	c := new(Cache)
	words := 0              // looked up
	for round := range 30 { // past cacheAfter, and then with the cache full of these words
		for _, text := range texts {
			ws := strings.Split(text, " ")
			for _, l := range []*Lexicon{lex, other} {
				words += len(ws)
				want := l.FindAll(ws)
				if got := l.AppendAllCached(nil, ws, c); !slices.Equal(got, want) {
					t.Fatalf("round %d: AppendAllCached(%q) = %v, FindAll %v", round, text, got, want)
				}
			}
		}
	}
	if c.sets == nil {
		t.Errorf("the cache took no memory after %d words", words)
	}
}

// TestCacheAfter holds a new Cache to its promise: a caller that reads one
// statement with it pays for no table.
func TestCacheAfter(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("we express grave concern over the so-called referendum")
	var c Cache
	got := lex.AppendAllCached(nil, words, &c)
	if c.sets != nil {
		t.Errorf("the cache took its memory after %d words, want after %d", len(words), cacheAfter)
	}
	if want := lex.FindAll(words); !slices.Equal(got, want) {
		t.Errorf("AppendAllCached = %v, FindAll %v", got, want)
	}
}

// TestCacheKeys holds the cache to whole words: a word of nine to sixteen
// bytes that shares its length, its first eight bytes and its set with a
// term's word, behind a third word of that set, is not the term's word.
func TestCacheKeys(t *testing.T) {
	lex := testLexicon(t, `intervention,concern,-0.3,0,0,
`)
	const term = "intervention"
	set := func(w string) uint64 { return cacheSet(le64(w), le64(w[len(w)-8:]), len(w)) }
	// inSet returns a word of term's length and set: prefix and letters.
	inSet := func(prefix string) string {
		for x := range 26 * 26 * 26 * 26 {
			w := []byte(prefix)
			for ; len(w) < len(term); x /= 26 {
				w = append(w, byte('a'+x%26))
			}
			if string(w) != term && set(string(w)) == set(term) {
				return string(w)
			}
		}
		t.Fatalf("no word %q... in the set of %q", prefix, term)
		return ""
	}
	twin, other := inSet("interven"), inSet("xxxxxxxx")
	c := warmCache()
	for _, w := range []string{term, other, twin, term, twin} {
		got := lex.AppendAllCached(nil, []string{w}, c)
		if want := lex.FindAll([]string{w}); !slices.Equal(got, want) {
			t.Errorf("AppendAllCached(%q) = %v, FindAll %v", w, got, want)
		}
	}
}
