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
		toks := tokenize(b.String())
		for i := 0; i <= len(toks); i++ {
			wantAt, wantW := len(toks), ""
			for k := i; k < len(toks); k++ {
				if w := withoutPossessive(toks[k].lower()); isNameWord(toks[k]) && filter.mayHave(w) {
					wantAt, wantW = k, w
					break
				}
			}
			at, w := nextMayHave(toks, &filter, i)
			if at != wantAt || (at < len(toks) && w != wantW) {
				t.Fatalf("%q from token %d: nextMayHave = %d, %q; want %d, %q", b.String(), i, at, w, wantAt, wantW)
			}
		}
	}
}

// TestMergeUnique compares mergeUnique with sorting and compacting the
// two lists together, as fromDocument did before (issue #6).
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
	}
}
