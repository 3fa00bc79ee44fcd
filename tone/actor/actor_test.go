package actor

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

const sample = `# a small gazetteer
country	aliases	demonyms	capitals	seats
Russia	Russian Federation	Russian	Moscow	the Kremlin|Kremlin
United States	US|U.S.|the United States	American|US	Washington	the White House|State Department
China	People's Republic of China|PRC	Chinese	Beijing	Zhongnanhai

name	kind	aliases
NATO	organisation	North Atlantic Treaty Organization|the Alliance
the West	collective	Western countries
OPEC	organisation
OPEC+	group	OPEC Plus
developing countries	collective

name	aliases	role	country	from	to
Sergei Lavrov	Sergey Lavrov	foreign minister	Russia	2004-03-09	
Wang Yi		foreign minister	China	2013-03-16	2022-12-30
Wang Yi		foreign minister	China	2023-07-25	
Antony Blinken	Tony Blinken	foreign minister	United States	2021-01-26	2025-01-20
Ursula von der Leyen		other	NATO	2019-12	
`

func mustGazetteer(t *testing.T, sets ...string) *Gazetteer {
	t.Helper()
	var all [][]Actor
	for i, s := range sets {
		rows, err := Parse(strings.NewReader(s), "set"+string(rune('0'+i)))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, rows)
	}
	g, err := New(all...)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFind(t *testing.T) {
	g := mustGazetteer(t, sample)
	tests := []struct {
		text string
		want []string // "tokens=actor/form", with + for possessive and ~ for in-word
	}{
		{"China is ready to work with Russia against the bullying of the US.",
			[]string{"China=China/name", "Russia=Russia/name", "US=United States/alias"}},
		{"Moscow and the Kremlin; the White House, Washington's view.",
			[]string{"Moscow=Russia/capital", "the Kremlin=Russia/seat", "the White House=United States/seat", "Washington's=United States/capital+"}},
		{"Let us ask who saw the US side and the United States' position.",
			[]string{"US=United States/alias", "the United States '=United States/alias+"}},
		{"Russian troops, Russians, American views and the U.S. side.",
			[]string{"Russian=Russia/demonym", "Russians=Russia/demonym", "American=United States/demonym", "U.S=United States/alias"}},
		{"Lavrov met Wang and Mr. Blinken's deputy; Wang Yi and von der Leyen spoke.",
			[]string{"Lavrov=Sergei Lavrov/family name", "Blinken's=Antony Blinken/family name+", "Wang Yi=Wang Yi/name", "von der Leyen=Ursula von der Leyen/family name"}},
		{"Russia-backed forces and the US-China talks.",
			[]string{"Russia-backed=Russia/name~", "US-China=United States/alias~", "US-China=China/name~"}},
		{"OPEC+ and OPEC met; the West and the west of the country; Developing countries agreed.",
			[]string{"OPEC +=OPEC+/name", "OPEC=OPEC/name", "the West=the West/name", "Developing countries=developing countries/name"}},
		{"chinese and russia in lower case are not names; nato neither.", nil},
	}
	for _, tt := range tests {
		toks := Split(tt.text)
		var got []string
		for _, m := range g.Find(toks) {
			s := strings.Join(toks[m.Start:m.End], " ") + "=" + m.Actor + "/" + string(m.Form)
			if m.Possessive {
				s += "+"
			}
			if m.InWord {
				s += "~"
			}
			got = append(got, s)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
		// AppendFound keeps what dst holds and appends Find's mentions.
		prefix := []Mention{{Actor: "before"}}
		if got, want := g.AppendFound(prefix, toks, normalizeAll(toks)), append(prefix, g.Find(toks)...); !reflect.DeepEqual(got, want) {
			t.Errorf("AppendFound(%q) = %v, want %v", tt.text, got, want)
		}
	}
}

// TestFindAt checks that FindAt gives, at every token Find reads, the
// first mention Find gives there (issue #6: speaker countries ask about
// one place only).
func TestFindAt(t *testing.T) {
	g := mustGazetteer(t, sample)
	for _, text := range []string{
		"China is ready to work with Russia against the bullying of the US.",
		"Moscow and the Kremlin; the White House, Washington's view.",
		"Let us ask who saw the US side and the United States' position.",
		"Lavrov met Wang and Mr. Blinken's deputy; Wang Yi and von der Leyen spoke.",
		"Russia-backed forces and the US-China talks.",
		"OPEC+ and OPEC met; the West and the west of the country.",
		"chinese and russia in lower case are not names; nato neither.",
	} {
		toks := Split(text)
		all := g.Find(toks)
		inside := make([]bool, len(toks))
		for _, m := range all {
			for k := m.Start + 1; k < m.End && !m.InWord; k++ {
				inside[k] = true
			}
		}
		for i := range toks {
			if inside[i] {
				continue
			}
			var want *Mention
			for k := range all {
				if all[k].Start == i {
					want = &all[k]
					break
				}
			}
			got, ok := g.FindAt(toks, normalizeAll(toks), i)
			switch {
			case want == nil && ok:
				t.Errorf("%q: FindAt(%d) = %+v, Find has none there", text, i, got)
			case want != nil && (!ok || got != *want):
				t.Errorf("%q: FindAt(%d) = %+v, %v, want %+v", text, i, got, ok, *want)
			}
		}
	}
	toks := Split("the US-China talks")
	norm := normalizeAll(toks)
	if m, ok := g.FindAt(toks, norm, 1); !ok || m.Actor != "United States" || !m.InWord {
		t.Errorf("FindAt(US-China) = %+v, %v, want United States in a word", m, ok)
	}
	if _, ok := g.FindAt(toks, norm, 0); ok {
		t.Errorf("FindAt(the) found a mention")
	}
	if m, ok := g.FindAt(Split("the Kremlin said"), []string{"the", "kremlin", "said"}, 0); !ok || m.Actor != "Russia" || m.End != 2 {
		t.Errorf("FindAt(the Kremlin) = %+v, %v, want Russia over two tokens", m, ok)
	}
	if _, ok := g.FindAt(toks, norm, len(toks)); ok {
		t.Errorf("FindAt past the end found a mention")
	}
}

func TestAffiliation(t *testing.T) {
	g := mustGazetteer(t, sample)
	tests := []struct{ name, day, want string }{
		{"Sergei Lavrov", "", "Russia"},
		{"Russia", "", "Russia"},
		{"NATO", "", "NATO"},
		{"Ursula von der Leyen", "2020-01-01", "NATO"},
		{"Nobody", "", ""},
	}
	for _, tt := range tests {
		if got := g.Affiliation(tt.name, tt.day); got != tt.want {
			t.Errorf("Affiliation(%q, %q) = %q, want %q", tt.name, tt.day, got, tt.want)
		}
	}
}

func TestHeldOn(t *testing.T) {
	g := mustGazetteer(t, sample)
	offices := g.Offices("Wang Yi")
	if len(offices) != 2 {
		t.Fatalf("Wang Yi has %d offices, want 2", len(offices))
	}
	tests := []struct {
		day  string
		want []bool
	}{
		{"2015-06-01", []bool{true, false}},
		{"2023-03-01", []bool{false, false}},
		{"2024-01-01", []bool{false, true}},
		{"2022-12-29", []bool{true, false}},
		{"not a date", []bool{false, false}},
	}
	for _, tt := range tests {
		for i, a := range offices {
			if got := a.HeldOn(tt.day); got != tt.want[i] {
				t.Errorf("office %d HeldOn(%q) = %v, want %v", i, tt.day, got, tt.want[i])
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no header", "Russia\t\t\t\t\n", "f:1: no header line before the first row"},
		{"empty file", "# nothing\n", "f: no header line"},
		{"fields", "name\tkind\taliases\nNATO\torganisation\t\tx\n", "f:2: 4 fields; want 3"},
		{"kind", "name\tkind\taliases\nNATO\talliance\t\n", `f:2: kind "alliance" is not one of`},
		{"no kind", "name\tkind\taliases\nNATO\n", `f:2: kind "" is not one of`},
		{"role", "name\taliases\trole\tcountry\tfrom\tto\nA B\t\tking\tX\t2001\t\n", `f:2: role "king" is not one of`},
		{"date", "name\taliases\trole\tcountry\tfrom\tto\nA B\t\tother\tX\t2001-13\t\n", `f:2: from: date "2001-13" is not YYYY`},
		{"order", "name\taliases\trole\tcountry\tfrom\tto\nA B\t\tother\tX\t2010\t2009\n", `f:2: to 2009 is before from 2010`},
		{"no from", "name\taliases\trole\tcountry\tfrom\tto\nA B\t\tother\tX\t\t\n", `f:2: from is empty`},
		{"no country", "name\taliases\trole\tcountry\tfrom\tto\nA B\t\tother\t\t2001\t\n", `f:2: country is empty`},
		{"empty value", "country\taliases\tdemonyms\tcapitals\tseats\nRussia\ta||b\t\t\t\n", `f:2: aliases has an empty value`},
		{"duplicate", "country\taliases\tdemonyms\tcapitals\tseats\nRussia\t\t\t\t\nRussia\t\t\t\t\n", `f:3: "Russia" already defined on line 2`},
		{"shared alias", "country\taliases\tdemonyms\tcapitals\tseats\nA\tX\t\t\t\nB\tx\t\t\t\n", `f:3: "x" already names A on line 2`},
		{"no letters", "name\tkind\taliases\nNATO\torganisation\t+\n", `f:2: name "+" has no letters or digits`},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.data), "f")
		var pe *ParseError
		if err == nil || !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error starting %q", tt.name, err, tt.want)
		}
	}
}

func TestNewChecksCountries(t *testing.T) {
	rows, err := Parse(strings.NewReader("name\taliases\trole\tcountry\tfrom\tto\nA B\t\tother\tAtlantis\t2001\t\n"), "mine.tsv")
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(rows)
	if err == nil || err.Error() != `mine.tsv:2: country "Atlantis" of A B is not a state or organisation of the gazetteer` {
		t.Errorf("New: got %v", err)
	}
}

func TestLaterSetsOverride(t *testing.T) {
	extra := "country\taliases\tdemonyms\tcapitals\tseats\nRussia\tRF\t\t\t\n\nname\tkind\taliases\nAtlantic Club\tgroup\tthe Alliance\n"
	g := mustGazetteer(t, sample, extra)
	names := func(text string) []string {
		var out []string
		for _, m := range g.Find(Split(text)) {
			out = append(out, m.Actor)
		}
		return out
	}
	// The later Russia row replaces the earlier: Moscow is no longer its.
	if got := names("RF and Moscow and the Alliance"); !reflect.DeepEqual(got, []string{"Russia", "Atlantic Club"}) {
		t.Errorf("got %q", got)
	}
	if got := names("Lavrov"); !reflect.DeepEqual(got, []string{"Sergei Lavrov"}) {
		t.Errorf("people of the first set: got %q", got)
	}
}

func TestWriteParsesBack(t *testing.T) {
	rows, err := Parse(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, rows); err != nil {
		t.Fatal(err)
	}
	again, err := Parse(&buf, "sample")
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	strip := func(as []Actor) []Actor {
		out := make([]Actor, len(as))
		for i, a := range as {
			a.Line = 0
			out[i] = a
		}
		return out
	}
	if !reflect.DeepEqual(strip(rows), strip(again)) {
		t.Errorf("Write then Parse changed the rows:\n%s", buf.String())
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":                       "u.s",
		"People’s Republic of China": "people's republic of china",
		"OPEC+":                      "opec +",
		"  ":                         "",
		"+":                          "",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPatternsByFirstWord checks the lists, written out: under each first
// word its patterns, longest first, in order among those of one length.
func TestPatternsByFirstWord(t *testing.T) {
	claimed := make(map[string]pattern)
	var order []string
	for i, key := range []string{"the west", "russia", "the united states", "the kremlin", "us",
		"the republic of korea", "the", "russian federation", "the hague", "russia's neighbours"} {
		p := pattern{toks: strings.Fields(key), name: fmt.Sprint(i)}
		claimed[key] = p
		order = append(order, key)
	}
	// The patterns' names are their places in order.
	want := map[string][]string{
		"the":      {"5", "2", "0", "3", "8", "6"}, // four words, three, then two in order, then one
		"russia":   {"1"},
		"russia's": {"9"}, // a first word of its own
		"us":       {"4"},
		"russian":  {"7"},
	}
	byFirst := patternsByFirstWord(claimed, order)
	names := make(map[string][]string)
	for w, fw := range byFirst {
		for _, p := range fw.list {
			names[w] = append(names[w], p.name)
		}
	}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("patternsByFirstWord gives, by first word, the patterns\n%v\nwant\n%v", names, want)
	}
	// "the" has one pattern of one word, last; the second words of the
	// others, and their possessives, pass its mask.
	the := byFirst["the"]
	if the.single != 5 {
		t.Errorf("the one-word patterns of \"the\" start at %d, want 5", the.single)
	}
	for _, w := range []string{"republic", "united", "west", "kremlin", "hague"} {
		if !the.mayGoOn(w) || !the.mayGoOn(w+"'s") {
			t.Errorf("a name of \"the\" may go on with %q, or its possessive; the mask says not", w)
		}
	}
}

func TestCaseOf(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want caseRule
	}{
		{"russia", anyCase}, {"Russia", capital}, {"US", upperCase}, {"U.S", upperCase},
		{"Z", capital}, {"ÉU", upperCase}, {"Éu", capital}, {"éU", anyCase}, {"'s", anyCase},
		{"1st", anyCase}, {"G7", capital}, {"OPEC+", upperCase}, {"İİ", upperCase}, {"ǅa", anyCase},
		{"McFaul", capital}, {"", anyCase}, {"-", anyCase},
	} {
		if got := caseOf(tt.in); got != tt.want {
			t.Errorf("caseOf(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestFindMatchesEveryPattern holds Find, whose lookups skip words by
// masks (Gazetteer.firsts, firstWord.seconds), to a search that tries
// every pattern of a word's list, on the embedded gazetteer and random
// runs of its own name words, in three cases and in the possessive, with
// other words and apostrophes between.
func TestFindMatchesEveryPattern(t *testing.T) {
	var rows []Actor
	for _, f := range []string{"../data/countries.tsv", "../data/actors/organisations.tsv", "../data/actors/people.tsv"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		set, err := Parse(bytes.NewReader(data), f)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, set...)
	}
	g, err := New(rows)
	if err != nil {
		t.Fatal(err)
	}
	vocab := []string{"said", "the", "of", "and", "'", "’", "talks", "s"}
	var names [][]string
	for _, fw := range g.byFirst {
		for _, p := range fw.list {
			if !slices.ContainsFunc(p.toks, func(w string) bool { return strings.ContainsAny(w, "-‐‑") }) { // hyphenated words are appendInWord's
				names = append(names, p.toks)
				for _, w := range p.toks {
					vocab = append(vocab, w, w+"'s")
				}
			}
		}
	}
	slices.Sort(vocab)
	vocab = slices.Compact(vocab)
	slices.SortFunc(names, slices.Compare) // the same runs every time
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 20000 {
		var tokens []string
		for range 1 + rng.IntN(6) {
			// A name's words, its last maybe in the possessive, or a
			// word of any name, or none.
			words := []string{vocab[rng.IntN(len(vocab))]}
			if rng.IntN(2) == 0 {
				words = slices.Clone(names[rng.IntN(len(names))])
				if rng.IntN(3) == 0 {
					words[len(words)-1] += "'s"
				}
			}
			for _, w := range words {
				switch rng.IntN(3) {
				case 1:
					w = strings.ToUpper(w[:1]) + w[1:]
				case 2:
					w = strings.ToUpper(w)
				}
				tokens = append(tokens, w)
			}
		}
		norm := normalizeAll(tokens)
		got := g.AppendFound(nil, tokens, norm)
		if want := findEveryPattern(g, tokens, norm); !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %+v, want %+v", tokens, got, want)
		}
		found += len(got)
	}
	if found < 10000 {
		t.Errorf("only %d names found in the random runs: the test tries too few", found)
	}
}

// findEveryPattern is Find without the masks: at each word, every
// pattern of its list.
func findEveryPattern(g *Gazetteer, tokens, norm []string) []Mention {
	matchKey := func(key string, i int) (Mention, bool) {
		list := g.byFirst[key].list
		for k := range list {
			if p := &list[k]; p.mayMatch(norm, i) {
				if m, ok := p.match(tokens, norm, i); ok {
					return m, true
				}
			}
		}
		return Mention{}, false
	}
	var out []Mention
	for i := 0; i < len(tokens); {
		m, ok := matchKey(norm[i], i)
		if !ok {
			if b, poss := possessive(norm[i]); poss {
				m, ok = matchKey(b, i)
			}
		}
		if ok {
			out = append(out, m)
			i = m.End
			continue
		}
		out = g.appendInWord(out, tokens, norm, i, false)
		i++
	}
	return out
}
