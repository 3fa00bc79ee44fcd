package tone

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

func TestSplitParagraphs(t *testing.T) {
	doc := "First line of a wrapped\nparagraph ends here.\nSecond paragraph.\n\n\nThird after blanks\n  \nQ: A question?\nA: An answer."
	var got []string
	for _, p := range splitParagraphs(doc) {
		got = append(got, p.text)
	}
	want := []string{
		"First line of a wrapped paragraph ends here.",
		"Second paragraph.",
		"Third after blanks",
		"Q: A question?",
		"A: An answer.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
}

func TestNormalize(t *testing.T) {
	if got := Normalize("\uFEFFa\r\nb\rc"); got != "a\nb\nc" {
		t.Errorf("Normalize = %q", got)
	}
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string // quote contents
	}{
		{`“We will act,” he said.`, []string{"We will act,"}},
		{`He said "we will act" today.`, []string{"we will act"}},
		{`«Nous agirons», a-t-il dit.`, []string{"Nous agirons"}},
		{`“Outer “inner” text”.`, []string{"Outer “inner” text"}},
		{`“Unclosed to the end`, []string{"Unclosed to the end"}},
		{`The ministers’ talks shouldn’t stop.`, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range findQuotes(tt.text) {
			got = append(got, tt.text[q.content.start:q.content.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("findQuotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
		// Appended after what a reused buffer holds.
		before := quote{open: 1, close: 2}
		if got := appendQuotes([]quote{before}, tt.text); got[0] != before || !slices.Equal(got[1:], findQuotes(tt.text)) {
			t.Errorf("appendQuotes(%v, %q) = %v", before, tt.text, got)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Lavrov spoke. He left.", []string{"Mr. Lavrov spoke.", "He left."}},
		{"The U.S. side said no. Then it said yes.", []string{"The U.S. side said no.", "Then it said yes."}},
		// An initialism ends a sentence before a word that only starts
		// one; before a name or title it goes on.
		{"Sanctions were imposed by the U.S. The ministry said no.", []string{"Sanctions were imposed by the U.S.", "The ministry said no."}},
		{"Talks with the U.K. In a statement, it said no.", []string{"Talks with the U.K.", "In a statement, it said no."}},
		{"Talks with the U.S. First Lady went well.", []string{"Talks with the U.S. First Lady went well."}},
		{"He met Mr. The Bao.", []string{"He met Mr. The Bao."}},
		{"“One. Two,” Xi said. Then narration.", []string{"“One. Two,” Xi said.", "Then narration."}},
		{"“A sentence.” Another one.", []string{"“A sentence.”", "Another one."}},
		{"George W. Bush spoke.", []string{"George W. Bush spoke."}},
		// A numbered paragraph's number ends no sentence.
		{"1. Condemns the attack. It was brutal.", []string{"1. Condemns the attack.", "It was brutal."}},
		{"12. We, the Leaders, met.", []string{"12. We, the Leaders, met."}},
		{"It ended in 2. Then it began.", []string{"It ended in 2.", "Then it began."}},
		{"2024. A year of crises.", []string{"2024.", "A year of crises."}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range splitSentences(tt.text, findQuotes(tt.text)) {
			got = append(got, tt.text[sp.start:sp.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
		// Appended after what a reused buffer holds.
		before := span{1, 2}
		quotes := findQuotes(tt.text)
		if got := appendSentences([]span{before}, tt.text, quotes); got[0] != before || !slices.Equal(got[1:], splitSentences(tt.text, quotes)) {
			t.Errorf("appendSentences(%v, %q) = %v", before, tt.text, got)
		}
	}
}

// TestSentenceByteFrom checks sentenceByteFrom, which tests eight bytes
// at once (issue #6), against the same test made byte by byte.
func TestSentenceByteFrom(t *testing.T) {
	checkByteScan(t, "sentenceByteFrom", sentenceByteFrom, func(c byte) bool {
		return c >= utf8.RuneSelf || c == '.' || c == '?' || c == '!' || c == '"' || c == '#'
	}, []byte{0, ' ', '!', '"', '#', '$', '.', '?', '-', '>', 0x7f, 0x80, 0xff})
}

// TestQuoteByteFrom checks quoteByteFrom, which tests eight bytes at
// once (issue #6), against the same test made byte by byte.
func TestQuoteByteFrom(t *testing.T) {
	checkByteScan(t, "quoteByteFrom", quoteByteFrom, func(c byte) bool {
		return c >= utf8.RuneSelf || c == '"'
	}, []byte{0, ' ', '!', '"', '#', 0x7f, 0x80, 0xa2, 0xff})
}

// checkByteScan checks scan, which returns the index of the first eight
// bytes from i that hold a marked byte, at that byte, or the index where
// fewer than eight bytes are left, against marked tested byte by byte:
// with one byte of each value, and a second of each of seconds, at each
// place of a text.
func checkByteScan(t *testing.T, name string, scan func(s string, i int) int, marked func(byte) bool, seconds []byte) {
	t.Helper()
	want := func(s string, i int) int {
		for ; i+8 <= len(s); i += 8 {
			for k := range 8 {
				if marked(s[i+k]) {
					return i + k
				}
			}
		}
		return i
	}
	// Long enough for scans that read thirty-two bytes a turn to take
	// two turns before the marked bytes, and to stop in either.
	base := "We met the envoy at noon and spoke of the talks to come, and of the weeks after"
	for c := range 256 {
		for i := range len(base) - 8 {
			for _, c2 := range seconds {
				for _, j := range []int{i, i + 1, i + 3, i + 8} {
					b := []byte(base)
					b[j] = c2
					b[i] = byte(c)
					s := string(b)
					for from := range 3 {
						if got, w := scan(s, from), want(s, from); got != w {
							t.Fatalf("%s(%q, %d) = %d, want %d", name, s, from, got, w)
						}
					}
				}
			}
		}
	}
}

func TestCutLabel(t *testing.T) {
	// Six words of 80 bytes: a colon after them is the 81st byte.
	long80 := "Aaaaaaaaaaaa Bbbbbbbbbbbb Cccccccccccc Ddddddddddddd Eeeeeeeeeeeee Fffffffffffff"
	if len(long80) != 80 {
		t.Fatalf("long80 has %d bytes", len(long80))
	}
	tests := []struct {
		line, label, rest string
		ok                bool
	}{
		{"Mao Ning: Good afternoon.", "Mao Ning", "Good afternoon.", true},
		{"MR MILLER: Thanks.", "MR MILLER", "Thanks.", true},
		{"Mr. Nebenzia (Russian Federation): We object.", "Mr. Nebenzia (Russian Federation)", "We object.", true},
		{"Q: Any comment?", "Q", "Any comment?", true},
		{"Q    Mr. President, thank you.", "Q", "Mr. President, thank you.", true},
		{"Qatar said: no.", "", "", false},
		{"Lavrov said: “No.”", "", "", false},
		{"In a statement, the ministry said: no.", "", "", false},
		// At most six words; the colon within the first 81 bytes.
		{"Deputy Permanent Representative Anna Maria Lopez: We agree.", "Deputy Permanent Representative Anna Maria Lopez", "We agree.", true},
		{"Deputy Permanent Representative Anna Maria Lopez Diaz: We agree.", "", "", false},
		{long80 + ": Yes.", long80, "Yes.", true},
		{long80 + "x: Yes.", "", "", false},
		// Time codes of recorded interviews: before the label, after
		// it, or after it at the end of the line, the turn below.
		{"[00:01:45] Ana Ruiz: We agree.", "Ana Ruiz", "We agree.", true},
		{"00:01:45.250 Ana Ruiz: We agree.", "Ana Ruiz", "We agree.", true},
		{"(1:45) MR MILLER: Thanks.", "MR MILLER", "Thanks.", true},
		{"Ana Ruiz (00:01:45): We agree.", "Ana Ruiz", "We agree.", true},
		{"Ana Ruiz (00:01:45):", "Ana Ruiz", "", true},
		{"Ana Ruiz [1:45]", "Ana Ruiz", "", true},
		{"Ana Ruiz  1:45", "Ana Ruiz", "", true},
		// The Congressional Record's labels: a title, a name in
		// capitals and a full stop; after "The", an office.
		{"The CHAIRMAN. The committee will come to order.", "The CHAIRMAN", "The committee will come to order.", true},
		{"Senator HALL. Madam Secretary, the ministry said: no.", "Senator HALL", "Madam Secretary, the ministry said: no.", true},
		{"Mr. VAN HOLLEN. I thank the chair.", "Mr. VAN HOLLEN", "I thank the chair.", true},
		{"Ms. NÚÑEZ. “We object.”", "Ms. NÚÑEZ", "“We object.”", true},
		{"The PRESIDING OFFICER. Without objection.", "The PRESIDING OFFICER", "Without objection.", true},
		{"The EU. It said no.", "", "", false},
		{"Senator HALL. thank you.", "", "", false},
		{"Mr. A. Smith said no.", "", "", false},
		{"Senator Hall. Thank you.", "", "", false},
		{"Senator HALL.", "", "", false},
		// Hansard's numbered questions: the number is read past when
		// the label has its brackets.
		{"1. Helen Marlowe (Cardiff South) (Lab): What recent assessment has he made?", "Helen Marlowe (Cardiff South) (Lab)", "What recent assessment has he made?", true},
		{"2. The Council: we agree.", "", "", false},
		{"Speaker said at 10:30: no.", "", "", false},
		{"At 10:30 the minister said no.", "", "", false},
		{"Monday 10:30", "", "", false},
		{"Ana Ruiz 1:45pm", "", "", false},
		{"Ana Ruiz 123:45", "", "", false},
		{"[00:01:45]", "", "", false},
		// A printed interview's Q. and A.; labels in bold.
		{"Q. Any comment?", "Q", "Any comment?", true},
		{"A. We agree.", "A", "We agree.", true},
		{"A.B. Smith said no.", "", "", false},
		{"**Ana Ruiz:** We agree.", "Ana Ruiz", "We agree.", true},
		{"**Ana Ruiz**: We agree.", "Ana Ruiz", "We agree.", true},
		{"__MR MILLER:__ Thanks.", "MR MILLER", "Thanks.", true},
		{"**Note** the date: no.", "", "", false},
		// Hansard's offices with their holders in brackets, longer than
		// six words or 81 bytes, with commas and "for".
		{"The Prime Minister (Keir Starmer): I will make a statement.", "The Prime Minister (Keir Starmer)", "I will make a statement.", true},
		{"The Minister for Europe (Stephen Doughty): We agree.", "The Minister for Europe (Stephen Doughty)", "We agree.", true},
		{"The Secretary of State for Foreign, Commonwealth and Development Affairs (Mr David Lammy): With permission, I will.",
			"The Secretary of State for Foreign, Commonwealth and Development Affairs (Mr David Lammy)", "With permission, I will.", true},
		{"The Ministry of Foreign Affairs of the Russian Federation (MFA): no.", "", "", false},
		// India's foreign ministry: a title, a comma, an honorific and a
		// name; a place and its country are no label.
		{"Official Spokesperson, Shri Randhir Jaiswal: Good afternoon.", "Official Spokesperson, Shri Randhir Jaiswal", "Good afternoon.", true},
		{"Foreign Secretary, Dr. Ana Ruiz: Thank you.", "Foreign Secretary, Dr. Ana Ruiz", "Thank you.", true},
		{"Beijing, China: the talks went on.", "", "", false},
		// An affiliation in square brackets, as NATO's transcripts write
		// a reporter's outlet.
		{"Question [Reuters]: Any comment?", "Question [Reuters]", "Any comment?", true},
		{"Question [reuters: no.", "", "", false},
		{"Official Spokesperson, Shri: yes.", "", "", false},
		// A name, a comma and a role, as news networks head a first turn.
		{"CHRISTIANE AMANPOUR, CNN CHIEF INTERNATIONAL ANCHOR: Welcome.", "CHRISTIANE AMANPOUR, CNN CHIEF INTERNATIONAL ANCHOR", "Welcome.", true},
		{"SERGEY LAVROV, RUSSIAN FOREIGN MINISTER (through translator): Thank you.", "SERGEY LAVROV, RUSSIAN FOREIGN MINISTER (through translator)", "Thank you.", true},
		{"Christiane Amanpour, CNN: Welcome.", "Christiane Amanpour, CNN", "Welcome.", true},
		{"Hong Kong, China: The talks went well.", "", "", false},
		{"HONG KONG, CHINA: The talks went well.", "", "", false},
		{"Official Spokesperson, Shri Randhir Jaiswal, Director: yes.", "", "", false},
		{"The ministers met in Brussels on Tuesday to discuss the situation in the wider region (Annex Two): no.", "", "", false},
		{"The Secretary of State for Foreign, Commonwealth and Development Affairs (spoke in French): no.", "", "", false},
		{"The Secretary of State for Foreign, Commonwealth and Development Affairs, who (Ann Lee): no.", "", "", false},
		{"The Secretary of State for Foreign, Commonwealth and Development Affairs, who said): no.", "", "", false},
	}
	for _, tt := range tests {
		label, rest, ok := cutLabel(tt.line)
		if label != tt.label || rest != tt.rest || ok != tt.ok {
			t.Errorf("cutLabel(%q) = %q, %q, %v", tt.line, label, rest, ok)
		}
	}
}

func TestOfficeLabel(t *testing.T) {
	tests := []struct {
		label, office, holder string
		ok                    bool
	}{
		{"The Prime Minister (Keir Starmer)", "The Prime Minister", "Keir Starmer", true},
		{"The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Catherine West)",
			"The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs", "Catherine West", true},
		{"The Chancellor of the Exchequer (Ms Rachel Reeves)", "The Chancellor of the Exchequer", "Ms Rachel Reeves", true},
		{"The President (Mr. Osei)", "The President", "Mr. Osei", true},
		{"The President (Russian Federation)", "The President", "Russian Federation", true}, // a place: the attributor's to tell
		{"The President (spoke in French)", "", "", false},
		{"The President (Osei)", "", "", false},                               // one word: an acronym or a place, as often as a name
		{"The President (Mr Kwame Osei Mensah Junior Second)", "", "", false}, // six
		{"The President (Room 12)", "", "", false},
		{"Mr. Nebenzia (Russian Federation)", "", "", false}, // a name, not an office
		{"The President", "", "", false},
		{"The president (Mr. Osei)", "", "", false},
		{"The One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen (Ann Lee)",
			"The One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen", "Ann Lee", true},
		{"The One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen (Ann Lee)", "", "", false},
		{"The Minister; of State (Ann Lee)", "", "", false},
		{"The Minister of State)", "", "", false},
		{"The (Ann Lee)", "", "", false},
	}
	for _, tt := range tests {
		office, holder, ok := officeLabel(tt.label)
		if office != tt.office || holder != tt.holder || ok != tt.ok {
			t.Errorf("officeLabel(%q) = %q, %q, %v; want %q, %q, %v", tt.label, office, holder, ok, tt.office, tt.holder, tt.ok)
		}
	}
}

// cutLabelByFields is cutLabel as it was before it read ASCII names
// without an iterator (issue #6), with the printed interview's "Q." and
// "A." and the Congressional Record's labels since: the rule
// TestCutLabelRandom holds it to (its lines have no time codes and no
// bold).
func cutLabelByFields(line string) (label, rest string, ok bool) {
	if label, rest, ok := recordLabel(line); ok {
		return label, rest, true
	}
	if n := leadingNumber(line); n > 0 {
		if label, rest, ok := cutLabelByFields(line[n:]); ok && strings.Contains(label, "(") {
			return label, rest, true
		}
	}
	if len(line) > 3 && line[0] == 'Q' && (strings.HasPrefix(line[1:], "  ") || line[1] == '\t') {
		return "Q", strings.TrimSpace(line[1:]), true
	}
	if len(line) > 3 && (line[0] == 'Q' || line[0] == 'A') && line[1] == '.' && line[2] == ' ' {
		return line[:1], strings.TrimSpace(line[3:]), true
	}
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon > 80 {
		return "", "", false
	}
	label = strings.TrimSpace(line[:colon])
	rest = strings.TrimSpace(line[colon+1:])
	name := label
	if open := strings.IndexByte(label, '('); open > 0 && strings.HasSuffix(label, ")") {
		name = strings.TrimSpace(label[:open])
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n++; n > 6 {
			return "", "", false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case w == "of" || w == "the" || w == "de" || w == "al" || w == "bin" || w == "van" || w == "von":
		default:
			return "", "", false
		}
		if strings.ContainsAny(strings.TrimSuffix(w, "."), ",;!?\"“”«»") {
			return "", "", false
		}
	}
	if n == 0 {
		return "", "", false
	}
	return label, rest, true
}

// TestCutLabelRandom compares cutLabel with cutLabelByFields on random
// lines of label words, spaces ASCII or not, punctuation and colons.
func TestCutLabelRandom(t *testing.T) {
	parts := []string{"Mao ", "Ning", "MR ", "of ", "the ", "al-", "Mr.", " ", "  ", "\t", "\u00a0", "\u2003", ":", ": ",
		"(Russian Federation)", "(", ")", ",", ";", "!", "?", "\"", "“", "»", ".", "said ", "Émile ", "élan ", "x",
		"Q", "Q  ", "Q\t", strings.Repeat("Long ", 20)}
	rng := rand.New(rand.NewPCG(6, 10))
	for range 50000 {
		line := randomText(rng, parts, 12)
		l1, r1, ok1 := cutLabel(line)
		l2, r2, ok2 := cutLabelByFields(line)
		if l1 != l2 || r1 != r2 || ok1 != ok2 {
			t.Fatalf("cutLabel(%q) = %q, %q, %v; want %q, %q, %v", line, l1, r1, ok1, l2, r2, ok2)
		}
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	toks, src := tokenize("China’s “no-limits” U.S. ties, win-win!")
	for _, tk := range toks {
		got = append(got, tk.lower(src))
	}
	want := "china's|“|no-limits|”|u.s|.|ties|,|win-win|!"
	if strings.Join(got, "|") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestTokenForms checks each token's written and lower-case forms, which
// are offsets into a store (issue #6: a token is 24 bytes, with no
// pointer), with and without a builder for the store, and after
// stripPossessive.
func TestTokenForms(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 24 {
		t.Errorf("a token is %d bytes, want at most 24", n)
	}
	// The collector does not scan an array of tokens when they hold no
	// pointer (issue #6).
	tt := reflect.TypeFor[token]()
	for i := range tt.NumField() {
		switch f := tt.Field(i); f.Type.Kind() {
		case reflect.Bool, reflect.Int32, reflect.Uint32, reflect.Uint8:
		default:
			t.Errorf("token field %s is a %s, which may hold a pointer", f.Name, f.Type)
		}
	}
	const s = "China’s NATO, détente; Émile minister’s iPhone."
	want := "China’s/china's NATO/nato ,/, détente/détente ;/; Émile/émile minister’s/minister's iPhone/iphone ./."
	var store strings.Builder
	toks1, src1 := tokenize(s)
	toks2, src2 := appendTokens(nil, s, &store)
	for k, toks := range [][]token{toks1, toks2} {
		src := []string{src1, src2}[k]
		var got []string
		for _, tk := range toks {
			got = append(got, tk.text(src)+"/"+tk.lower(src))
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("forms %q, want %q", g, want)
		}
		var stripped []string
		for _, tk := range toks {
			tk = stripPossessive(src, tk)
			stripped = append(stripped, tk.text(src)+"/"+tk.lower(src))
		}
		wantStripped := "China/china NATO/nato ,/, détente/détente ;/; Émile/émile minister/minister iPhone/iphone ./."
		if g := strings.Join(stripped, " "); g != wantStripped {
			t.Errorf("stripped forms %q, want %q", g, wantStripped)
		}
	}
}

// TestTokenizeParagraphs checks that the paragraphs' tokens, in order,
// are the tokens of the whole document, which the reading of speaker
// countries relies on to tokenize a document once (issue #6).
func TestTokenizeParagraphs(t *testing.T) {
	for _, doc := range []string{
		"",
		"One line.",
		"Hard-wrapped text that goes\non over lines, win-\nwin and U.S.\n\nNext paragraph.",
		"MR MILLER: Good afternoon.\nQ: A question?\n  Indented   line\t with tabs.\n",
		"Words\u00a0with no-break\u2003spaces.\r\nCRLF line ends.\rLone CR.",
		"al-Sisi’s remarks—“quoted”—ended…\n\n\n\nAfter blank lines: Émile Ørsted said.",
		// Words of 8 bytes and of 9, again and capitalized; enough
		// distinct short words that the set of them grows (see wordKeys).
		"abcdefgh abcdefghi abcdefgh détente détente Abcdefgh. " + manyWords(3000) + "\n\n" + manyWords(3000),
		// Capitalized words again and again, of up to 8 bytes and more,
		// whose forms the tokenizer makes once (formCache), and words
		// that are not normal but no name words.
		strings.Repeat("China and Xi, CHINA’s Abcdefgh Abcdefghi al-Sisi iPhone eBay É Zz. ", 40) + "\n\n" +
			strings.ToUpper(manyWords(600)) + strings.ToUpper(manyWords(600)),
		// Words of 9 to 16 bytes again and again, enough distinct ones
		// that the set of them grows (see pairKeys), words of one
		// repeated letter that differ only in length, and long words
		// at the end of a paragraph, where no eight bytes follow.
		manyLongWords(1000) + manyLongWords(1000) + "\n\n" +
			"aaaaaaaaa aaaaaaaaaa aaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaa aaaaaaaaa aaaaaaaaaaaaaaaa\n\n" +
			"longwordxyz longwordayz longwordxaz longwordxya longwordxyzzzzza longwordbyzzzzza\n\n" +
			"the statement concluded\n\nnegotiations negotiations",
	} {
		norm := Normalize(doc)
		paras := splitParagraphs(norm)
		got := tokenizeParagraphs(paras, len(norm))
		want, src := tokenize(norm)
		if len(got) != len(want) {
			t.Errorf("%q: %d tokens, want %d", doc, len(got), len(want))
			continue
		}
		for i := range got {
			if g, w := got[i], want[i]; !sameForms(g, paras[0].src, w, src) {
				t.Errorf("%q: token %d is %+v, want %+v", doc, i, g, w)
			}
		}
		n := 0
		for _, p := range paras {
			for _, tk := range p.toks {
				if p.text[tk.start:tk.end] != tk.text(p.src) {
					t.Errorf("%q: token %q at %d:%d of paragraph %q", doc, tk.text(p.src), tk.start, tk.end, p.text)
				}
			}
			n += len(p.toks)
		}
		if n != len(got) {
			t.Errorf("%q: paragraphs hold %d tokens, want %d", doc, n, len(got))
		}
		// With no room made in advance, the array grows, and moves,
		// while the paragraphs are tokenized: their tokens are still
		// views of the array returned.
		all := tokenizeParagraphsInto(nil, paras, 0, nil)
		n = 0
		for i, p := range paras {
			if len(p.toks) > 0 && &p.toks[0] != &all[n] {
				t.Errorf("%q: the tokens of paragraph %d are not a view of the array returned", doc, i)
			}
			n += len(p.toks)
		}
		// The words in lower case, recorded while tokenizing (issue #6).
		st := &docState{lowered: map[string]bool{}}
		tokenizeParagraphsInto(nil, splitParagraphs(norm), len(norm), st)
		lowered := st.lowered
		want2 := map[string]bool{}
		for _, tk := range want {
			if tk.word && !isNameWord(tk) {
				want2[tk.lower(src)] = true
			}
		}
		if !maps.Equal(lowered, want2) {
			t.Errorf("%q: lower-case words %v, want %v", doc, lowered, want2)
		}
	}
}

// manyWords returns n distinct short words in lower case, from "a0".
func manyWords(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%c%d ", 'a'+i%26, i)
	}
	return b.String()
}

// manyLongWords returns n distinct words of 10 to 13 bytes in lower case,
// from "longworda0".
func manyLongWords(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "longword%c%d ", 'a'+i%26, i)
	}
	return b.String()
}

// TestFormCache checks that a formCache gives back the offsets of the
// forms added to it, and none for a word it was not given, while it
// grows, for words of up to 8 bytes and of 9 to 16.
func TestFormCache(t *testing.T) {
	var c formCache
	words := strings.Fields(strings.ToUpper(manyWords(1500) + manyLongWords(1500) + "Aaaaaaaa Aaaaaaaaa Aaaaaaaaaa"))
	for i, w := range words {
		k1, k2 := formKeys(w)
		if got, ok := c.get(k1, k2); ok {
			t.Fatalf("get(%q) = %d before add", w, got)
		}
		c.add(k1, k2, uint32(10*i))
		for _, j := range []int{0, i / 2, i} {
			k1, k2 := formKeys(words[j])
			if got, ok := c.get(k1, k2); !ok || got != uint32(10*j) {
				t.Fatalf("after adding %q: get(%q) = %d, %v, want %d", w, words[j], got, ok, 10*j)
			}
		}
	}
}

// formKeys returns the keys of a word of at most 16 bytes in a
// formCache: packWord's and 0, or packLong's.
func formKeys(w string) (k1, k2 uint64) {
	if k, ok := packWord(w); ok {
		return k, 0
	}
	k1, k2, _ = packLong(w)
	return k1, k2
}

// TestWordKeys checks that a wordKeys set tells a new word from one it
// holds, as a map does, while it grows, and which words packWord packs.
func TestWordKeys(t *testing.T) {
	var set wordKeys
	seen := map[string]bool{}
	words := strings.Fields(manyWords(5000) + manyWords(5000) + "é ée aaaaaaaa aaaaaaab b aaaaaaa")
	for _, w := range words {
		k, ok := packWord(w)
		if !ok {
			t.Fatalf("packWord(%q) not ok", w)
		}
		if got := set.add(k); got != !seen[w] {
			t.Fatalf("add(%q) = %v, want %v", w, got, !seen[w])
		}
		seen[w] = true
	}
	if set.n != len(seen) {
		t.Errorf("set holds %d keys, want %d", set.n, len(seen))
	}
	for _, tc := range []struct {
		w    string
		want uint64
		ok   bool
	}{
		{"a", 'a', true},
		{"ab", 'a' | 'b'<<8, true},
		{"abcdefgh", 0x6867666564636261, true},
		{"abcdefghi", 0, false},
		{"é", 0xa9c3, true},
	} {
		if k, ok := packWord(tc.w); k != tc.want || ok != tc.ok {
			t.Errorf("packWord(%q) = %#x, %v; want %#x, %v", tc.w, k, ok, tc.want, tc.ok)
		}
	}
}

// TestPairKeys checks that a pairKeys set tells a new word from one it
// holds, as a map does, while it grows, and which words packLong packs.
func TestPairKeys(t *testing.T) {
	var set pairKeys
	seen := map[string]bool{}
	words := strings.Fields(manyLongWords(3000) + manyLongWords(3000) +
		"aaaaaaaaa aaaaaaaaaa aaaaaaaaaaaaaaaa aaaaaaaaa négociation négociations")
	for _, w := range words {
		k1, k2, ok := packLong(w)
		if !ok {
			t.Fatalf("packLong(%q) not ok", w)
		}
		if got := set.add(k1, k2); got != !seen[w] {
			t.Fatalf("add(%q) = %v, want %v", w, got, !seen[w])
		}
		if !set.holdsAtFirst(k1, k2) && set.add(k1, k2) {
			t.Fatalf("after add(%q), the set does not hold it", w)
		}
		seen[w] = true
	}
	if set.n != len(seen) {
		t.Errorf("set holds %d pairs, want %d", set.n, len(seen))
	}
	for _, tc := range []struct {
		w      string
		k1, k2 uint64
		ok     bool
	}{
		{"abcdefgh", 0, 0, false},
		{"abcdefghi", 0x6867666564636261, 'i', true},
		{"abcdefghijklmnop", 0x6867666564636261, 0x706f6e6d6c6b6a69, true},
		{"abcdefghijklmnopq", 0, 0, false},
	} {
		if k1, k2, ok := packLong(tc.w); k1 != tc.k1 || k2 != tc.k2 || ok != tc.ok {
			t.Errorf("packLong(%q) = %#x, %#x, %v; want %#x, %#x, %v", tc.w, k1, k2, ok, tc.k1, tc.k2, tc.ok)
		}
	}
}

// TestParagraphSpan checks which texts a paragraph gives the tokens of
// (issue #6: scoring reads them instead of tokenizing a statement again),
// and that they are the tokens tokenizing the text gives.
func TestParagraphSpan(t *testing.T) {
	const text = "“We seek win-win ties,” the U.S. envoy said of Russia’s offer…"
	p := paragraph{index: 1, text: text}
	p.toks, p.src = tokenize(p.text)
	for _, tc := range []struct {
		name string
		span string // a span of text, or a copy of its bytes
		want string // the tokens, "|"-separated; "-" for none
	}{
		{"quotation", text[len("“"):strings.Index(text, ",")], "We|seek|win-win|ties"},
		{"with its comma", text[len("“"):strings.Index(text, "”")], "We|seek|win-win|ties|,"},
		{"to the end", text[strings.Index(text, "the U.S."):], "the|U.S|.|envoy|said|of|Russia’s|offer|…"},
		{"whole text", text, "“|We|seek|win-win|ties|,|”|the|U.S|.|envoy|said|of|Russia’s|offer|…"},
		{"after a space", text[strings.Index(text, " the"):strings.Index(text, " envoy")], "the|U.S|."},
		{"one punctuation mark", text[strings.Index(text, "”"):strings.Index(text, " the")], "”"},
		{"cuts a compound", text[len("“"):strings.Index(text, "-win")], "-"},
		{"starts inside a compound", text[strings.Index(text, "win ties"):strings.Index(text, ",")], "-"},
		{"before a period", text[strings.Index(text, "the"):strings.Index(text, ". envoy")], "the|U.S"},
		{"cuts an abbreviation", text[strings.Index(text, "the"):strings.Index(text, ".S.")], "-"},
		{"cuts a possessive", text[strings.Index(text, "of"):strings.Index(text, "’s")], "-"},
		{"cuts a rune", text[1:strings.Index(text, ",")], "-"},
		{"a copy", strings.Clone(text[len("“"):strings.Index(text, ",")]), "-"},
		{"empty", text[5:5], "-"},
	} {
		toks, ok := p.span(tc.span)
		got := "-"
		if ok {
			var texts []string
			for _, tk := range toks {
				texts = append(texts, tk.text(p.src))
			}
			got = strings.Join(texts, "|")
			want, src := tokenize(tc.span)
			if len(toks) != len(want) {
				t.Errorf("%s: %d tokens, tokenize gives %d", tc.name, len(toks), len(want))
				continue
			}
			for i := range want {
				if g, w := toks[i], want[i]; !sameForms(g, p.src, w, src) {
					t.Errorf("%s: token %d is %+v, want %+v", tc.name, i, g, w)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s: span(%q) = %s, want %s", tc.name, tc.span, got, tc.want)
		}
	}
}

// TestAnalyzeCount checks that AnalyzeCount counts paragraphs as
// CountParagraphs does, and statements, narration included, as Attribute
// finds them, which a batch of pieces numbers the next piece's with.
func TestAnalyzeCount(t *testing.T) {
	a, an := defaultAnalyzer(t)
	an = an.WithoutNarration()
	for _, doc := range []string{
		"",
		"One line.",
		"Hard-wrapped text that goes\non over lines.\n\nNext paragraph, \"quoted,\" Lavrov said.",
		"MR MILLER: Good afternoon.\nQ: A question?\nMR MILLER: An answer.\n",
		"\uFEFFWords.\r\nCRLF line ends.\rLone CR.\n\n\n\n",
	} {
		stmts, n := an.AnalyzeCount(doc)
		if want := CountParagraphs(doc); n.Paragraphs != want {
			t.Errorf("%q: %d paragraphs, want %d", doc, n.Paragraphs, want)
		}
		if want := len(a.Attribute(doc)); n.Statements != want {
			t.Errorf("%q: %d statements, want %d", doc, n.Statements, want)
		}
		if got := an.Analyze(doc); !slices.EqualFunc(got, stmts, func(x, y Scored) bool { return x.Text == y.Text && x.Speaker == y.Speaker }) {
			t.Errorf("%q: AnalyzeCount's statements differ from Analyze's", doc)
		}
	}
}

// TestLabelTokens checks that labelTokens, which reuses a paragraph's
// tokens, gives the tokens of the label, a comma and the rest (issue #6).
func TestLabelTokens(t *testing.T) {
	for _, line := range []string{
		"Mao Ning: Good afternoon.",
		"Mao Ning : Good afternoon: welcome.",
		"MR MILLER: Good afternoon.",
		"Q: A question?",
		"Q    Mr. President, a question: why?",
		"Q  (inaudible): and then?",
		"Mr. Nebenzia (Russian Federation): We object.",
		"Mr. Volkov (Russian Federation) : We object.",
		"THE PRESIDENT: I give the floor.",
		"MR VOLKOV (Russian Federation): We object, Mr. President.",
	} {
		label, rest, ok := cutLabel(line)
		if !ok {
			t.Fatalf("%q: no label", line)
		}
		want, src := tokenize(strings.Split(label, "(")[0] + ", " + rest)
		if isAllCaps(strings.Split(label, "(")[0]) {
			want, src = tokenize(titleCase(strings.Split(label, "(")[0]) + ", " + rest)
		}
		p := paragraph{text: line}
		got, gsrc := labelTokens(&p, label, rest)
		var g, w []string
		for _, tk := range got {
			g = append(g, tk.text(gsrc)+"/"+tk.lower(gsrc))
		}
		for _, tk := range want {
			w = append(w, tk.text(src)+"/"+tk.lower(src))
		}
		if strings.Join(g, " ") != strings.Join(w, " ") {
			t.Errorf("%q: tokens %q, want %q", line, g, w)
		}
		// A turn reads the paragraph's tokens after the label.
		st := newDocState()
		turn := st.tokensFrom(p.tokens(), len(line)-len(rest))
		if want, wsrc := tokenize(rest); !sameTokens(turn, p.src, want, wsrc) {
			t.Errorf("%q: turn tokens %+v, want %+v", line, turn, want)
		}
	}
}

// TestSingleSpaced checks cleanTurn's fast path against what it stands
// for: a string that strings.Fields and a join with spaces leave alone.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2003b",
		"Thank you, Mr. President.", "é ü", "a\u200bb", " ", "\u00a0",
	} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
	// Eight bytes are read at a time (issue #6): each kind of byte at
	// each place of a text longer than two such words.
	for _, base := range []string{"Thank_you,_Mr._President!~", "Thank you, Mr. President, for the floor.", "a b c d e f g h i j k l m n o p"} {
		for _, ins := range []string{" ", "  ", "\t", "\n", "\x00", "\x1f", "!", "\x7f", "\u00a0", "\u0085", "é", "\u2003", "\xff"} {
			for i := 0; i <= len(base); i++ {
				s := base[:i] + ins + base[i:]
				want := strings.Join(strings.Fields(s), " ") == s
				if got := singleSpaced(s); got != want {
					t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestShiftAsIs checks that shiftAsIs, which reads a turn's tokens,
// answers as cleanTurn's first test does on its bytes, whether the turn
// starts its paragraph or follows a label (issue #6).
func TestShiftAsIs(t *testing.T) {
	for _, base := range []string{"", "Thank_you,_Mr._President!~", "Thank you, Mr. President, for the floor.", "a b c", "é ü", "(Laughter.) Go on."} {
		for _, ins := range []string{"", " ", "  ", "\t", "\n", "\x00", "\x1f", "!", "(", ")", "\x7f", "\u00a0", "\u0085", "é", "\u2003", "\u200b", "\xff", "’s"} {
			for i := 0; i <= len(base); i++ {
				s := base[:i] + ins + base[i:]
				want := strings.IndexByte(s, '(') < 0 && singleSpaced(s)
				if got := shiftAsIs(tokenizeOnly(s), 0, s); got != want {
					t.Errorf("shiftAsIs(%q) = %v, want %v", s, got, want)
				}
				const label = "MR. LI: "
				para, src := tokenize(label + s)
				toks, got := turnTokens(para, len(label), s)
				if got != want {
					t.Errorf("turnTokens(%q) = %v, want %v", label+s, got, want)
				}
				if want, wsrc := tokenize(s); !sameTokens(toks, src, want, wsrc) {
					t.Errorf("turnTokens(%q) tokens = %v, want %v", label+s, toks, want)
				}
				// Moved back, they are the paragraph's again.
				moveTokens(toks, int32(len(label)))
				if want, wsrc := tokenize(label + s); !sameTokens(para, src, want, wsrc) {
					t.Errorf("turnTokens(%q), then moveTokens: tokens %v, want %v", label+s, para, want)
				}
			}
		}
	}
}

func TestCleanTurn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Go ahead. (Laughter.) Next question.", "Go ahead. Next question."},
		{"(Via interpreter) Thank you.", "Thank you."},
		{"(Off-mike.)", ""},
		{"Ghana is concerned. (spoke in French) Nous appelons.", "Ghana is concerned. Nous appelons."},
		{"We spent $45 million (about 40 million euros) on aid.", "We spent $45 million (about 40 million euros) on aid."},
	}
	for _, tt := range tests {
		if got := cleanTurn(tt.in); got != tt.want {
			t.Errorf("cleanTurn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct{ in, rest string }{
		{"BEIJING (Reuters) – On Friday, Xi said.", "On Friday, Xi said."},
		{"NEW DELHI, Aug 22 (Demarche Wire) - India and Japan agreed.", "India and Japan agreed."},
		{"TAIPEI/BEIJING (Demarche Wire) – China’s military said.", "China’s military said."},
		{"Xi (left) – and Putin met.", "Xi (left) – and Putin met."},
		// A place and a dash, with no agency.
		{"RIYADH — Saudi Arabia's crown prince opened the summit.", "Saudi Arabia's crown prince opened the summit."},
		{"GENEVA, May 3 – Iran and the E3 met.", "Iran and the E3 met."},
		{"MR. OSEI – We welcome it.", "MR. OSEI – We welcome it."},
	}
	for _, tt := range tests {
		if got := tt.in[datelineEnd(tt.in):]; got != tt.rest {
			t.Errorf("after the dateline of %q: %q, want %q", tt.in, got, tt.rest)
		}
	}
}

func TestStripPossessive(t *testing.T) {
	for in, want := range map[string]string{"China’s": "China", "Russia's": "Russia", "ministers’": "ministers", "Xi": "Xi"} {
		toks, src := tokenize(in)
		tok := toks[0]
		if got := stripPossessive(src, tok); got.text(src) != want || got.lower(src) != strings.ToLower(want) {
			t.Errorf("stripPossessive(%q) = %q/%q, want %q", in, got.text(src), got.lower(src), want)
		}
	}
}

// TestCountParagraphs checks that paragraph counts of pieces cut at blank
// lines add up to the count of the whole (issue #5: large files are read
// in pieces).
func TestCountParagraphs(t *testing.T) {
	tests := []struct {
		doc  string
		want int
	}{
		{"", 0},
		{"\n\n  \n", 0},
		{"One.", 1},
		{"\uFEFFOne.\r\nTwo.\r\n\r\nThree", 3},
		{"wrapped line\ncontinues.\n\nQ: Yes?\nA: No.", 3},
	}
	for _, tt := range tests {
		if got := CountParagraphs(tt.doc); got != tt.want {
			t.Errorf("CountParagraphs(%q) = %d, want %d", tt.doc, got, tt.want)
		}
	}
	whole := "First.\nSecond line\nwraps.\n\nThird.\n  \nFourth."
	cut := strings.Index(whole, "\n\n") + 2
	if a, b := CountParagraphs(whole[:cut]), CountParagraphs(whole[cut:]); a+b != CountParagraphs(whole) {
		t.Errorf("pieces count %d+%d, whole %d", a, b, CountParagraphs(whole))
	}
}

func TestNormalizeInvisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lavrov\u200b said", "Lavrov said"},
		{"co\u00adoperation and zero\u200dwidth\u2060joins", "cooperation and zerowidthjoins"},
		{"bell\u0007 and nul\u0000 and esc\u001b[0m", "bell  and nul  and esc [0m"},
		{"tab\tand\nline", "tab\tand\nline"},
		{"mid\ufeffword", "midword"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStatementSpans checks, on the attribution gold documents, that the
// statements scoring reads from their paragraph's tokens get the tokens
// tokenizing their text gives, and that most of them can (issue #6).
func TestStatementSpans(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "*.txt"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("no gold documents: %v", err)
	}
	spans, all := 0, 0
	for _, path := range docs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		stmts, _, paras := a.attribute(Normalize(string(data)), "", new(docBuffers))
		for _, s := range stmts {
			all++
			toks, ok := paras[s.Paragraph-1].span(s.Text)
			if !ok {
				continue
			}
			spans++
			want, src := tokenize(s.Text)
			if len(toks) != len(want) {
				t.Errorf("%s: %q: %d tokens, tokenize gives %d", path, s.Text, len(toks), len(want))
				continue
			}
			for i := range want {
				if g, w := toks[i], want[i]; !sameForms(g, paras[s.Paragraph-1].src, w, src) {
					t.Errorf("%s: %q: token %d is %+v, want %+v", path, s.Text, i, g, w)
				}
			}
		}
	}
	if spans < all*8/10 {
		t.Errorf("%d of %d statements are spans of their paragraph, want at least 80%%", spans, all)
	}
	t.Logf("%d of %d statements are spans of their paragraph", spans, all)
}

// TestFirstAt checks the search for a sentence's first token from the
// end of the sentence before (issue #6), whatever the hint.
func TestFirstAt(t *testing.T) {
	text := "One two. Three four five six seven eight nine ten eleven twelve. Thirteen!"
	toks := tokenizeOnly(text)
	for off := 0; off <= len(text); off++ {
		want := len(toks)
		for i, tk := range toks {
			if int(tk.start) >= off {
				want = i
				break
			}
		}
		for hint := 0; hint <= len(toks); hint++ {
			if got := firstAt(toks, off, hint); got != want {
				t.Errorf("firstAt(off %d, hint %d) = %d, want %d", off, hint, got, want)
			}
		}
	}
	if got := firstAt(toks, strings.Index(text, "Three"), 3); got != 3 {
		t.Errorf("firstAt at %q = %d, want 3", "Three", got)
	}
}

// TestHasInvisible checks hasInvisible against its definition,
// strings.IndexFunc(doc, isInvisible) >= 0, for every rune up to U+FFFF
// in a sentence, and on invalid UTF-8.
func TestHasInvisible(t *testing.T) {
	for r := rune(0); r <= 0xffff; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		doc := "Lavrov said" + string(r) + " today.\n"
		if got, want := hasInvisible(doc), strings.IndexFunc(doc, isInvisible) >= 0; got != want {
			t.Errorf("hasInvisible with %U = %v, want %v", r, got, want)
		}
	}
	for _, doc := range []string{"", "plain\ttext\n", "bad \xff byte", "del \x7f", "soft\u00adhyphen"} {
		if got, want := hasInvisible(doc), strings.IndexFunc(doc, isInvisible) >= 0; got != want {
			t.Errorf("hasInvisible(%q) = %v, want %v", doc, got, want)
		}
	}
}

// TestByteMasks checks the masks the scans read eight bytes at a time
// with: the first byte each marks is the first byte it should, on random
// bytes, and hasInvisible agrees with reading rune by rune.
func TestByteMasks(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 8))
	// Mostly bytes near the edges of what the masks mark.
	alphabet := []byte{0, 1, 0x1f, 0x20, 0x21, '"', '#', '.', '?', 'a', 0x7e, 0x7f, 0x80, 0xc3, 0xff, '\n', '\t'}
	for range 20000 {
		var b [8]byte
		for k := range b {
			if rng.IntN(3) == 0 {
				b[k] = byte(rng.IntN(256))
			} else {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		s := string(b[:])
		x := load8(s, 0)
		for _, tc := range []struct {
			name string
			mask uint64
			is   func(c byte) bool
		}{
			{"high", x & highBits, func(c byte) bool { return c >= 0x80 }},
			{"below 0x20", bytesBelow(x, 0x20), func(c byte) bool { return c < 0x20 }},
			{"below 0x80", bytesBelow(x, 0x80), func(c byte) bool { return c < 0x80 }},
			{"of '.'", bytesOf(x, '.'), func(c byte) bool { return c == '.' }},
			{"of 0", bytesOf(x, 0), func(c byte) bool { return c == 0 }},
			{"of 0x7f", bytesOf(x, 0x7f), func(c byte) bool { return c == 0x7f }},
			{"from 0x7f", bytesFrom(x, 0x7f), func(c byte) bool { return c >= 0x7f }},
			{"from 0x21", bytesFrom(x, 0x21), func(c byte) bool { return c >= 0x21 }},
			{"control or not ASCII", controlOrNonASCII(x), func(c byte) bool { return c < 0x20 || c >= 0x7f }},
			{"of '!', '\"' or '#'", bytesBelow(x^lowBits*0x23, 3), func(c byte) bool { return c == '!' || c == '"' || c == '#' }},
		} {
			want := -1
			for k, c := range b {
				if tc.is(c) {
					want = k
					break
				}
			}
			if want < 0 {
				if tc.mask != 0 {
					t.Fatalf("%s of %q: mask %#x, want 0", tc.name, s, tc.mask)
				}
			} else if tc.mask == 0 || firstByte(tc.mask) != want {
				t.Fatalf("%s of %q: mask %#x, want first byte %d", tc.name, s, tc.mask, want)
			}
		}
	}
	for range 5000 {
		s := randomText(rng, []string{"word ", "\n", "\t", "“", "\u200b", "\x01", "\x7f", "é", "\u00ad", "\ufeff", "x"}, 40)
		if got, want := hasInvisible(s), strings.IndexFunc(s, isInvisible) >= 0; got != want {
			t.Fatalf("hasInvisible(%q) = %v, want %v", s, got, want)
		}
		// controlOrNonASCIIFrom from every offset: the first byte it
		// stops at in the whole eight bytes from there, or the end of
		// those.
		for i := range len(s) + 1 {
			want := i + (len(s)-i)/8*8
			for k := i; k < want; k++ {
				if s[k] < ' ' || s[k] >= 0x7f {
					want = k
					break
				}
			}
			if got := controlOrNonASCIIFrom(s, i); got != want {
				t.Fatalf("controlOrNonASCIIFrom(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestWords checks that words counts the words tokenize finds, and
// wordsUpTo stops at its limit, on random text of letters, joiners,
// space and punctuation, ASCII or not.
func TestWords(t *testing.T) {
	parts := []string{"a", "Z", "7", "é", "中", "'", "’", "-", "‐", ".", " ", "\u00a0", ",", "“", "—", "\u0301", "\xff"}
	rng := rand.New(rand.NewPCG(6, 9))
	for range 20000 {
		s := randomText(rng, parts, 16)
		want := 0
		for _, tk := range tokenizeOnly(s) {
			if tk.word {
				want++
			}
		}
		if got := words(s); got != want {
			t.Fatalf("words(%q) = %d, want %d", s, got, want)
		}
		for limit := range 6 {
			if got := wordsUpTo(s, limit); got != min(want, limit) {
				t.Fatalf("wordsUpTo(%q, %d) = %d, want %d", s, limit, got, min(want, limit))
			}
		}
	}
}

// TestStartsNewSentence checks startsNewSentence, whose answer for one
// space and an ASCII byte skips the unicode tables (issue #6), against its
// definition on every byte after each space.
func TestStartsNewSentence(t *testing.T) {
	want := func(s string) bool {
		if s == "" {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(s); !unicode.IsSpace(r) {
			return false
		}
		rest := strings.TrimLeftFunc(s, unicode.IsSpace)
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“\"«(‘", r)
	}
	for _, space := range []string{"", " ", "  ", "\t", "\u00a0", "x"} {
		for c := range 256 {
			for _, after := range []string{"", "a", "A", "é", "É", "\u0085"} {
				s := "end." + space + string([]byte{byte(c)}) + after
				if got, w := startsNewSentence(s, 4), want(s[4:]); got != w {
					t.Errorf("startsNewSentence(%q, 4) = %v, want %v", s, got, w)
				}
			}
		}
		for _, r := range "“«‘”é\u0085É" {
			s := "end." + space + string(r)
			if got, w := startsNewSentence(s, 4), want(s[4:]); got != w {
				t.Errorf("startsNewSentence(%q, 4) = %v, want %v", s, got, w)
			}
		}
	}
}

// TestIsAbbreviation checks which periods end an abbreviation or an
// initial rather than a sentence.
func TestIsAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		text string // the period read is the first
		want bool
	}{
		{"Mr. Lavrov", true},
		{"MR. LAVROV", true},
		{"the U.S. envoy", true},
		{"Sept. 14", true},
		{"George W. Bush", true},
		{"Émile É. Ørsted", true},
		{"No. 2", true},
		{"said no. Then", false},
		{"said No. Then", false},
		{"in Russia. Then", false},
		{"Profs. Then", false},
		{"a w. b", false},
		{"État. Then", false},
		{"(Sept. 14", true},
		{"Xsept. 14", false},
		{"négociations. Then", false},
		{"ÉÉÉÉÉ. Then", false},
		// Eight bytes or more before the period, read at once when
		// the five before it are letters.
		{"he told Mr. Lavrov", true},
		{"the talks with the U.S. envoy", true},
		{"the reporter said no. Then", false},
		{"the reporter said No. 2", true},
		{"of the Lebanese army. Then", false},
		{"of the Lebanese arMY. Then", false},
		{"the meeting of Sept. 14", true},
		{"the meeting of XSept. 14", false},
		{"the meeting of 4Sept. 14", true},
		{"the meeting of [Sept. 14", true},
		{"the meeting of @Sept. 14", true},
		{"the meeting of `Sept. 14", true},
		{"the meeting of {Sept. 14", true},
		{"the meeting of ÉSept. 14", false},
		{"the meeting of Z@ept. 14", false},
		{"the meeting of Zé ept. 14", false},
	} {
		i := strings.IndexByte(tc.text, '.')
		if got := isAbbreviation(tc.text, i); got != tc.want {
			t.Errorf("isAbbreviation(%q, %d) = %v, want %v", tc.text, i, got, tc.want)
		}
	}
}

// TestAbbreviationLength guards isAbbreviation's shortcut: it answers no
// as soon as a word has five runes, which is right only while no
// abbreviation is longer.
func TestAbbreviationLength(t *testing.T) {
	for w := range abbreviations {
		if len(w) > 4 {
			t.Errorf("abbreviation %q is longer than four bytes: isAbbreviation's shortcut would miss it", w)
		}
	}
}

// TestFindQuotesOrder checks what newSentence relies on: the quotations
// findQuotes returns are in order, and each closes before the next opens.
func TestFindQuotesOrder(t *testing.T) {
	parts := []string{"a ", "“", "”", "«", "»", "„", "\"", " \"", "(\"", "x\" ", ". "}
	rng := rand.New(rand.NewPCG(6, 11))
	for range 20000 {
		text := randomText(rng, parts, 14)
		qs := findQuotes(text)
		for k, q := range qs {
			if q.open >= q.close || (k > 0 && qs[k-1].close >= q.open) {
				t.Fatalf("findQuotes(%q) = %+v: quotation %d out of order", text, qs, k)
			}
		}
	}
}

// randomText joins fewer than n parts drawn at random from parts, for
// tests that hold a fast scan to its definition.
func randomText(rng *rand.Rand, parts []string, n int) string {
	var b strings.Builder
	for range rng.IntN(n) {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// TestIsTranscript checks isTranscript, which counts the labels the name
// scan cut (issue #6), against its definition on every order of labelled
// and other paragraphs up to ten of them.
func TestIsTranscript(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n <= 10; n++ {
		for mask := 0; mask < 1<<n; mask++ {
			texts := make([]string, n)
			labels := 0
			for i := range texts {
				texts[i] = "The talks went on."
				if mask&(1<<i) != 0 {
					texts[i] = "MS LUND: The talks went on."
					labels++
				}
			}
			doc := strings.Join(texts, "\n\n")
			paras := splitParagraphs(doc)
			st := newDocState()
			tokenizeParagraphsInto(nil, paras, len(doc), st)
			a.scanNames(paras, st)
			if len(st.labels) != labels {
				t.Fatalf("%d paragraphs, labels %b: the name scan cut %d labels, want %d", n, mask, len(st.labels), labels)
			}
			want := labels >= 2 && 3*labels >= n
			if got := isTranscript(len(st.labels), len(paras)); got != want {
				t.Fatalf("%d paragraphs, labels %b: isTranscript = %v, want %v", n, mask, got, want)
			}
		}
	}
}

// TestTrimmed checks that trimmed, which spares sentence strings.TrimSpace
// (issue #6), answers true only for texts TrimSpace leaves as they are, and
// for those that start and end with a printable ASCII byte.
func TestTrimmed(t *testing.T) {
	for a := range 256 {
		for _, b := range []byte{0, '\t', ' ', '!', 'a', '.', 0x7e, 0x7f, 0x80, 0x85, 0xa0, 0xc2, 0xff} {
			for _, mid := range []string{"", "x", " said \u00a0it "} {
				s := string([]byte{byte(a)}) + mid + string([]byte{b})
				if got := trimmed(s); got && strings.TrimSpace(s) != s {
					t.Errorf("trimmed(%q) = true; TrimSpace gives %q", s, strings.TrimSpace(s))
				}
				if want := a > ' ' && a < 0x80 && b > ' ' && b < 0x80; trimmed(s) != want {
					t.Errorf("trimmed(%q) = %v, want %v", s, trimmed(s), want)
				}
			}
		}
	}
	if trimmed("") {
		t.Error(`trimmed("") = true, want false`)
	}
}

// TestJoinedTokens checks joinedTokens against tokenizing the text: for
// every statement of the transcripts below and of the attribution gold
// documents that is not a span of its paragraph, the tokens joined from
// the paragraphs, when joinedTokens gives them, are tokenize's, and some
// turns (cleaned of a stage direction inside them) are refused.
func TestJoinedTokens(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		"MS LUND: Good afternoon. I have three announcements.\n\nFirst, the talks in Geneva went well, and Brazil’s envoy agreed.\n\nSecond, we will meet again on Monday.\n\nQUESTION: Why now?\n\nMS LUND: Because (laughter) we can,\n\nand we will.\n\nQUESTION: Thank you.\n",
		"MR. OSEI: We welcome the resolution.\n\nIt is a step forward for the region.\n\n“Peace,” he said, “is near.”\n\nMR. VOLKOV (Russian Federation): We abstained.\n\nThe text was unbalanced.\n",
		// The cleaned second paragraph makes the first part look like
		// the paragraph's last words ("go go"): only the second's text
		// tells it is not joined as it stands.
		"MS LUND: go go go go go go go go\n\nYes. (Laughter.) Indeed.\n\nQUESTION: Why?\n",
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	joined, refused := 0, 0
	for di, doc := range docs {
		stmts, _, paras := a.attribute(Normalize(doc), "", new(docBuffers))
		for _, s := range stmts {
			p := s.Paragraph - 1
			if p < 0 || p >= len(paras) {
				continue
			}
			if _, ok := paras[p].span(s.Text); ok {
				continue
			}
			var buf []token
			got, ok := joinedTokens(&buf, paras[p:], s.Text)
			if !ok {
				refused++
				continue
			}
			joined++
			if want, wsrc := tokenize(s.Text); !sameTokens(got, paras[p].src, want, wsrc) {
				t.Errorf("doc %d, %q: joined tokens\n%v\nwant\n%v", di, s.Text, got, want)
			}
		}
	}
	if joined < 3 || refused == 0 {
		t.Errorf("%d turns joined, %d refused: the documents no longer have both", joined, refused)
	}
}
