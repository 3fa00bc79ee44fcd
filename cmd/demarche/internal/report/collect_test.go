package report

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/demarche/demarche/tone"
)

// TestCollectorKeepsExamples adds random statements (few tones, so many
// ties, and -0 beside 0) and checks that each speaker's examples are
// those examples chooses from all the statements, text and terms
// included, and that the tones, daily sums, count and dates kept are
// those of all the statements.
func TestCollectorKeepsExamples(t *testing.T) {
	tones := []float64{-0.9, -0.5, -0.5, 0, negZero(), 0.3, 0.3, 0.8}
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 7))
		speakers := []string{"Mao Ning", "Matthew Miller", "Maria Zakharova"}[:1+rng.IntN(3)]
		var all []Statement
		var c Collector
		for i := range rng.IntN(40) {
			date := ""
			if rng.IntN(4) > 0 {
				date = fmt.Sprintf("2024-03-%02d", 1+rng.IntN(9))
			}
			st := Statement{
				File:    fmt.Sprintf("f%d.txt", rng.IntN(3)),
				Speaker: speakers[rng.IntN(len(speakers))],
				Date:    date,
				Text:    fmt.Sprintf("statement %d", i),
				Tone:    tones[rng.IntN(len(tones))],
				Terms:   []tone.Term{{Text: fmt.Sprintf("term %d", i), Weight: -0.5}},
			}
			all = append(all, st)
			c.Add(st)
		}
		if c.Len() != len(all) {
			t.Fatalf("seed %d: %d statements counted, want %d", seed, c.Len(), len(all))
		}
		from, to := c.DateRange()
		if wantFrom, wantTo := dateRange(all); from != wantFrom || to != wantTo {
			t.Errorf("seed %d: dates %s to %s, want %s to %s", seed, from, to, wantFrom, wantTo)
		}
		for _, sp := range speakers {
			mine := ofSpeaker(all, sp)
			wantH, wantW := examples(mine, examplesPerSide)
			gotH, gotW := c.examples(sp)
			if !sameStatements(gotH, wantH) || !sameStatements(gotW, wantW) {
				t.Errorf("seed %d, %s: examples %q, %q; want %q, %q", seed, sp, textsOf(gotH), textsOf(gotW), textsOf(wantH), textsOf(wantW))
			}
			var wantTones []float64
			wantDays := make(map[int64]daySum)
			for _, st := range mine {
				wantTones = append(wantTones, st.Tone)
				if d, ok := parseDate(st.Date); ok {
					s := wantDays[d.Unix()]
					s.total += st.Tone
					s.n++
					wantDays[d.Unix()] = s
				}
			}
			if got := c.tones(sp); !slices.Equal(got, wantTones) {
				t.Errorf("seed %d, %s: tones %v, want %v", seed, sp, got, wantTones)
			}
			if got := c.speakers[sp]; len(mine) > 0 && !maps.Equal(got.days, wantDays) {
				t.Errorf("seed %d, %s: daily sums %v, want %v", seed, sp, got.days, wantDays)
			}
		}
	}
}

// TestCollectorMerge adds random statements under full and short names,
// merges the short ones, and checks that what each speaker then has is
// what adding the statements under the merged names would have given:
// the same count, dates, daily sums (to rounding) and examples, and the
// same tones, those of the name itself first. "Lavrov" is merged into a name no
// statement was added under.
func TestCollectorMerge(t *testing.T) {
	canon := map[string]string{"Xi": "Xi Jinping", "Putin": "Vladimir Putin", "Lavrov": "Sergei Lavrov"}
	names := []string{"Xi", "Xi Jinping", "Putin", "Vladimir Putin", "Lavrov", "Mao Ning"}
	tones := []float64{-0.9, -0.5, -0.5, 0, negZero(), 0.3, 0.3, 0.8}
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 11))
		var merged, renamed Collector
		var added []string                // the names added, in the order first added
		own := make(map[string][]float64) // each name's tones, in order
		for i := range rng.IntN(50) {
			st := Statement{
				Speaker: names[rng.IntN(len(names))],
				Text:    fmt.Sprintf("statement %d", i),
				Tone:    tones[rng.IntN(len(tones))],
			}
			if rng.IntN(4) > 0 {
				st.Date = fmt.Sprintf("2024-03-%02d", 1+rng.IntN(9))
			}
			if !slices.Contains(added, st.Speaker) {
				added = append(added, st.Speaker)
			}
			own[st.Speaker] = append(own[st.Speaker], st.Tone)
			merged.Add(st)
			if to, ok := canon[st.Speaker]; ok {
				st.Speaker = to
			}
			renamed.Add(st)
		}
		merged.Merge(canon)
		if got, want := slices.Sorted(maps.Keys(merged.speakers)), slices.Sorted(maps.Keys(renamed.speakers)); !slices.Equal(got, want) {
			t.Fatalf("seed %d: speakers %q, want %q", seed, got, want)
		}
		if merged.Len() != renamed.Len() {
			t.Errorf("seed %d: %d statements, want %d", seed, merged.Len(), renamed.Len())
		}
		gotFrom, gotTo := merged.DateRange()
		if wantFrom, wantTo := renamed.DateRange(); gotFrom != wantFrom || gotTo != wantTo {
			t.Errorf("seed %d: dates %s to %s, want %s to %s", seed, gotFrom, gotTo, wantFrom, wantTo)
		}
		for sp, want := range renamed.speakers {
			got := merged.speakers[sp]
			// Sums added in another order may differ in their last bits.
			near := func(a, b daySum) bool { return a.n == b.n && math.Abs(a.total-b.total) < 1e-12 }
			if got.n != want.n || !maps.EqualFunc(got.days, want.days, near) {
				t.Errorf("seed %d, %s: %d statements, days %v; want %d, %v", seed, sp, got.n, got.days, want.n, want.days)
			}
			gotH, gotW := merged.examples(sp)
			wantH, wantW := renamed.examples(sp)
			if !sameStatements(gotH, wantH) || !sameStatements(gotW, wantW) {
				t.Errorf("seed %d, %s: examples %q, %q; want %q, %q", seed, sp, textsOf(gotH), textsOf(gotW), textsOf(wantH), textsOf(wantW))
			}
			// The tones of the name itself, then of each name merged
			// into it, in the order they were first added.
			wantTones := slices.Clone(own[sp])
			for _, from := range added {
				if canon[from] == sp {
					wantTones = append(wantTones, own[from]...)
				}
			}
			if !slices.Equal(got.tones, wantTones) {
				t.Errorf("seed %d, %s: tones %v, want %v", seed, sp, got.tones, wantTones)
			}
		}
	}
}

// TestCollectorCopiesStrings checks that what the collector keeps does
// not share memory with the statements given: a document's text would
// stay alive as long as a name cut from it.
func TestCollectorCopiesStrings(t *testing.T) {
	doc := strings.Repeat("x", 1000) + "Mao Ning said the talks were candid."
	var c Collector
	c.Add(Statement{File: doc[:5], Speaker: doc[1000:1008], Date: doc[:3], Text: doc[1000:], Tone: -0.2, Terms: []tone.Term{{Text: doc[1029:1035]}}})
	h, _ := c.examples("Mao Ning")
	if len(h) != 1 {
		t.Fatalf("examples %v, want the one statement", h)
	}
	got := h[0]
	for speaker := range c.speakers {
		if sharesMemory(speaker, doc) {
			t.Errorf("the speaker %q is a part of the document, not a copy", speaker)
		}
	}
	for _, s := range []string{got.File, got.Speaker, got.Date, got.Text, got.Terms[0].Text} {
		if sharesMemory(s, doc) {
			t.Errorf("%q is a part of the document, not a copy", s)
		}
	}
	if got.Speaker != "Mao Ning" || got.Text != doc[1000:] || got.Terms[0].Text != "candid" {
		t.Errorf("kept %+v", got)
	}
}

// dateRange is the first and last date of stmts, read as the page reads
// them.
func dateRange(stmts []Statement) (from, to string) {
	var dates []string
	for _, st := range stmts {
		if d, ok := parseDate(st.Date); ok {
			dates = append(dates, d.Format(dateLayout))
		}
	}
	if len(dates) == 0 {
		return "", ""
	}
	return slices.Min(dates), slices.Max(dates)
}

func negZero() float64 { return math.Copysign(0, -1) }

func ofSpeaker(stmts []Statement, speaker string) []Statement {
	var out []Statement
	for _, st := range stmts {
		if st.Speaker == speaker {
			out = append(out, st)
		}
	}
	return out
}

func textsOf(stmts []Statement) []string {
	var out []string
	for _, st := range stmts {
		out = append(out, st.Text)
	}
	return out
}

func sameStatements(a, b []Statement) bool {
	return slices.EqualFunc(a, b, func(x, y Statement) bool {
		return x.Text == y.Text && x.Tone == y.Tone && slices.Equal(x.Terms, y.Terms)
	})
}

// sharesMemory reports whether s lies within the bytes of doc.
func sharesMemory(s, doc string) bool {
	if s == "" {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(doc)))
	return p >= lo && p < lo+uintptr(len(doc))
}
