package tone

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone/actor"
)

// Attributor splits documents into statements and attributes each to a
// speaker. Build one with [NewAttributor]; it is read-only afterwards and
// safe for concurrent use.
//
// It reads news reports sentence by sentence: a quotation that is the
// whole complement of a cue ("“…,” Xi said", "Lavrov said: “…”") is a
// direct statement; a cue with a subject ("Beijing warned that …",
// "…, the coast guard said", "according to Japan's defence ministry, …",
// "Japan's statement that …") is reported speech. Speaker-labelled
// transcripts ("Mao Ning:", "MR MILLER:", "Q:") are read turn by turn.
// What the words mean — cue verbs, cue nouns, titles, countries and their
// capitals and seats, descriptions of institutions, anonymous sources and
// news outlets — comes from the data files in data/.
type Attributor struct {
	// lex is the default lexicon, which says which words ending in
	// "-ly" are adverbs (see adverb).
	lex      *lexicon.Lexicon
	cues     *phraseSet
	cueNouns map[string]bool
	titles   *phraseSet
	// places maps a lower-case country name, alias, capital, seat or
	// demonym phrase to what it stands for as a speaker.
	places *phraseSet
	place  map[string]placeRef
	// words maps a lower-case description phrase to its kind.
	words   *phraseSet
	word    map[string]speakerWord
	outlets *phraseSet
	outlet  map[string]string // lower-case phrase -> name as listed
	// orgs holds the names and aliases of the organisations, groups,
	// courts and armed groups of the actor gazetteer, lower case; org
	// maps each to the organisation's name ("nato", "north atlantic
	// treaty organization" -> "NATO"), for subjects no other rule reads.
	orgs *phraseSet
	org  map[string]string
	// stateOf maps the lower-case name or alias of a person of the actor
	// gazetteer to the state they speak for ("mao ning" -> "China"): the
	// side a turn's speaker is on (see sideOf).
	stateOf map[string]string
	// offices maps the same names, and the family names of one person
	// only, to the offices the gazetteer lists them in ("putin" ->
	// head of state of Russia): whom "the Russian president" stands
	// for when the text gives the person no title (see heldOffice).
	offices map[string][]office
	// nonName holds the lower-case words of description phrases, cue
	// forms and titles: a capitalized run containing one is not a
	// person's name.
	nonName map[string]bool
	// descWords holds the lower-case words of titles and description
	// phrases: they may stand in a subject.
	descWords map[string]bool
	// demonymOf maps a canonical country name to its adjective.
	demonymOf map[string]string
	// notName holds the words that are never part of a person's name:
	// those of nonName, descriptions of things ("sea"), time words and
	// one-word places, so that personIn asks one map, not four.
	notName map[string]bool
	// starts holds the filters of cues' and words' first words
	// together, for sentenceNames.
	starts startFilter
}

// placeRef is what a place word stands for.
type placeRef struct {
	country string // canonical country name
	demonym string // the country's adjective, for institution names
	seat    string // readable institution name when the word is a seat ("Kremlin")
	isAdj   bool   // the word is a demonym ("Chinese"), not a name
}

// NewAttributor builds an attributor from the embedded data files.
func NewAttributor() (*Attributor, error) {
	countries, err := parseCountries(countriesTSV)
	if err != nil {
		return nil, err
	}
	words, err := parseSpeakers(speakersTSV)
	if err != nil {
		return nil, err
	}
	cues := cueForms(cuesTxt)
	titles := lines(titlesTxt)
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	a := &Attributor{
		lex:       lex,
		cues:      newPhraseSet(cues),
		cueNouns:  make(map[string]bool),
		titles:    newPhraseSet(titles),
		place:     make(map[string]placeRef, 6*len(countries)), // names, aliases, capitals, seats, demonyms
		word:      words,
		outlet:    make(map[string]string),
		nonName:   make(map[string]bool, len(words)+len(cues)+len(titles)), // about a word of each
		descWords: make(map[string]bool, len(words)+len(titles)),
		demonymOf: make(map[string]string),
	}
	for _, n := range lines(cueNounsTxt) {
		a.cueNouns[strings.TrimSpace(n)] = true
	}
	var phrases []string
	add := func(name string, ref placeRef) {
		key := strings.Join(lowerWords(name), " ")
		if key == "" {
			return
		}
		if _, dup := a.place[key]; dup {
			return
		}
		a.place[key] = ref
		phrases = append(phrases, key)
	}
	for _, c := range countries {
		a.demonymOf[c.name] = c.demonym
		ref := placeRef{country: c.name, demonym: c.demonym}
		add(c.name, ref)
		for _, s := range c.aliases {
			add(strings.TrimPrefix(s, "the "), ref)
		}
		for _, s := range c.capitals {
			add(s, ref)
		}
		for _, s := range c.seats {
			seat := strings.TrimPrefix(s, "the ")
			add(seat, placeRef{country: c.name, demonym: c.demonym, seat: seat})
		}
		for _, s := range c.demonyms {
			add(s, placeRef{country: c.name, demonym: c.demonym, isAdj: true})
		}
	}
	a.places = newPhraseSet(phrases)

	var wordPhrases []string
	for p, w := range words {
		wordPhrases = append(wordPhrases, p)
		if w.kind == kindThing || w.kind == kindJournalist {
			continue
		}
		for _, x := range strings.Fields(p) {
			if x == "states" || x == "and" {
				// Of "member states", but of "United States" too, which
				// a description word would cut in a heading ("The United
				// States and Japan" to "The United"); and "and" of
				// "Ministry of Foreign and Diaspora Affairs" joins more
				// than descriptions.
				continue
			}
			a.nonName[x] = true
			a.descWords[x] = true
		}
	}
	a.words = newPhraseSet(wordPhrases)
	for w := range a.cues.byFirst {
		a.starts.add(filterHash(w), 0)
	}
	for w := range a.words.byFirst {
		a.starts.add(filterHash(w), 1)
	}
	for k := range a.words.slots {
		if s := &a.words.slots[k]; s.phrases != nil {
			s.said = make([]speakerWord, len(s.texts))
			for j, text := range s.texts {
				s.said[j] = words[text]
			}
		}
	}
	for _, c := range cues {
		if !strings.Contains(c, " ") {
			a.nonName[c] = true
		}
	}
	for _, t := range titles {
		for _, x := range lowerWords(t) {
			a.nonName[x] = true
			a.descWords[x] = true
		}
	}
	var outlets []string
	for _, o := range lines(outletsTxt) {
		o = strings.TrimSpace(o)
		key := strings.Join(lowerWords(o), " ")
		if _, dup := a.outlet[key]; !dup {
			a.outlet[key] = o
			outlets = append(outlets, key)
		}
	}
	a.outlets = newPhraseSet(outlets)
	if err := a.readPeople(); err != nil {
		return nil, err
	}
	if err := a.readOrganisations(); err != nil {
		return nil, err
	}
	// Sized for all it gets, so that it grows no table on the way.
	a.notName = make(map[string]bool, len(a.nonName)+len(a.word)+len(timeWords)+len(a.place))
	for w := range a.nonName {
		a.notName[w] = true
	}
	for p, w := range a.word {
		if w.kind == kindThing {
			a.notName[p] = true
		}
	}
	for w := range timeWords {
		a.notName[w] = true
	}
	for p := range a.place {
		a.notName[p] = true
	}
	for _, w := range stateForms {
		a.notName[w] = true
	}
	return a, nil
}

// readOrganisations sets a.orgs and a.org from the actor gazetteer's
// organisations. Collectives ("the West", "NATO allies") are no one
// speaker; a form that starts with "the" ("the Alliance", "the Council")
// or holds a period ("E.U.") is left out: the first are ordinary words,
// the others are not read as one word. The file is read without the
// checks of actor.Parse, which its tests make: parsing it so cost 3.6 M
// instructions at each start, 0.7% of analyzing 2 MB (callgrind).
func (a *Attributor) readOrganisations() error {
	rows := lines(organisationsTSV)
	if len(rows) < 2 {
		return fmt.Errorf("embedded gazetteer: actors/organisations.tsv: no rows")
	}
	a.org = make(map[string]string, 3*len(rows))
	var phrases []string
	for _, row := range rows[1:] { // after the header
		f := strings.Split(row, "\t")
		if len(f) != 3 {
			return fmt.Errorf("embedded gazetteer: actors/organisations.tsv: %q has %d fields; want 3", row, len(f))
		}
		name := strings.TrimSpace(f[0])
		if actor.Kind(strings.TrimSpace(f[1])) == actor.Collective {
			continue
		}
		forms := []string{name}
		if aliases := strings.TrimSpace(f[2]); aliases != "" {
			forms = append(forms, strings.Split(aliases, "|")...)
		}
		for _, form := range forms {
			low := strings.ToLower(strings.TrimSpace(form))
			if strings.HasPrefix(low, "the ") || strings.Contains(low, ".") {
				continue
			}
			key := low
			if !plainWords(low) {
				key = strings.Join(lowerWords(low), " ")
			}
			if _, dup := a.org[key]; dup || key == "" {
				continue
			}
			a.org[key] = name
			phrases = append(phrases, key)
		}
	}
	a.orgs = newPhraseSet(phrases)
	return nil
}

// readPeople sets a.stateOf from the actor gazetteer's people, read as
// readOrganisations reads its organisations: without actor.Parse's
// checks, which its tests make.
func (a *Attributor) readPeople() error {
	rows := lines(peopleTSV)
	if len(rows) < 2 {
		return fmt.Errorf("embedded gazetteer: actors/people.tsv: no rows")
	}
	a.stateOf = make(map[string]string, 2*len(rows))
	a.offices = make(map[string][]office, 3*len(rows))
	// family maps a family name to the one person's name that has it,
	// or "" when two have it.
	family := make(map[string]string, len(rows))
	for _, row := range rows[1:] { // after the header
		name, rest, _ := strings.Cut(row, "\t")
		aliases, rest, _ := strings.Cut(rest, "\t")
		role, rest, _ := strings.Cut(rest, "\t")
		state, _, ok := strings.Cut(rest, "\t")
		if !ok || state == "" {
			return fmt.Errorf("embedded gazetteer: actors/people.tsv: %q has no state in its fourth field", row)
		}
		low := strings.ToLower(name)
		o := office{role: role, state: state}
		a.stateOf[low] = state
		a.addOffice(low, o)
		if k := strings.LastIndexByte(low, ' '); k > 0 {
			if who, seen := family[low[k+1:]]; !seen || who == low {
				family[low[k+1:]] = low
			} else {
				family[low[k+1:]] = ""
			}
		}
		for aliases != "" {
			var alias string
			alias, aliases, _ = strings.Cut(aliases, "|")
			a.stateOf[strings.ToLower(alias)] = state
			a.addOffice(strings.ToLower(alias), o)
		}
	}
	for fam, who := range family {
		if _, taken := a.offices[fam]; who != "" && !taken {
			a.offices[fam] = a.offices[who]
		}
	}
	return nil
}

// office is an office a person of the gazetteer holds or held: a role of
// people.tsv and the state it is of.
type office struct{ role, state string }

// addOffice adds o to the offices of the lower-case name, once.
func (a *Attributor) addOffice(name string, o office) {
	if !slices.Contains(a.offices[name], o) {
		a.offices[name] = append(a.offices[name], o)
	}
}

// heldOffice reports whether the person of the document with the given
// canonical name holds or held, by the actor gazetteer, the office a
// title names for state: "president" a head of state, "prime minister",
// "premier" and "chancellor" a head of government, "leader" either,
// "foreign minister" that.
func (a *Attributor) heldOffice(name, title, state string) bool {
	for _, o := range a.offices[strings.ToLower(name)] {
		if o.state != state {
			continue
		}
		switch title {
		case "president", "king", "queen", "emir", "sultan":
			if o.role == "head of state" || o.role == "head of state and government" {
				return true
			}
		case "prime minister", "premier", "chancellor":
			if o.role == "head of government" || o.role == "head of state and government" {
				return true
			}
		case "leader":
			if strings.HasPrefix(o.role, "head of ") {
				return true
			}
		case "foreign minister", "foreign secretary", "top diplomat":
			if o.role == "foreign minister" {
				return true
			}
		}
	}
	return false
}

// plainWords reports whether s is lower-case ASCII letters and digits in
// words one space apart, each a token as it stands: a phrase's key as
// lowerWords would give it, at no cost.
func plainWords(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' ' && s[i-1] != ' ') {
			return false
		}
	}
	return true
}

// stateForms are the words that name the form of a state in an office's
// title ("President of the Republic", "Chancellor of the Federation"):
// never a person's name.
var stateForms = []string{"republic", "federation", "kingdom", "confederation", "commonwealth", "principality", "emirate", "sultanate", "duchy"}

// lowerWords returns the lower-case word tokens of s.
func lowerWords(s string) []string {
	if n, ok := asciiWords(s); ok {
		// The tokenizer's rules have nothing to do but split at the
		// spaces. Start-up reads a few thousand phrases of the data
		// files, nearly all such, and tokenizing each cost ten times
		// more.
		if n == 0 {
			return nil
		}
		s = strings.ToLower(s)
		out := make([]string, 0, n)
		for i := 0; i < len(s); {
			for i < len(s) && s[i] == ' ' {
				i++
			}
			j := i
			for j < len(s) && s[j] != ' ' {
				j++
			}
			if j > i {
				out = append(out, s[i:j])
			}
			i = j
		}
		return out
	}
	return tokenWords(s)
}

// tokenWords returns the lower-case forms of the word tokens of s, as the
// tokenizer reads them: lowerWords' way when s is not plain ASCII words.
func tokenWords(s string) []string {
	var out []string
	toks, src := tokenize(s)
	for _, t := range toks {
		if t.word {
			out = append(out, t.lower(src))
		}
	}
	return out
}

// asciiWords reports whether s holds only ASCII letters, digits and
// spaces, and if so how many words the spaces part.
func asciiWords(s string) (words int, ok bool) {
	space := true // before s
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			space = true
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			if space {
				words++
			}
			space = false
		default:
			return 0, false
		}
	}
	return words, true
}

// MaxDocument is the length of the longest text [Attributor.Attribute],
// [Analyzer.Analyze] and [Scorer.Score] read at once, 512 MiB: the
// offsets of a document's words into what it keeps of them (its
// paragraphs, the forms of its words, its transcript labels read again:
// less than seven times the document) are 32 bits. Cut a longer text
// between paragraphs first, as the demarche command does (into pieces of
// 1 MiB).
const MaxDocument = 512 << 20

// Attribute splits doc into statements. Narration is included with kind
// Narration and an empty speaker, so callers can choose to show it; every
// statement's Index counts from 1 in document order. A text that holds
// several documents (see [Documents]) is read one document at a time,
// its statements and paragraphs numbered on from one document to the
// next. It panics when doc is longer than [MaxDocument].
func (a *Attributor) Attribute(doc string) []Statement {
	checkLength(len(doc))
	doc = Normalize(doc)
	docs := Documents(doc)
	if docs == nil {
		out, _, _ := a.attribute(doc, "", new(docBuffers))
		return out
	}
	var out []Statement
	var base Extent
	bufs := new(docBuffers)
	for _, d := range docs {
		stmts, _, paras := a.attribute(d, "", bufs)
		for _, s := range stmts {
			s.Index += base.Statements
			s.Paragraph += base.Paragraphs
			s.Document += base.Documents
			out = append(out, s)
		}
		base.Statements += len(stmts)
		base.Paragraphs += len(paras)
		base.Documents++
		bufs.reset()
	}
	return out
}

// attribute is Attribute for one normalized document (see [Normalize]);
// it also returns the document's tokens, for the reading of speaker
// countries that follows (see [affiliator]), and its paragraphs, whose
// tokens are views of them (see [paragraph.span]). The tokens,
// statements and mentions are written over bufs' arrays when they have
// room, and bufs is left holding the arrays used, for the caller to reset
// and hand to the next document. A document that is neither a transcript
// nor headed as a speech is read as a speech by speaker when speaker is
// not empty (see Analyzer.AnalyzeSpeech), else as news.
func (a *Attributor) attribute(doc, speaker string, bufs *docBuffers) ([]Statement, []token, []paragraph) {
	st := &bufs.state
	st.prepare(len(doc))
	paras := st.split(doc)
	// Room for the usual number of mentions (one every 71 bytes in the
	// generated corpus) and statements (one every 97), so that appending
	// seldom copies them: growing them one doubling at a time was a third
	// of what analyzing a long text allocated (issue #6).
	st.mentions = roomFor(bufs.mentions, len(doc)/64+8)
	toks := st.tokenize(roomFor(bufs.toks, len(doc)/5+16), paras, len(doc))
	heads := headlines(paras)
	if heads > 0 {
		st.unmarked = a.unmarkTitleCase(paras, heads, st.lowered, st.unmarked)
		defer func() { st.unmarked = remark(st.unmarked) }()
	}
	a.scanNames(paras, st)

	out := roomFor(bufs.stmts, len(doc)/90+8)
	if isTranscript(len(st.labels), len(paras)) {
		out = a.transcript(out, paras, st)
	} else if h, ok := a.speechHeading(paras, st); ok {
		out = a.speech(out, paras, h, st)
	} else if h, ok := a.communiqueHeading(paras); ok {
		out = a.speech(out, paras, h, st)
	} else if h, ok := a.conclusionsHeading(paras); ok {
		out = a.speech(out, paras, h, st)
	} else if h, ok := a.resolutionHeading(paras); ok {
		out = a.speech(out, paras, h, st)
	} else if speaker != "" {
		// A speech by the given speaker, unless a heading in the
		// possessive names another; its headline lines are narration.
		h, ok := a.possessiveHeading(paras, st)
		if !ok {
			h = speechHead{para: heads - 1, speaker: speaker}
		}
		out = a.speech(out, paras, h, st)
	} else if h, ok := a.possessiveSpeech(paras, st); ok {
		out = a.speech(out, paras, h, st)
	} else {
		// A news report's headline lines are the editor's, not a
		// statement: "Lavrov warns West" would be a second, shorter
		// reading of what the text reports him saying.
		for _, p := range paras[:heads] {
			out = append(out, Statement{Paragraph: p.index, Kind: Narration, Text: p.text})
		}
		for _, p := range paras[heads:] {
			out = a.paragraph(out, p, st)
		}
	}
	for i := range out {
		out[i].Index = i + 1
		out[i].Document = 1
	}
	bufs.toks, bufs.stmts, bufs.mentions = toks, out, st.mentions
	return out, toks, paras
}

// checkLength panics when a document of n bytes is longer than
// MaxDocument.
func checkLength(n int) {
	if n > MaxDocument {
		panic(fmt.Sprintf("tone: a document of %d bytes is longer than MaxDocument (%d): cut it between paragraphs", n, MaxDocument))
	}
}

// docBuffers holds the arrays that analyzing a document fills and drops
// when it is done: its tokens, statements and mentions, the tables and
// arrays of its state and of the reading of its speakers' countries, and
// the working memory of scoring its statements. A 1 MiB document's
// tokens alone take about 5.5 MB (some 230,000 of 24 bytes), which new
// arrays would have the runtime zero, and often fetch from the system
// again, for every document.
type docBuffers struct {
	toks     []token
	stmts    []Statement
	mentions []mention
	score    scoreBuf
	state    docState
	aff      affiliator
	// scored gathers the statements of a text of several documents (see
	// Analyzer.AnalyzeCount); empty and cleared between texts.
	scored []Scored
}

// reset clears the arrays' elements, so that they keep no text alive, and
// empties them. Tokens hold no pointer: theirs are left as they are.
func (b *docBuffers) reset() {
	clear(b.stmts)
	clear(b.mentions)
	b.toks, b.stmts, b.mentions = b.toks[:0], b.stmts[:0], b.mentions[:0]
	b.score.forget()
	b.state.empty()
	b.aff.empty()
}

// listMarks open the items of a list: a hyphen, a bullet, an asterisk, a
// dash, each followed by a space.
var listMarks = []string{"- ", "• ", "* ", "– ", "· ", "▪ "}

// listItem returns a line of a list without its mark, or false.
func listItem(line string) (string, bool) {
	line = strings.TrimSpace(line)
	// Most lines start with a letter: every mark starts with '-', '*' or
	// the first byte of a character beyond ASCII.
	if line == "" || line[0] != '-' && line[0] != '*' && line[0] < utf8.RuneSelf {
		return "", false
	}
	for _, m := range listMarks {
		if rest, ok := strings.CutPrefix(line, m); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// roomFor returns s emptied when it has room for n elements, else a new
// slice with room for an eighth more than n: the pieces of a long text
// differ in length by a few bytes, and each would otherwise find the
// arrays of the one before a little short.
func roomFor[E any](s []E, n int) []E {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]E, 0, n+n/8)
}

// paragraph reads one paragraph of news text and appends its statements
// to out.
func (a *Attributor) paragraph(out []Statement, p paragraph, st *docState) []Statement {
	st.para = p.index
	st.introduced = ""
	speaker, cue := st.listSpeaker, st.listCue
	st.listSpeaker, st.listCue = "", ""
	if item, ok := listItem(p.text); ok && speaker != "" {
		// An item of the list the paragraph before introduced ("- ;"
		// makes no point); the items after it are the speaker's too.
		if item = strings.TrimRight(item, ";, "); item != "" {
			out = append(out, Statement{Paragraph: p.index, Speaker: speaker, Kind: Reported, Cue: cue, Text: item})
			st.remember(speaker, false)
			st.floating = speaker
			st.listSpeaker, st.listCue = speaker, cue
			return out
		}
	}
	p.tokens()
	st.quoteBuf = appendQuotes(st.quoteBuf[:0], p.text)
	quotes := st.quoteBuf
	st.spanBuf = appendSentences(st.spanBuf[:0], p.text, quotes)
	attributed := ""
	for _, sp := range st.spanBuf {
		n := len(out)
		var intro string
		out, intro = a.sentence(out, &p, sp, quotes, st)
		for k := n; k < len(out); k++ {
			// Read in place: a Statement is large to copy.
			if s := &out[k]; s.Kind != Narration && s.Speaker != Unknown {
				attributed = s.Speaker
			}
		}
		if intro != "" && intro != Unknown {
			attributed = intro // the next paragraph's quotation is theirs
		}
	}
	// An uncued quotation in the next paragraph takes the speaker of this
	// one's last attributed statement; a paragraph with none ends the run.
	st.floating = attributed
	return out
}
