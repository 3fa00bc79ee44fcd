package lexicon

import (
	"strings"
	"testing"
)

// TestCategorySet checks that each category has a bit of its own, that
// an unknown one has none, and that a match carries its entry's set.
func TestCategorySet(t *testing.T) {
	var all CategorySet
	for _, c := range Categories() {
		s := c.Set()
		if s == 0 || s&(s-1) != 0 || all&s != 0 {
			t.Errorf("%s.Set() = %#x, want a bit no other category has", c, s)
		}
		all |= s
	}
	if s := Category("sympathy").Set(); s != 0 {
		t.Errorf("an unknown category's Set() = %#x, want 0", s)
	}
	if got, want := SetOf(Contrast, Concession), Contrast.Set()|Concession.Set(); got != want {
		t.Errorf("SetOf(contrast, concession) = %#x, want %#x", got, want)
	}
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("we strongly condemn the attack but welcome the ceasefire and will not accept it")
	c := warmCache()
	for _, ms := range [][]Match{lex.FindAll(words), lex.AppendAllCached(nil, words, c)} {
		if len(ms) == 0 {
			t.Fatal("no matches")
		}
		for _, m := range ms {
			if m.Set != m.Entry.Category.Set() {
				t.Errorf("%q: Set %#x, want its category %s's %#x", m.Entry.Term, m.Set, m.Entry.Category, m.Entry.Category.Set())
			}
		}
	}
}
