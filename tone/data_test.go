package tone

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPhraseSetMatch(t *testing.T) {
	ps := newPhraseSet([]string{"foreign ministry", "foreign minister", "Foreign Ministry spokesperson", "minister", "the Hague", "coast guard"})
	tests := []struct {
		text string
		i    int
		want int
	}{
		{"the Foreign Ministry spokesperson said", 1, 3},
		{"the foreign ministry said", 1, 2},
		{"a foreign minister", 1, 2},
		{"a foreign policy", 1, 0},
		{"the minister", 1, 1},
		{"the minister", 0, 0},
		{"in The Hague", 1, 2},
		{"the coast , guard", 1, 0},
		{"foreign", 0, 0},
		{"coast guard", 2, 0},
	}
	for _, tt := range tests {
		src, toks := tokenized(tt.text)
		if got := ps.match(src, toks, tt.i); got != tt.want {
			t.Errorf("match(%q, %d) = %d; want %d", tt.text, tt.i, got, tt.want)
		}
	}
}

// TestPhraseSetTable checks the attributor's phrase sets against their
// maps: the table match probes gives the phrases byFirst holds, for every
// word of the attribution test documents.
func TestPhraseSetTable(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, d := range attributionDocs(t) {
		toks, src := tokenize(d)
		for _, tok := range toks {
			if tok.word {
				words = append(words, tok.lower(src))
			}
		}
	}
	for name, ps := range map[string]*phraseSet{"cues": a.cues, "titles": a.titles, "places": a.places, "words": a.words, "outlets": a.outlets} {
		keys := make([]string, 0, len(ps.byFirst))
		for w := range ps.byFirst {
			keys = append(keys, w)
		}
		for _, w := range append(words, keys...) {
			s, want := ps.slotOf(w, filterHash(w)), ps.byFirst[w]
			if got := s.phrases; len(got) != len(want) || (len(got) > 0 && &got[0] != &want[0]) {
				t.Errorf("%s: slotOf(%q) has %q; want %q", name, w, got, want)
			}
			for k, words := range s.phrases {
				if got, want := s.texts[k], strings.Join(words, " "); got != want {
					t.Errorf("%s: phrase %q spelt %q", name, want, got)
				}
			}
		}
	}
}

// attributionDocs returns the texts of testdata/attribution.
func attributionDocs(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no documents in testdata/attribution: %v", err)
	}
	var out []string
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(text))
	}
	return out
}

// TestCountryCodes checks the ISO codes: every state of countries.tsv has
// one, and a few known ones, current and former, name the right state.
func TestCountryCodes(t *testing.T) {
	codes, err := CountryCodes()
	if err != nil {
		t.Fatal(err)
	}
	countries, err := parseCountries(countriesTSV)
	if err != nil {
		t.Fatal(err)
	}
	coded := make(map[string]bool)
	for _, name := range codes {
		coded[name] = true
	}
	for _, c := range countries {
		if !coded[c.name] {
			t.Errorf("%s has no code", c.name)
		}
	}
	for code, want := range map[string]string{
		"USA": "United States", "GBR": "United Kingdom", "PRK": "North Korea", "KOR": "South Korea",
		"COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "CHE": "Switzerland",
		"ZAR": "Democratic Republic of the Congo", "ROM": "Romania", "XKX": "Kosovo", "VAT": "Holy See",
	} {
		if got := codes[code]; got != want {
			t.Errorf("%s is %q, want %q", code, got, want)
		}
	}
	if _, ok := codes["SUN"]; ok {
		t.Error("SUN (the Soviet Union) names a state of today")
	}
}
