package tone

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unsconPath is where the UNSCon development half lives beside the
// repository; DEMARCHE_UNSCON overrides it. The data is never copied into
// the repository.
func unsconPath() string {
	if p := os.Getenv("DEMARCHE_UNSCON"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "shared", "data", "unscon-dev.tsv")
}

// The share of UNSCon conflict sentences naming their annotated target in
// which demarche marks that target hostile or critical; TestUNSConTargets
// fails below it when the data is present.
const minUNSConNamedHit = 0.71

// TestUNSConTargets measures, on the UNSCon development sentences whose
// conflict target the annotators named as a country, how often that
// country is among the sentence's hostile or critical targets: separately
// when the sentence names the country (by any name the gazetteer knows) and
// when it does not. The sentences of a speech are read in order, as one
// document, so pronouns can refer back. It is skipped when the data is
// absent. Run it with -v for the figures.
func TestUNSConTargets(t *testing.T) {
	fh, err := os.Open(unsconPath())
	if os.IsNotExist(err) {
		t.Skipf("%s not found; set DEMARCHE_UNSCON to measure", unsconPath())
	}
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	x := newTestActors(t)

	// whole counts the sentences whose own label is hostile or critical:
	// what marking every target with the statement's tone would give.
	type count struct{ n, found, hit, whole int }
	var named, unnamed, namedSelf count
	var mem *memory
	speech := ""
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	first := true
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if first {
			first = false
			continue
		}
		if len(f) != 5 {
			t.Fatalf("unscon: %d fields; want 5", len(f))
		}
		if f[0] != speech {
			speech, mem = f[0], &memory{}
		}
		speaker := x.lookup(titleCase(strings.ReplaceAll(f[1], "_", " ")))
		self := x.selfOf("", speaker)
		targets := x.targets(f[4], self, mem)
		if f[3] == "" {
			continue
		}
		want := x.lookup(titleCase(strings.ReplaceAll(f[3], "_", " ")))
		if want == "" {
			t.Fatalf("unscon: target %q is not in the gazetteer", f[3])
		}
		c := &unnamed
		toks, src := tokenize(f[4])
		for _, r := range x.findRefs(src, toks, nil, nil) {
			if r.actor == want {
				c = &named
				if want == speaker {
					c = &namedSelf
				}
			}
		}
		c.n++
		if l := x.scorer.Score(f[4]).Label; l == Hostile || l == Critical {
			c.whole++
		}
		for _, tg := range targets {
			if tg.Actor == want {
				c.found++
				if tg.Label == Hostile || tg.Label == Critical {
					c.hit++
				} else if c == &named && os.Getenv("DEMARCHE_UNSCON_MISSES") != "" && x.scorer.Score(f[4]).Tone <= CriticalMax {
					t.Logf("miss: %s %.2f %q [%s] in %q", tg.Actor, tg.Tone, tg.Text, FormatTerms(tg.Terms), f[4])
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		name string
		c    count
	}{{"named in the sentence", named}, {"named, but the speaker's own delegation", namedSelf}, {"not named", unnamed}} {
		t.Logf("%s: %d sentences; target found %d (%.2f), hostile or critical %d (%.2f); sentence hostile or critical %d (%.2f)",
			r.name, r.c.n, r.c.found, ratio(r.c.found, r.c.n), r.c.hit, ratio(r.c.hit, r.c.n), r.c.whole, ratio(r.c.whole, r.c.n))
	}
	if got := ratio(named.hit, named.n); got < minUNSConNamedHit {
		t.Errorf("named targets marked hostile or critical: %.3f, want at least %.2f", got, minUNSConNamedHit)
	}
}
