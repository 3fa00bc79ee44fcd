package tone

import (
	"fmt"
	"strings"
	"testing"
)

// adversarial are the hostile inputs of the robustness issue (#7). Each
// builds a document of about n bytes and checks the statements found in
// it: the right output, not merely no crash.
var adversarial = []struct {
	name  string
	build func(n int) string
	check func(t *testing.T, n int, doc string, got []Statement)
}{
	{"empty", func(int) string { return "" }, wantNone},
	{"whitespace only", func(n int) string { return strings.Repeat(" \t\n \n", n/5+1) }, wantNone},
	{"no newline", func(n int) string {
		return strings.Repeat("Lavrov said the talks were useful. ", n/35+1)
	}, func(t *testing.T, n int, doc string, got []Statement) {
		want := strings.Count(doc, "Lavrov said")
		if c := count(got, "Sergei Lavrov", Reported) + count(got, "Lavrov", Reported); c != want {
			t.Errorf("%d reported statements by Lavrov, want %d", c, want)
		}
	}},
	{"unmatched opening quotes", func(n int) string { return strings.Repeat("“", n/3+1) }, wantNone},
	{"unmatched quotes between words", func(n int) string {
		return strings.Repeat("“We will act ", n/13+1)
	}, func(t *testing.T, n int, doc string, got []Statement) {
		if c := count(got, "", Direct); c > 1 {
			t.Errorf("%d direct statements in one unclosed quotation", c)
		}
	}},
	{"deeply nested quotes", func(n int) string {
		k := n/8 + 1
		return strings.Repeat("“a ", k) + strings.Repeat("” b", k) + ", Lavrov said."
	}, func(t *testing.T, n int, doc string, got []Statement) {
		if c := count(got, "", Direct); c > 1 {
			t.Errorf("%d direct statements, want the outer quotation at most", c)
		}
	}},
	{"speaker label repeated on one line", func(n int) string { return strings.Repeat("Mao Ning: ", n/10+1) },
		func(t *testing.T, n int, doc string, got []Statement) {
			if c := count(got, "", Turn) + count(got, "", Direct) + count(got, "", Reported); c > 1 {
				t.Errorf("%d statements from one line of labels", c)
			}
		}},
	{"speaker label repeated on every line", func(n int) string {
		return strings.Repeat("Mao Ning: China firmly opposes this.\n", n/37+1)
	}, func(t *testing.T, n int, doc string, got []Statement) {
		if c, want := count(got, "Mao Ning", Turn), strings.Count(doc, "\n"); c != want {
			t.Errorf("%d turns by Mao Ning, want %d", c, want)
		}
	}},
	{"right-to-left and CJK", func(n int) string {
		unit := "«نرفض هذا الاستفزاز رفضا قاطعا وندعو إلى الحوار», Lavrov said.\n\n“中方坚决反对单边制裁，敦促美方立即停止干涉中国内政。” Mao Ning said.\n\n"
		return strings.Repeat(unit, n/len(unit)+1)
	}, func(t *testing.T, n int, doc string, got []Statement) {
		want := strings.Count(doc, "Lavrov said")
		if c := count(got, "Lavrov", Direct); c != want {
			t.Errorf("%d Arabic quotations credited to Lavrov, want %d", c, want)
		}
		if c := count(got, "Mao Ning", Direct); c != want {
			t.Errorf("%d Chinese quotations credited to Mao Ning, want %d", c, want)
		}
	}},
	{"zero-width and control characters", func(n int) string {
		unit := "Lavrov\u200b said: “We will not\u0007 accept ultimatums of any\u00ad kind.”\n\n"
		return strings.Repeat(unit, n/len(unit)+1)
	}, func(t *testing.T, n int, doc string, got []Statement) {
		want := strings.Count(doc, "Lavrov")
		if c := count(got, "Lavrov", Direct); c != want {
			t.Errorf("%d quotations credited to Lavrov, want %d", c, want)
		}
		for _, s := range got {
			if strings.ContainsAny(s.Text, "\u200b\u0007\u00ad") {
				t.Fatalf("statement keeps an invisible character: %q", s.Text)
			}
		}
	}},
	{"Windows-1252 bytes repaired", func(n int) string {
		unit := "\x93We will not accept this ultimatum,\x94 Lavrov said. Caf\xe9 talks \x96 none.\n\n"
		return strings.ToValidUTF8(strings.Repeat(unit, n/len(unit)+1), "\uFFFD")
	}, func(t *testing.T, n int, doc string, got []Statement) {
		want := strings.Count(doc, "Lavrov said")
		if c := count(got, "Lavrov", Reported) + count(got, "Lavrov", Direct); c != want {
			t.Errorf("%d statements credited to Lavrov, want %d", c, want)
		}
	}},
}

func wantNone(t *testing.T, n int, doc string, got []Statement) {
	t.Helper()
	for _, s := range got {
		if s.Kind != Narration {
			t.Fatalf("unexpected statement %+v", s)
		}
	}
}

// count counts statements of a kind, by a speaker ("" for anyone).
func count(got []Statement, speaker string, kind Kind) int {
	n := 0
	for _, s := range got {
		if s.Kind == kind && (speaker == "" || s.Speaker == speaker) {
			n++
		}
	}
	return n
}

// TestAdversarial runs every hostile input at 64 KB, and at 2 MB (a
// single paragraph of 2 MB for the no-newline case) when the race
// detector is off; BenchmarkAdversarial runs them up to 64 MB.
func TestAdversarial(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{64 << 10}
	if !raceEnabled && !testing.Short() {
		sizes = append(sizes, 2<<20)
	}
	for _, c := range adversarial {
		for _, n := range sizes {
			t.Run(fmt.Sprintf("%s/%dKB", c.name, n>>10), func(t *testing.T) {
				doc := c.build(n)
				c.check(t, n, doc, a.Attribute(doc))
			})
		}
	}
}

// BenchmarkAdversarial shows that attribution time grows linearly with
// hostile input: MB/s must stay flat from 1 MB to 64 MB for each kind.
// make bench runs it; go test -bench Adversarial -benchtime 1x ./tone
// runs it alone.
func BenchmarkAdversarial(b *testing.B) {
	a, err := NewAttributor()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range adversarial {
		if c.name == "empty" {
			continue
		}
		for _, mb := range []int{1, 4, 16, 64} {
			doc := c.build(mb << 20)
			b.Run(fmt.Sprintf("%s/%dMB", strings.ReplaceAll(c.name, " ", "_"), mb), func(b *testing.B) {
				b.SetBytes(int64(len(doc)))
				for b.Loop() {
					a.Attribute(doc)
				}
			})
		}
	}
}
