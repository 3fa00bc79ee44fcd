package tone

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLearnGender checks what pronouns and honorifics teach about a
// name, and that a name keeps the first gender learnt.
func TestLearnGender(t *testing.T) {
	st := newDocState()
	for _, w := range []string{"said", "she", "he", "mr", "the"} {
		st.learnGender("Kari Lindqvist", w)
	}
	for _, w := range []string{"minister", "his", "ms"} {
		st.learnGender("Oleg Rybin", w)
	}
	st.learnGender("Marc Thibodeau", "said")
	for _, tt := range []struct {
		name         string
		female, male bool
	}{
		{"Kari Lindqvist", true, false},
		{"Oleg Rybin", false, true},
		{"Marc Thibodeau", false, false},
	} {
		if st.female[tt.name] != tt.female || st.male[tt.name] != tt.male {
			t.Errorf("%s: female %v, male %v, want %v, %v", tt.name, st.female[tt.name], st.male[tt.name], tt.female, tt.male)
		}
	}
}

// TestPersonName checks that a name's words map to the fullest name met,
// and that a new name is added with its words.
func TestPersonName(t *testing.T) {
	st := newDocState()
	toks := func(s string) (string, []token) { return tokenized(s) }
	for _, tt := range []struct{ run, want string }{
		{"Kari Lindqvist", "Kari Lindqvist"},
		{"Lindqvist", "Kari Lindqvist"},
		{"Oleg Rybin", "Oleg Rybin"},
		{"Rybin", "Oleg Rybin"},
		{"Marc Thibodeau", "Marc Thibodeau"},
	} {
		if got := st.personName(toks(tt.run)); got != tt.want {
			t.Errorf("personName(%q) = %q, want %q", tt.run, got, tt.want)
		}
	}
	if len(st.people) != 3 {
		t.Errorf("%d people, want 3", len(st.people))
	}
	for _, p := range st.people {
		if p.name == "Oleg Rybin" && (len(p.words) != 2 || p.words[0] != "oleg" || p.words[1] != "rybin") {
			t.Errorf("Oleg Rybin's words are %q", p.words)
		}
	}
}

// TestScannedRuns checks what the name scan records for the sentences
// (issue #6): each run it keeps is the run that runEnd and the cut before
// "and" find at the same token of the paragraph's own tokens, with the
// name nameIn finds in it, labels of transcript turns included.
func TestScannedRuns(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	docs := []struct {
		text string
		runs []int // runs recorded per paragraph
	}{
		{"Foreign Minister Amara Diallo met President Hendra Wiratama and Brazil's President Rafael Cordeiro in Port of Spain.\n\nTrinidad and Tobago said talks would go on.", []int{4, 2}},
		{"Mr. Volkov (Russian Federation): We heard Ambassador Ruth Caldwell of Canada.\n\nMs. Ortiz: Thank you, Mr. Volkov.", []int{4, 5}},
		// A label in capitals is read recased: only the runs after it
		// are kept.
		{"MR HALVORSEN: Minister Ines Baptiste spoke.", []int{1}},
		{"THE PRESIDENT (Ghana): I thank Ambassador Ortiz and Mr Volkov.", []int{3}},
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold documents: %v", err)
	}
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, struct {
			text string
			runs []int
		}{string(text), nil})
	}
	total := 0
	for di, d := range docs {
		doc := Normalize(d.text)
		paras := splitParagraphs(doc)
		st := newDocState()
		all := tokenizeParagraphsInto(nil, paras, len(doc), st)
		before := slices.Clone(all)
		a.scanNames(paras, st)
		// The scan writes a label's tokens over a paragraph's while it
		// reads it: it must put them back.
		if !slices.Equal(all, before) {
			t.Errorf("doc %d: the paragraphs' tokens changed in the name scan", di)
		}
		if len(st.runsAt) != len(paras)+1 {
			t.Fatalf("doc %d: %d run offsets for %d paragraphs", di, len(st.runsAt), len(paras))
		}
		for k := range paras {
			own, src := paras[k].tokens(), st.src
			runs := st.runs[st.runsAt[k]:st.runsAt[k+1]]
			if d.runs != nil && len(runs) != d.runs[k] {
				t.Errorf("doc %d paragraph %d: %d runs kept, want %d", di, k+1, len(runs), d.runs[k])
			}
			for _, r := range runs {
				total++
				i := int(r.start)
				run := joinText(src, own[i:i+int(r.n)])
				if got := runEnd(src, own, i); got != i+int(r.n) {
					t.Errorf("doc %d paragraph %d: run %q kept with %d tokens, runEnd gives %d", di, k+1, run, r.n, got-i)
					continue
				}
				cut := int(r.n)
				if c := indexWord(src, own[i:i+cut], "and"); c > 0 {
					cut = c
				}
				if int(r.cut) != cut {
					t.Errorf("doc %d paragraph %d: run %q cut at %d, want %d", di, k+1, run, r.cut, cut)
					continue
				}
				want := joinText(src, a.nameIn(src, own[i:i+cut], st))
				if got := joinText(src, own[i+int(r.nameOff):i+int(r.nameOff)+int(r.nameLen)]); got != want {
					t.Errorf("doc %d paragraph %d: run %q kept name %q, nameIn gives %q", di, k+1, run, got, want)
				}
				// A run keeps its entry, by its words as cut.
				var entry int32
				var ok bool
				if cut == 1 {
					entry, ok = st.loneOf(own[i].text(src))
				} else {
					entry, ok = st.long[string(st.spell(src, own[i:i+cut]))]
				}
				if !ok || r.entry != entry+1 {
					t.Errorf("doc %d paragraph %d: run %q kept entry %d, want %d (%v)", di, k+1, run, r.entry, entry+1, ok)
				}
			}
		}
	}
	if total < 100 {
		t.Errorf("%d runs kept in all, want at least 100", total)
	}
}

// TestPersonLoneWord checks personIn on runs of one word, which it
// answers early when the word also occurs in lower case or is never part
// of a name (issue #6): such a word is no name, though it may be a title.
// Each run is asked twice: person keeps its answers.
func TestPersonLoneWord(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	st := newDocState()
	for _, w := range []string{"the", "analysts", "minister", "china's"} {
		st.lowered[w] = true
	}
	for _, tt := range []struct {
		run, name, titles string
	}{
		{"The", "", ""},
		{"Analysts", "", ""},
		{"Minister", "", "minister"},
		{"China's", "", ""},
		{"Ortiz", "Ortiz", ""},
		{"Minister Ortiz", "Ortiz", "minister"},
		// The same lower-case words: a surname in capitals after a title
		// that is not, as Japan's foreign ministry writes its minister's
		// ("Minister KAMIKAWA"); in a run all in capitals, an acronym.
		{"Minister ORTIZ", "ORTIZ", "minister"},
		{"MINISTER ORTIZ", "", "minister"},
		{"KAMIKAWA Yoko", "KAMIKAWA Yoko", ""},
		{"Ms Ines Baptiste", "Ines Baptiste", "ms"},
		{"The Minister", "", "minister"},
		{"Beijing", "", ""},
		{"President", "", "president"},
		{"Ambassador's", "", ""},
		{"Kremlin", "", ""},
		{"NATO", "", ""},
	} {
		// The second time, a lone word's answer is the one kept.
		for range 2 {
			src, run := tokenized(tt.run)
			name, titles := a.personIn(src, run, st)
			if got := joinText(src, name); got != tt.name || strings.Join(titles, "|") != tt.titles {
				t.Errorf("personIn(%q) = %q, %q; want %q, %q", tt.run, got, titles, tt.name, tt.titles)
			}
			if name := joinText(src, a.nameIn(src, run, st)); name != tt.name {
				t.Errorf("nameIn(%q) = %q, want %q", tt.run, name, tt.name)
			}
		}
	}
	if len(st.lone)+st.loneKeys.n < 8 || len(st.long) != 6 {
		t.Errorf("%d lone words and %d runs kept, want at least 8 and 6", len(st.lone)+st.loneKeys.n, len(st.long))
	}
}

// TestLowerText checks lowerText against what it stands for.
func TestLowerText(t *testing.T) {
	for _, s := range []string{"minister", "Foreign Minister", "SECRETARY of State", "Ministre d’État", "Außenminister", "Président"} {
		toks, src := tokenize(s)
		if got, want := lowerText(src, toks), strings.ToLower(joinText(src, toks)); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestScannedRunTurn checks that a transcript turn, read from copies of
// its paragraph's last tokens, finds the runs the name scan recorded for
// them, and that tokens of another array find none.
func TestScannedRunTurn(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	doc := "Briefing by the spokesperson\n\nMS ORTIZ: Foreign Minister Amara Diallo will visit Accra.\n\nQ: Will President Hendra Wiratama attend?"
	paras := splitParagraphs(doc)
	st := newDocState()
	tokenizeParagraphsInto(nil, paras, len(doc), st)
	a.scanNames(paras, st)
	// What the name scan recorded of the run at token i of a sentence
	// of p whose tokens start at p's first, as a sentence asks it.
	scannedRun := func(p *paragraph, i int) (nameRun, bool) {
		c := st.runsOf(p, 0)
		return c.at(i)
	}
	// In reading order, as sentences ask: the cursor only moves forward
	// (a map's random order made this test fail one run in ten).
	for _, tt := range []struct{ k, want int }{
		{1, 2}, // "Foreign Minister Amara Diallo", "Accra"
		{2, 1}, // "Will President Hendra Wiratama"
	} {
		k, want := tt.k, tt.want
		p := &paras[k]
		_, rest, ok := cutLabel(p.text)
		if !ok {
			t.Fatalf("paragraph %d: no label", k+1)
		}
		turn := paragraph{index: p.index, text: rest, toks: st.tokensFrom(p.tokens(), len(p.text)-len(rest)), src: p.src}
		fresh := paragraph{index: p.index, text: rest}
		found := 0
		for i, tok := range turn.toks {
			if !tok.name {
				continue
			}
			r, ok := scannedRun(&turn, i)
			if !ok {
				continue
			}
			found++
			own, src := p.tokens(), turn.src
			at := int(r.start)
			if got, want := joinText(src, turn.toks[i:i+int(r.n)]), joinText(src, own[at:at+int(r.n)]); got != want {
				t.Errorf("paragraph %d: turn run %q, scanned %q", k+1, got, want)
			}
			st.next = 0
			if _, ok := scannedRun(&fresh, i); ok {
				t.Errorf("paragraph %d: tokens of another array found a run at %d", k+1, i)
			}
			st.next = 0
		}
		if found != want {
			t.Errorf("paragraph %d: %d runs found for the turn, want %d", k+1, found, want)
		}
	}
}

// TestPlaceOrBody checks that the place or body kept for a run is the
// one found for it, asked twice, for runs of one word and of more.
func TestPlaceOrBody(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	st := newDocState()
	for _, tt := range []struct {
		run  string
		kind mentionKind
		name string
	}{
		{"China", mentionCountry, "China"},
		{"Kremlin", mentionInst, "Kremlin"},
		{"The", 0, ""},
		{"Ortiz", 0, ""},
		{"United Nations", mentionInst, "United Nations"},
		{"South Korea", mentionCountry, "South Korea"},
		{"Foreign Minister", 0, ""},
		{"New Delhi", mentionCountry, "India"},
	} {
		src, run := tokenized(tt.run)
		want := a.findPlaceOrBody(src, run)
		if want.kind != tt.kind || want.name != tt.name {
			t.Errorf("findPlaceOrBody(%q) = %v %q, want %v %q", tt.run, want.kind, want.name, tt.kind, tt.name)
		}
		for range 2 {
			if got := a.placeOrBody(src, run, st); got != want {
				t.Errorf("placeOrBody(%q) = %+v; want %+v", tt.run, got, want)
			}
		}
	}
	if len(st.lone)+st.loneKeys.n != 4 || len(st.loneWords) != 4 {
		t.Errorf("%d lone words kept (%d entries), want 4", len(st.lone)+st.loneKeys.n, len(st.loneWords))
	}
	if len(st.long) != 4 || len(st.longRuns) != 4 {
		t.Errorf("%d runs of several words kept (%d entries), want 4", len(st.long), len(st.longRuns))
	}
}

// TestKnownLone checks knownLone and knownLong against knownPerson for
// names of one word and of several, asked again after the people they
// name are added.
func TestKnownLone(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	st := newDocState()
	st.addPerson(person{name: "Ana Ortiz", words: []string{"ana", "ortiz"}})
	ask := func(when string) {
		t.Helper()
		for _, w := range []string{"Ortiz", "Ana", "Volkov", "Ortiz"} {
			name, src := tokenize(w)
			if got, want := st.knownLone(src, name, st.loneIndex(src, name)), st.knownPerson(src, name); got != want {
				t.Errorf("%s: knownLone(%q) = %q, want %q", when, w, got, want)
			}
		}
		for _, w := range []string{"Ana Ortiz", "Oleg Volkov", "Luis Ortiz"} {
			run, src := tokenize(w)
			k := a.longIndex(src, run, st)
			name, _ := st.longPerson(run, k, false)
			if got, want := st.knownLong(src, name, k), st.knownPerson(src, name); got != want || len(name) != 2 {
				t.Errorf("%s: knownLong(%q) = %q, want %q", when, w, got, want)
			}
		}
	}
	ask("first")
	st.addPerson(person{name: "Oleg Volkov", words: []string{"oleg", "volkov"}})
	st.addPerson(person{name: "Luis Ortiz", words: []string{"luis", "ortiz"}})
	ask("with Volkov")
	src, run := tokenized("Volkov")
	if got := st.knownLone(src, run, st.loneIndex(src, run)); got != "Oleg Volkov" {
		t.Errorf("knownLone(Volkov) = %q, want Oleg Volkov", got)
	}
}

// TestPersonWithTitle checks which person a bare title resolves to: one
// holding it exactly before one whose title only ends in it, the latest
// mentioned before the first in the document, and never a deputy's or a
// former holder's office (issue #6 made the search one pass).
func TestPersonWithTitle(t *testing.T) {
	st := newDocState()
	for _, p := range []person{
		{name: "Ana Ruiz", titles: []string{"deputy foreign minister"}},
		{name: "Selim Aydin", titles: []string{"president", "foreign minister"}},
		{name: "Oleg Rybin", titles: []string{"former minister"}},
		{name: "Marc Thibodeau", titles: []string{"defence minister"}},
		{name: "Kari Lindqvist", titles: []string{"minister"}},
		{name: "Lena Holm", titles: []string{"spokesperson"}},
		{name: "Ivo Petrov", titles: []string{"chief spokesman"}},
		{name: "Tomas Berg", titles: []string{"secretary-general"}},
		{name: "Ines Duarte", titles: []string{"assistant secretary-general"}},
		{name: "Jon Vik", titles: []string{"foreign minister"}},
	} {
		st.addPerson(p)
	}
	st.mention("Jon Vik", mentionPerson, "")
	st.mention("Marc Thibodeau", mentionPerson, "")
	for _, tt := range []struct {
		title string
		extra []mention
		want  string
		ok    bool
	}{
		{"minister", nil, "Kari Lindqvist", true},  // exact holder first, though others end in it
		{"foreign minister", nil, "Jon Vik", true}, // the latest mentioned holder
		{"foreign minister", []mention{{name: "Selim Aydin", kind: mentionPerson}}, "Selim Aydin", true},
		{"foreign minister", []mention{{name: "Selim Aydin", kind: mentionCountry}}, "Jon Vik", true},
		{"spokeswoman", nil, "Lena Holm", true},                                                // any "spokes" title
		{"spokesman", []mention{{name: "Ivo Petrov", kind: mentionPerson}}, "Lena Holm", true}, // exact before wider
		{"secretary-general", nil, "Tomas Berg", true},
		{"president", nil, "Selim Aydin", true},
		{"chancellor", nil, "", false},
	} {
		got, ok := st.personWithTitle(tt.title, "", tt.extra)
		if got != tt.want || ok != tt.ok {
			t.Errorf("personWithTitle(%q, %v) = %q, %v; want %q, %v", tt.title, tt.extra, got, ok, tt.want, tt.ok)
		}
	}

	// Only titles that end in the title, past a deputy's or a former
	// holder's: "defence minister" is the one left when no one is the
	// minister exactly.
	st2 := newDocState()
	for _, p := range []person{
		{name: "Ana Ruiz", titles: []string{"deputy foreign minister"}},
		{name: "Oleg Rybin", titles: []string{"former minister"}},
		{name: "Marc Thibodeau", titles: []string{"defence minister"}},
		{name: "Ines Duarte", titles: []string{"assistant secretary-general"}},
	} {
		st2.addPerson(p)
	}
	for _, tt := range []struct {
		title, want string
		ok          bool
	}{
		{"minister", "Marc Thibodeau", true},
		{"secretary-general", "", false},
		{"foreign minister", "", false},
	} {
		got, ok := st2.personWithTitle(tt.title, "", nil)
		if got != tt.want || ok != tt.ok {
			t.Errorf("second document: personWithTitle(%q) = %q, %v; want %q, %v", tt.title, got, ok, tt.want, tt.ok)
		}
	}
}

// TestRunAnd checks that the "and" runAnd reports is the first of the
// run it ends, indexWord's answer (issue #6 made the name scan find both
// in one pass), on random runs of names, connectors and other words.
func TestRunAnd(t *testing.T) {
	words := []string{"Ana", "Ortiz", "And", "AND", "and", "of", "the", "bin", "to", "said", ",", "Trinidad", "Tobago", "de"}
	rng := rand.New(rand.NewPCG(6, 26))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		toks, src := tokenize(b.String())
		for i := range toks {
			if !isNameWord(toks[i]) {
				continue
			}
			end, and := runAnd(src, toks, i)
			if want := indexWord(src, toks[i:end], "and"); and != want {
				t.Fatalf("%q from %d: runAnd gives \"and\" at %d, want %d", b.String(), i, and, want)
			}
			if want := runEndByWalk(src, toks, i); end <= i || end != want {
				t.Fatalf("%q from %d: runAnd ends at %d, the walk at %d", b.String(), i, end, want)
			}
		}
	}
}

// runEndByWalk is where a run of name words starting at toks[i] ends,
// walked as runEnd did before runAnd also looked for "and": the
// reference TestRunAnd holds runAnd's end to.
func runEndByWalk(src string, toks []token, i int) int {
	j := i
	for j < len(toks) {
		if isNameWord(toks[j]) {
			j++
			continue
		}
		if toks[j].word && isConnector(toks[j].lower(src)) && j > i {
			k := j
			for k < len(toks) && toks[k].word && isConnector(toks[k].lower(src)) {
				k++
			}
			if k < len(toks) && isNameWord(toks[k]) {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// TestIsPossessive checks that isPossessive, which tests a word's last
// bytes itself to be inlined (issue #6), answers as possessive does.
func TestIsPossessive(t *testing.T) {
	for _, w := range []string{"", "s", "'", "'s", "s'", "china's", "ministers'", "its", "is", "ss", "s's", "x'", "'x", "china’s", "é's"} {
		_, want := possessive(w)
		if got := isPossessive(w); got != want {
			t.Errorf("isPossessive(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestKeyIndex checks the table that finds a short lone word's entry
// (issue #6) against a map, over enough words to make it grow several
// times, and that emptied forgets them.
func TestKeyIndex(t *testing.T) {
	var ki keyIndex
	want := map[uint64]int32{}
	for i := range 5000 {
		w := fmt.Sprintf("W%d", i*7919%100000)
		k, ok := packWord(w)
		if !ok {
			t.Fatalf("packWord(%q) not ok", w)
		}
		if _, held := want[k]; held {
			continue
		}
		if v, ok := ki.get(k); ok {
			t.Fatalf("get(%q) = %d before put", w, v)
		}
		want[k] = int32(i)
		ki.put(k, int32(i))
	}
	for k, v := range want {
		if got, ok := ki.get(k); !ok || got != v {
			t.Fatalf("get(%#x) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	if ki.n != len(want) {
		t.Errorf("n = %d, want %d", ki.n, len(want))
	}
	small := keyIndex{}
	for k, v := range want {
		small.put(k, v)
		if small.n == 100 {
			break
		}
	}
	small = small.emptied()
	for k := range want {
		if _, ok := small.get(k); ok {
			t.Fatalf("emptied table holds %#x", k)
		}
	}
	if len(small.slots) == 0 {
		t.Error("emptied dropped the memory of a table of 100 keys")
	}
	if big := ki.emptied(); len(big.slots) != 0 {
		t.Errorf("emptied kept %d slots of a table of %d keys", len(big.slots), ki.n)
	}
}

// TestNameScanStores checks the people the name scan finds in transcript
// labels read again (issue #6): a label in capitals, recased, and one with
// no colon are tokenized into the document's store, with the comma that
// stands for a colon, after the paragraphs' tokens were made. Read from
// the wrong store, their names would be other bytes. The paragraphs'
// tokens, which a label's are written over while it is read, still spell
// their paragraphs afterwards.
func TestNameScanStores(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text   string
		people []string // name|titles
		grows  bool     // the scan adds to the store
	}{
		{"MR HALVORSEN: Minister Ines Baptiste spoke.\n\nMS ORTIZ-LUND: Thank you, Mr Halvorsen.",
			[]string{"Halvorsen|mr,minister", "Ines Baptiste|minister", "Ortiz-lund|ms"}, true},
		{"Q    Mr. President, a question about Ambassador Ruth Caldwell?", []string{"Ruth Caldwell|ambassador"}, true},
		{"Mr. Volkov (Russian Federation): We heard Ambassador Ruth Caldwell of Canada.", []string{"Ruth Caldwell|ambassador"}, true},
		{"Ambassador Ruth Caldwell of Canada spoke.", []string{"Ruth Caldwell|ambassador"}, false},
	} {
		doc := Normalize(tt.text)
		paras := splitParagraphs(doc)
		st := newDocState()
		tokenizeParagraphsInto(nil, paras, len(doc), st)
		before := len(st.src)
		a.scanNames(paras, st)
		var got []string
		for _, p := range st.people {
			got = append(got, p.name+"|"+strings.Join(p.titles, ","))
		}
		if !slices.Equal(got, tt.people) {
			t.Errorf("%q: people %q, want %q", tt.text, got, tt.people)
		}
		if grew := len(st.src) > before; grew != tt.grows {
			t.Errorf("%q: store %d bytes after the scan, %d before", tt.text, len(st.src), before)
		}
		for _, p := range paras {
			for _, tk := range p.toks {
				if w := p.text[tk.start:tk.end]; tk.text(p.src) != w {
					t.Errorf("%q: after the scan, a token reads %q where its paragraph has %q", tt.text, tk.text(p.src), w)
				}
			}
		}
	}
}

// TestAttributeOnUsedBuffers attributes documents one after another on the
// same buffers without resetting them, and checks each reads as it does on
// new buffers: the forms of capitalized words a document's tokenizing
// caches are in its own store, and the next document's store is a new one
// (split empties the cache with it).
func TestAttributeOnUsedBuffers(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		"Long ago, Canada spoke to Brazil.",
		"Brazil and Canada spoke, said Lin.",
		`"We welcome the talks," said Foreign Minister Ines Baptiste of Brazil.`,
		"Canada, Brazil and Norway met. Ines Baptiste said Brazil was ready.",
	}
	bufs := new(docBuffers)
	for _, doc := range docs {
		got, _, _ := a.attribute(doc, "", bufs)
		want := a.Attribute(doc)
		if !slices.Equal(got, want) {
			t.Errorf("%q on used buffers:\n got %+v\nwant %+v", doc, got, want)
		}
	}
}

// TestCheckLength checks the length a document may have, and that the
// stores of the longest fit the 32 bits of a token's offsets.
func TestCheckLength(t *testing.T) {
	if 7*uint64(MaxDocument) > 1<<32 {
		t.Fatalf("MaxDocument is %d: seven times it does not fit a token's 32-bit offsets", MaxDocument)
	}
	for _, tt := range []struct {
		n      int
		panics bool
	}{
		{0, false},
		{1 << 20, false},
		{MaxDocument, false},
		{MaxDocument + 1, true},
	} {
		panicked := func() (p bool) {
			defer func() { p = recover() != nil }()
			checkLength(tt.n)
			return false
		}()
		if panicked != tt.panics {
			t.Errorf("checkLength(%d): panicked %v, want %v", tt.n, panicked, tt.panics)
		}
	}
}

// TestTurnOfUntokenizedParagraph reads a transcript turn whose paragraph
// was not tokenized before: turn tokenizes it, and reads the tokens with
// their own store.
func TestTurnOfUntokenizedParagraph(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	doc := "MR VOLKOV: President Ines Baptiste of Brazil said the talks were useful."
	p := splitParagraphs(doc)[0]
	rest := doc[len("MR VOLKOV: "):]
	st := newDocState()
	var out, buf []Statement
	var cont turnText
	a.turn(p, "Volkov", p.text[len(p.text)-len(rest):], "", st, &out, &buf, &cont, -1)
	cont.flush(out)
	if len(out) == 0 || out[0].Speaker != "Volkov" || out[0].Text != rest {
		t.Errorf("turn read %+v, want Volkov's turn %q first", out, rest)
	}
}
