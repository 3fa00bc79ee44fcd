package tone

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNextMayHave checks nextMayHave, the loop the speaker-country index
// reads a document's tokens in (issue #6), against its definition on
// random texts: the next name word whose form without a possessive the
// filter may have.
func TestNextMayHave(t *testing.T) {
	var filter wordFilter
	for _, w := range []string{"lavrov", "wang", "states", "russia"} {
		filter.add(w)
	}
	parts := []string{"Lavrov ", "Lavrov's ", "Wang’s ", "States' ", "States ", "states ", "Russia ", "the ", "said ",
		"Ms. ", "Zielinski ", "' ", "s' ", "'s ", "Xi ", "Lavrovs "}
	rng := rand.New(rand.NewPCG(8, 16))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		toks, src := tokenize(b.String())
		for i := 0; i <= len(toks); i++ {
			wantAt, wantW := len(toks), ""
			for k := i; k < len(toks); k++ {
				if w := withoutPossessive(toks[k].lower(src)); isNameWord(toks[k]) && filter.mayHave(w) {
					wantAt, wantW = k, w
					break
				}
			}
			at, w := nextMayHave(src, toks, &filter, i)
			if at != wantAt || (at < len(toks) && w != wantW) {
				t.Fatalf("%q from token %d: nextMayHave = %d, %q; want %d, %q", b.String(), i, at, w, wantAt, wantW)
			}
		}
	}
}

// TestMergeUnique compares mergeUnique and appendMerged with sorting and
// compacting the two lists together, as fromDocument did before (issue #6).
func TestMergeUnique(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 18))
	sortedSet := func() []int {
		var s []int
		for v := 0; v < 40; v++ {
			if rng.IntN(3) == 0 {
				s = append(s, v)
			}
		}
		return s
	}
	for range 5000 {
		a, b := sortedSet(), sortedSet()
		want := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a), b...))))
		// a with no room to spare, and with room to merge in place.
		for _, extra := range []int{0, 40} {
			in := make([]int, len(a), len(a)+extra)
			copy(in, a)
			if got := mergeUnique(in, b); !slices.Equal(got, want) {
				t.Fatalf("mergeUnique(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
		// appendMerged, which fromDocument calls for a name's first two
		// words, into a buffer with something before.
		if got := appendMerged([]int{-1}, a, b); !slices.Equal(got, append([]int{-1}, want...)) {
			t.Fatalf("appendMerged([-1], %v, %v) = %v, want [-1] then %v", a, b, got, want)
		}
	}
}

// TestBeforeRemembers checks that before, which remembers its answer for
// each window of titles (issue #6), answers as firstAffiliation does for
// every token of a document whose windows recur, some with other cases
// or other words.
func TestBeforeRemembers(t *testing.T) {
	x := newTestActors(t)
	doc := strings.Repeat(`Chinese Foreign Ministry spokesperson Lin Wei said so. CHINESE Foreign Ministry spokesperson Lin Wei agreed.
chinese foreign ministry spokesperson Lin Wei said it again. US Ambassador to the Philippines Margaret Lowell said no.
Ambassador to the Philippines Margaret Lowell said yes. Poland's foreign minister, Tomasz Zielinski, said he was concerned.
Norway's foreign minister, Tomasz Zielinski, said nothing. The Russian ambassador in Manila Ivan Petrov spoke.
Us Ambassador Margaret Lowell said so. US Ambassador Margaret Lowell said so. `, 3)
	af := x.newAffiliator(doc)
	toks, src := tokenize(Normalize(doc))
	for i := range toks {
		// What an affiliator that remembers nothing answers.
		want := x.newAffiliator(doc).before(src, toks, i)
		if got := af.before(src, toks, i); got != want {
			t.Fatalf("before %q (token %d) = %q, want %q", toks[i].text(src), i, got, want)
		}
	}
	if len(af.windows) == 0 {
		t.Errorf("before remembered no window")
	}
}

// TestWindowKey checks that windows of different tokens have different
// keys, though their texts may join the same.
func TestWindowKey(t *testing.T) {
	key := func(s string) string { toks, src := tokenize(s); return string(windowKey(nil, src, toks)) }
	for _, tc := range []struct{ a, b string }{
		{"foreign minister", "foreignminister"},
		{"Foreign Minister", "foreign minister"},
		{"FOREIGN Minister", "Foreign Minister"},
		{"Poland's minister", "Poland’s minister"},
		{"a b", "ab"},
		{"", "a"},
	} {
		if key(tc.a) == key(tc.b) {
			t.Errorf("windowKey(%q) = windowKey(%q)", tc.a, tc.b)
		}
	}
	if key("Chinese Foreign Ministry") != key("Chinese  Foreign Ministry") {
		t.Errorf("windowKey differs for the same tokens")
	}
}

// TestPlaceLists checks that a placeLists table gives each word added the
// list it was added with, and nil for a word it was not given.
func TestPlaceLists(t *testing.T) {
	words := strings.Fields(manyWords(300) + "lavrov wang états x")
	var p placeLists
	p.init(len(words))
	lists := make([][]int, len(words))
	for i, w := range words {
		k, _ := packWord(w)
		if p.get(k) != nil {
			t.Fatalf("get(%q) before add", w)
		}
		p.add(k, &lists[i])
	}
	for i, w := range words {
		if k, _ := packWord(w); p.get(k) != &lists[i] {
			t.Errorf("get(%q) is not the list added with it", w)
		}
	}
	for _, w := range []string{"lavrovs", "a1000", "wan", "y"} {
		if k, _ := packWord(w); p.get(k) != nil {
			t.Errorf("get(%q) = a list, want nil", w)
		}
	}
}

// TestAffiliationStopsAtParagraphs checks that the titles before a name
// are read within its paragraph: an interview's heading names the
// minister, not the host whose label opens the next paragraph. (The words
// after a name are read across: a heading may set a title on a line of
// its own.)
func TestAffiliationStopsAtParagraphs(t *testing.T) {
	x := newTestActors(t)
	doc := "Interview with Australian Foreign Minister Penny Wong\n\n" +
		"HOST: Minister, thank you for joining us.\n\nWONG: Thank you."
	for _, tt := range []struct{ speaker, want string }{
		{"Penny Wong", "Australia"},
		{"HOST", ""},
	} {
		if got := x.SpeakerCountry(doc, tt.speaker); got != tt.want {
			t.Errorf("SpeakerCountry(%q) = %q, want %q", tt.speaker, got, tt.want)
		}
	}
}
