package tone

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWordsUpTo checks that wordsUpTo, which directQuotes reads instead of
// counting a whole quotation (issue #6), is words capped at its limit.
func TestWordsUpTo(t *testing.T) {
	tests := []struct {
		s    string
		want int // words(s)
	}{
		{"", 0},
		{" … ", 0},
		{"— , .", 0},
		{"no", 1},
		{"  win-win ", 1},
		{"Russia’s", 1},
		{"U.S.", 1},
		{"we regret", 2},
		{"Russia’s position, frankly, is unacceptable.", 5},
		{"end-", 1},
		{"a - b", 2},
		{"中方坚决反对", 1},
		{"2024 and 2025", 3},
	}
	for _, tt := range tests {
		if got := words(tt.s); got != tt.want {
			t.Fatalf("words(%q) = %d, want %d", tt.s, got, tt.want)
		}
		for limit := 1; limit <= 6; limit++ {
			if got, want := wordsUpTo(tt.s, limit), min(tt.want, limit); got != want {
				t.Errorf("wordsUpTo(%q, %d) = %d, want %d", tt.s, limit, got, want)
			}
		}
	}
}

// TestNewSentenceInQ checks which quotation newSentence puts each token
// of a sentence in, and each quotation's first and last tokens, against
// their definition, on random paragraphs of words, quotation marks and
// sentence ends (issue #6 made the walk one pass per quotation).
func TestNewSentenceInQ(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"Ana said ", "talks ", "“", "”", "«", "»", "\"", " \"", "(\"", "x\" ", ". ", "? ", "Yes, "}
	eachRandomSentence(a, rand.New(rand.NewPCG(6, 12)), 3000, parts, 16, func(text string, sp span, sc *sentenceCtx) {
		first := make([]int, len(sc.qs))
		last := make([]int, len(sc.qs))
		for k := range first {
			first[k], last[k] = -1, -1
		}
		for i, tok := range sc.toks {
			want := -1
			for k, q := range sc.qs {
				if q.open <= int(tok.start) && int(tok.start) <= q.close {
					want = k
					break
				}
			}
			if sc.inQ[i] != want {
				t.Fatalf("%q, sentence %v: token %d %q in quotation %d, want %d", text, sp, i, tok.text(sc.src), sc.inQ[i], want)
			}
			if want >= 0 {
				if first[want] < 0 {
					first[want] = i
				}
				last[want] = i
			}
		}
		if !slices.Equal(sc.first[:len(sc.qs)], first) || !slices.Equal(sc.last[:len(sc.qs)], last) {
			t.Fatalf("%q, sentence %v: quotations' first tokens %v, last %v; want %v, %v", text, sp, sc.first, sc.last, first, last)
		}
	})
}

// TestSubjectPos checks where a sentence's subject starts: past
// adverbial phrases, determiners and quotations (issue #6 made it look
// for a phrase's end only to skip an adverbial).
func TestSubjectPos(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"On Friday, China's President Xi Jinping warned of risks.", "China's"},
		{"The minister said the talks were useful.", "minister"},
		{"Speaking in Geneva, the envoy urged restraint.", "envoy"},
		{"Yesterday, in a statement, the ministry rejected the report.", "Yesterday"},
		{"“We will not yield,” the spokesperson said.", "spokesperson"},
		{"Separately, Japan protested.", "Japan"},
		{"Later, however, the the delegates left.", "delegates"},
		{"On Friday, in Geneva.", ""},
	} {
		p := paragraph{text: tt.text}
		quotes := findQuotes(tt.text)
		sc := a.newSentence(&p, span{0, len(tt.text)}, quotes, newDocState())
		got := ""
		pos := a.subject(sc)
		if pos >= 0 {
			got = sc.toks[pos].text(sc.src)
		}
		if got != tt.want {
			t.Errorf("%q: subject at %d %q, want %q", tt.text, pos, got, tt.want)
		}
	}
}

// TestSentenceNames checks the mentions a sentence records, in order:
// runs of name words (people the document names, places, bodies) and
// institutions described in lower case, outside quotations. A run and a
// description at the same token are both kept, the run's first (issue
// #6 made the two one walk over the tokens).
func TestSentenceNames(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string // "position kind name"
	}{
		{"Indonesia's foreign ministry said China's coast guard left.", []string{"1 3 Indonesian Foreign Ministry", "5 3 Chinese Coast Guard"}},
		{"President Xi Jinping met Brazil's President Rafael Cordeiro in Geneva.", []string{"0 1 Xi Jinping", "4 1 Rafael Cordeiro"}},
		{"Japan's Foreign Ministry protested, the Kremlin said “Moscow will not”.", []string{"1 3 Japanese Foreign Ministry", "6 3 Kremlin"}},
		{"Trinidad and Tobago and the United Nations agreed.", []string{"0 2 Trinidad and Tobago", "5 3 United Nations"}},
		{"The country's Foreign Ministry and the Philippine Coast Guard met.", []string{"7 3 Philippine Coast Guard"}},
		{"the china Foreign Ministry Office said so.", []string{"2 3 Foreign Ministry Office", "2 3 Chinese Foreign Ministry"}},
	} {
		paras := []paragraph{{text: tt.text, index: 1}}
		st := newDocState()
		tokenizeParagraphsInto(nil, paras, len(tt.text), st)
		a.scanNames(paras, st)
		quotes := findQuotes(tt.text)
		sc := a.newSentence(&paras[0], span{0, len(tt.text)}, quotes, st)
		var got []string
		for k, m := range sc.names {
			got = append(got, fmt.Sprintf("%d %d %s", sc.namePos[k], m.kind, m.name))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: mentions %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSentenceCtxAdd checks that a sentence's mentions stay in token
// order, those at one token in the order they were added, however they
// come (issue #6 appends those that come in order without a search).
func TestSentenceCtxAdd(t *testing.T) {
	sc := &sentenceCtx{st: newDocState()}
	for _, a := range []struct {
		pos  int
		name string
	}{{3, "a"}, {5, "b"}, {5, "c"}, {1, "d"}, {9, "e"}, {5, "f"}, {0, "g"}, {9, "h"}} {
		sc.add(a.pos, mention{name: a.name})
	}
	var got []string
	for k, m := range sc.names {
		got = append(got, fmt.Sprintf("%d%s", sc.namePos[k], m.name))
	}
	if want := []string{"0g", "1d", "3a", "5b", "5c", "5f", "9e", "9h"}; !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
	for _, tt := range []struct{ pos, n int }{{0, 0}, {1, 1}, {4, 3}, {5, 3}, {6, 6}, {10, 8}} {
		if got := len(sc.before(tt.pos)); got != tt.n {
			t.Errorf("before(%d) has %d mentions, want %d", tt.pos, got, tt.n)
		}
	}
}

// TestMayCue checks the words sentenceNames notes for findCues, which
// turns most words away before them (issue #6), against their definition
// on random sentences: each word outside quotations that is a possessive
// two tokens before "that", or that is the first word of a cue, with
// the cues that start with it.
func TestMayCue(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"Japan's ", "statement ", "that ", "that", "said ", "told ", "according to ", "the ", "states' ",
		"’s ", "s' ", "“", "”", ", ", "Lavrov ", "warned ", "'s ", "its "}
	eachRandomSentence(a, rand.New(rand.NewPCG(7, 14)), 3000, parts, 14, func(text string, sp span, sc *sentenceCtx) {
		toks, src := sc.toks, sc.src
		var want []cueAt
		for i := range toks {
			if sc.inQ[i] >= 0 || !toks[i].word {
				continue
			}
			w := toks[i].lower(src)
			if isPossessive(w) && i+2 < len(toks) && toks[i+2].lower(src) == "that" {
				want = append(want, cueAt{i, true, slotWithWord(a.cues, w)})
			} else if s := slotWithWord(a.cues, w); s != nil {
				want = append(want, cueAt{i, false, s})
			}
		}
		if !slices.Equal(sc.mayCue, want) {
			t.Fatalf("%q: mayCue = %v, want %v", text, sc.mayCue, want)
		}
	})
}

// TestQuoteWords checks that quoteWords, which counts a quotation's words
// in the sentence's tokens (issue #6), finds what wordsUpTo finds in the
// quotation's text, on random sentences with quotations of every kind,
// nested, unclosed and running past the sentence's end.
func TestQuoteWords(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"“", "”", "\"", " \"", "«", "»", "„", "'", "’", "We ", "agree", ". ", "U.S. ", "win-win ", ", ",
		"said ", "Xi", "! ", "? ", "(", ") ", "中方反对", "…", " ", "2.5 ", "don't "}
	eachRandomSentence(a, rand.New(rand.NewPCG(3, 9)), 5000, parts, 16, func(text string, sp span, sc *sentenceCtx) {
		for qi, q := range sc.qs {
			if sc.first[qi] < 0 {
				continue
			}
			content := text[q.content.start:min(q.content.end, sp.end)]
			for limit := 1; limit <= 5; limit++ {
				if got, want := quoteWords(sc, qi, limit), wordsUpTo(content, limit); got != want {
					t.Fatalf("%q, quotation %q: quoteWords(%d) = %d, want %d", text, content, limit, got, want)
				}
			}
		}
	})
}

// eachRandomSentence calls check with each sentence of rounds random
// paragraphs of up to n of parts (see randomText), drawn with rng, and
// the context newSentence makes for it.
func eachRandomSentence(a *Attributor, rng *rand.Rand, rounds int, parts []string, n int, check func(text string, sp span, sc *sentenceCtx)) {
	for range rounds {
		text := randomText(rng, parts, n)
		p := paragraph{text: text}
		quotes := findQuotes(text)
		st := newDocState()
		for _, sp := range splitSentences(text, quotes) {
			check(text, sp, a.newSentence(&p, sp, quotes, st))
		}
	}
}

// slotWithWord returns the slot of ps whose phrases start with w, found
// by reading every slot, or nil.
func slotWithWord(ps *phraseSet, w string) *phraseSlot {
	for k := range ps.slots {
		if s := &ps.slots[k]; s.phrases != nil && s.word == w {
			return s
		}
	}
	return nil
}
