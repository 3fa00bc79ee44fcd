package tone

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceCtx is one sentence being read. newSentence sets or resets
// each field.
type sentenceCtx struct {
	p     paragraph
	sp    span
	toks  []token // the sentence's tokens; offsets index p.text
	src   string  // the store of toks (see token)
	inQ   []int   // for each token, the index in qs of the quotation holding it (marks included), or -1
	qs    []quote // the quotations that open in the sentence
	first []int   // for each quotation, the index of its opening mark's token
	last  []int   // for each quotation, the index of its last token
	// names are the mentions in the sentence, in order, with token
	// positions in namePos: pronouns and descriptions look back at them.
	names   []mention
	namePos []int
	st      *docState
	// subjPos is the token where the sentence's subject starts, or
	// -1, once subjFound: only a run naming a known person asks it
	// (subject), and most sentences have none.
	subjPos   int
	subjFound bool
	question  bool // the sentence asks a question: no reported speech; set only when it has cues
	// nextRun and nextDesc are the first tokens the runs and the
	// descriptions sentenceNames read have not passed: kept here, not
	// in its loop's variables, which it saves and loads around its
	// calls at each word.
	nextRun, nextDesc int
	// scanned finds the name scan's runs of the sentence once
	// scannedSet (see runNames).
	scanned    runCursor
	scannedSet bool
	// body is the byte offset where the sentence's own words start,
	// after a dateline, once bodyFound (see bodyStart): a paragraph's
	// first sentence reads the dateline only when asked.
	body      int
	bodyFound bool
	cues      []cueHit  // the sentence's cues, in memory reused from the sentence before
	mayCue    []cueAt   // the words that may start a cue, as sentenceNames finds them; memory reused likewise
	pend      []pending // the sentence's statements, in memory reused likewise
	end       int       // where toks ends in its paragraph's tokens
	// inQBuf is the memory of inQ for a sentence with quotations;
	// unquoted, all -1 and only read, is inQ's for one without.
	inQBuf, unquoted []int
}

// cueKind says what kind of expression attributes a statement.
type cueKind int

const (
	cueVerb      cueKind = iota + 1 // "said", "warned", "was quoted as saying"
	cueNoun                         // "statement" in "Japan's statement that"
	cueAccording                    // "according to"
)

// how says how a cue finds its speaker.
type how int

const (
	howNone        how = iota
	howSubject         // "Xi said", "Xi, on the other hand, made plain"
	howInverted        // "“…,” said Xi"
	howCoordinated     // "said … and called on …": the subject of the clause before
	howParticiple      // "…, adding that …": the subject of the clause it hangs on
)

// cueHit is a cue found in a sentence and what it attributes.
type cueHit struct {
	start, end int // tokens [start, end)
	kind       cueKind
	how        how
	speaker    speakerRef
	found      bool // speaker found
	subjStart  int  // first token of the subject (or of the clause before for coordinated cues)
	subjEnd    int  // just past the subject
	consumed   bool // the cue attributes a direct quotation
	appositive bool // the subject is an appositive ("Ghana's envoy, Kwabena Asante, said")
	// quotedAs is set for "as saying" after "quoted" or "cited", whose
	// token is quoted: the speaker is that verb's object, the one quoted
	// ("KCNA quoted Kim Yo Jong as saying"), not its subject.
	quotedAs bool
	quoted   int
	// quotedBy is set for the cue "quoted by … as saying" in apposition
	// ("Lavrov, quoted by TASS as saying"): the subject is before its
	// comma.
	quotedBy bool
}

// pending is a statement found in a sentence, with its byte offsets in
// the paragraph, before its text is cut.
type pending struct {
	Statement
	start, end int  // byte range of the text
	clause     int  // byte offset where its clause begins (the subject), for cutting the statement before it
	clauseTok  int  // token index of its cue
	person     bool // the speaker is a person
	fixed      bool // Text is final
	nounCue    bool // found by a cue noun, nested in the clause around it
}

// auxiliaries may stand between a subject and its cue, and mark the end
// of a clause inside a subject phrase.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"do": true, "does": true, "did": true, "not": true, "never": true, "n't": true,
	"also": true, "again": true, "then": true, "later": true, "earlier": true, "once": true,
	"further": true, "previously": true, "already": true, "always": true, "often": true,
	"however": true, "too": true, "now": true, "still": true, "first": true, "last": true,
	"today": true, "yesterday": true, "tonight": true, "afterwards": true, "since": true,
	"long": true, "just": true, "even": true, "both": true, "jointly": true,
	"nonetheless": true, "nevertheless": true, "meanwhile": true, "instead": true, "likewise": true,
	"thus": true, "therefore": true,
}

// modals before a cue make it an intention, not speech: "will
// announce", "would say".
var modals = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "'ll": true,
}

// beForms make a following past participle passive.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// timeNouns end a time phrase before a cue: "on Friday", "last week",
// "this morning".
var timeNouns = map[string]bool{
	"week": true, "month": true, "year": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "day": true, "weekend": true,
}

// prepositions open phrases that are not part of a subject or a
// statement's content.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "from": true, "with": true, "without": true,
	"to": true, "for": true, "of": true, "during": true, "after": true, "before": true,
	"near": true, "inside": true, "outside": true, "under": true, "over": true, "about": true,
	"through": true, "via": true, "across": true, "against": true, "among": true, "between": true,
	"despite": true, "like": true, "as": true, "following": true, "within": true, "into": true,
	"upon": true, "amid": true, "since": true, "until": true, "afterwards": true, "later": true,
	"earlier": true, "today": true, "yesterday": true, "tonight": true, "late": true,
}

// clauseWords open a clause inside a longer stretch of words: the subject
// of a cue comes after them.
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "what": true,
	"whether": true, "because": true, "if": true, "when": true, "where": true, "while": true,
	"as": true, "since": true, "although": true, "though": true, "whereas": true, "after": true,
	"before": true, "once": true, "unless": true, "until": true, "so": true,
}

// newSentence prepares a sentence of a paragraph; quotes are the
// paragraph's, as findQuotes returns them.
func (a *Attributor) newSentence(p *paragraph, sp span, quotes []quote, st *docState) *sentenceCtx {
	// One sentence is read at a time: its context reuses the memory of
	// the one before, which nothing keeps.
	// It is reset field by field: a new context built whole and copied
	// over it cost twice the instructions.
	sc := &st.sentence
	hint := sc.end // most often where this sentence's tokens start
	sc.p, sc.sp, sc.st, sc.body, sc.bodyFound = *p, sp, st, sp.start, sp.start != 0
	sc.qs, sc.names, sc.namePos = sc.qs[:0], sc.names[:0], sc.namePos[:0]
	sc.cues, sc.mayCue, sc.pend = sc.cues[:0], sc.mayCue[:0], sc.pend[:0]
	sc.subjPos, sc.subjFound, sc.question = 0, false, false
	// toks, end, inQ, first and last are set below; inQBuf and unquoted
	// are memory kept.
	all := p.tokens()
	sc.src = p.src
	lo := firstAt(all, sp.start, hint)
	// The sentence's tokens are read next anyway: walking to its end
	// costs less than a second search of the whole paragraph's.
	// The tokens start in order: when the fourth from hi starts before
	// the end, so do the three before it.
	hi := lo
	for hi+4 <= len(all) && int(all[hi+3].start) < sp.end {
		hi += 4
	}
	for hi < len(all) && int(all[hi].start) < sp.end {
		hi++
	}
	sc.toks, sc.end = all[lo:hi], hi
	for _, q := range quotes {
		if q.open >= sp.start && q.open < sp.end {
			sc.qs = append(sc.qs, q)
		}
	}
	sc.first = grow(sc.first, len(sc.qs))
	sc.last = grow(sc.last, len(sc.qs))
	for i := range sc.first {
		sc.first[i], sc.last[i] = -1, -1
	}
	if len(sc.qs) == 0 {
		// Most sentences have no quotation: all their tokens read -1,
		// from a run of them kept for such sentences and never written,
		// instead of a run written anew for each.
		if len(sc.unquoted) < len(sc.toks) {
			sc.unquoted = make([]int, max(len(sc.toks), 2*len(sc.unquoted)))
			for i := range sc.unquoted {
				sc.unquoted[i] = -1
			}
		}
		sc.inQ = sc.unquoted[:len(sc.toks)]
	} else {
		sc.inQBuf = grow(sc.inQBuf, len(sc.toks))
		sc.inQ = sc.inQBuf
	}
	// The quotations are findQuotes', in order, each closed before the
	// next opens (TestFindQuotesOrder): the tokens before a quotation's
	// opening mark are in none, those up to its closing mark in it.
	toks, inQ, i := sc.toks, sc.inQ[:len(sc.toks)], 0
	for qi, q := range sc.qs {
		for ; i < len(toks) && int(toks[i].start) < q.open; i++ {
			inQ[i] = -1
		}
		if i < len(toks) && int(toks[i].start) <= q.close {
			sc.first[qi] = i
			for ; i < len(toks) && int(toks[i].start) <= q.close; i++ {
				inQ[i] = qi
			}
			sc.last[qi] = i - 1
		}
	}
	for ; i < len(toks) && len(sc.qs) > 0; i++ {
		inQ[i] = -1
	}
	st.sent++
	a.sentenceNames(sc)
	return sc
}

// firstAt returns the index of the first of toks that starts at or after
// byte offset off. The sentences of a paragraph are read in order, so
// the search starts at hint, where the one before ended, when no token
// before hint starts at or after off; otherwise, or when off is far from
// hint, it searches.
func firstAt(toks []token, off, hint int) int {
	if off <= 0 {
		return 0 // a paragraph's first sentence, whose hint is the paragraph before's
	}
	if hint <= len(toks) && (hint == 0 || int(toks[hint-1].start) < off) {
		for i := hint; i < len(toks) && i < hint+8; i++ {
			if int(toks[i].start) >= off {
				return i
			}
		}
		if hint+8 >= len(toks) {
			return len(toks)
		}
	}
	return sort.Search(len(toks), func(i int) bool { return int(toks[i].start) >= off })
}

// subject returns sc.subjPos, finding it (subjectPos) the first time it
// is asked.
func (a *Attributor) subject(sc *sentenceCtx) int {
	if !sc.subjFound {
		sc.subjPos, sc.subjFound = a.subjectPos(sc), true
	}
	return sc.subjPos
}

// subjectPos is the first token of the sentence's first phrase that is
// not an adverbial ("On Friday, China's President Xi Jinping warned"), or
// -1.
func (a *Attributor) subjectPos(sc *sentenceCtx) int {
	src := sc.src
	toks := sc.toks
	inPhrase := func(k int) bool { return k < len(toks) && sc.inQ[k] < 0 && !isBoundary(src, &toks[k]) }
	for i := sentenceTok(sc); i < len(toks); {
		for i < len(toks) && (!toks[i].word || sc.inQ[i] >= 0) {
			i++
		}
		// toks[i] is a word outside quotations, so the phrase is not
		// empty, and isIntro reads only its first word: the phrase's end
		// is looked for only when it is an adverbial, to skip it.
		if i >= len(toks) {
			return -1
		}
		if !isIntro(src, toks[i:i+1]) {
			for inPhrase(i) && isDeterminer(toks[i].lower(src)) {
				i++
			}
			return i
		}
		for inPhrase(i) {
			i++
		}
		i++
	}
	return -1
}

// sentenceNames records the names of people, countries and bodies in the
// sentence, outside quotations, for pronouns and descriptions: the runs
// of name words, and the institutions described in lower case
// ("Indonesia's foreign ministry", "the Philippine coast guard"). One
// walk over the tokens reads both; a run and a description at the same
// token are recorded in that order. The same walk notes the words that
// may start a cue in sc.mayCue, for findCues: a second walk over the
// words cost more than these few tests in this one, which hash each
// word once for both filters.
func (a *Attributor) sentenceNames(sc *sentenceCtx) {
	src := sc.src
	toks := sc.toks
	// sc.nextRun and sc.nextDesc are the first tokens the runs and
	// the descriptions read so far have not passed.
	sc.nextRun, sc.nextDesc = 0, 0
	// The name scan read most runs already (runNames asks sc.scanned).
	sc.scannedSet = false
	// The words that may start a cue go to sc.mayCue, not to a local
	// slice: the loop keeps fewer variables, saved and loaded at each
	// word around its calls.
	sc.mayCue = sc.mayCue[:0]
	inQ := sc.inQ[:len(toks)]
	for i := range toks {
		t := &toks[i]
		if inQ[i] >= 0 || !t.word {
			continue
		}
		if t.name && i >= sc.nextRun { // isNameWordAt(toks, i)
			sc.nextRun = a.runNames(sc, i)
		}
		low := t.lower(src)
		h := filterHash(low)
		cue, desc := a.starts.at(h)
		// A possessive two tokens before "that" may stand before a cue
		// noun ("Japan's statement that"); else a word that starts a
		// cue may start one here. The cue's phrases are looked up now,
		// with the hash the filters take, for findCues.
		// ("’s" is "'s" in a lower-case form.)
		if isPossessive(low) && i+2 < len(toks) && toks[i+2].lower(src) == "that" {
			sc.mayCue = append(sc.mayCue, cueAt{i: i, possThat: true, slot: a.cues.lookup(low, h)})
		} else if cue {
			a.appendCue(sc, i, low, h)
		}
		// Most words start no description: the filter asks first, and
		// spares them the call.
		if desc && i >= sc.nextDesc {
			a.description(sc, i, low, h)
		}
	}
}

// appendCue appends sc.toks[i] to sc.mayCue if its word, low, whose
// filterHash is h, starts a cue.
func (a *Attributor) appendCue(sc *sentenceCtx, i int, low string, h uint32) {
	if s := a.cues.slotOf(low, h); s.phrases != nil {
		sc.mayCue = append(sc.mayCue, cueAt{i: i, slot: s})
	}
}

// description reads the description phrase that starts at sc.toks[i],
// whose word is low and its filterHash h, if any, recording the
// institution it describes (institutionAt) and setting sc.nextDesc to
// the first token after it.
func (a *Attributor) description(sc *sentenceCtx, i int, low string, h uint32) {
	src := sc.src
	s := a.words.slotOf(low, h)
	if s.phrases == nil {
		return
	}
	k := s.longest(src, sc.toks, i)
	if k < 0 {
		return
	}
	if s.said[k].kind == kindInstitution {
		a.institutionAt(sc, i, s.said[k])
	}
	sc.nextDesc = i + len(s.phrases[k])
}

// institutionAt records the institution described at toks[i] by a
// description phrase, w, if its country is told ("Indonesia's foreign
// ministry").
func (a *Attributor) institutionAt(sc *sentenceCtx, i int, w speakerWord) {
	src := sc.src
	toks := sc.toks
	var owner, pre []token
	if i > 0 && toks[i-1].word {
		if isPossessive(toks[i-1].lower(src)) {
			owner = []token{stripPossessive(src, toks[i-1])}
		} else if a.places.match(src, toks, i-1) > 0 {
			pre = toks[i-1 : i]
		}
	}
	if ref, ok := a.qualifier(src, owner, pre, nil); ok {
		adj := ref.demonym
		if adj == "" {
			adj = ref.country
		}
		sc.add(i, mention{name: sc.st.institution(adj, w.canonical), kind: mentionInst, head: w.canonical})
	}
}

// institution returns adj + " " + canonical, the name of a described
// institution ("Chinese foreign ministry"). A document names a few, many
// times each: each name is built once.
func (st *docState) institution(adj, canonical string) string {
	for _, n := range st.institutions {
		if n.adj == adj && n.canonical == canonical {
			return n.name
		}
	}
	name := adj + " " + canonical
	st.institutions = append(st.institutions, institutionName{adj, canonical, name})
	return name
}

// institutionName is a name institution built.
type institutionName struct {
	adj, canonical, name string
}

// runNames records the person, place or body the run of name words
// starting at sc.toks[i] names, if any, and returns the run's end.
func (a *Attributor) runNames(sc *sentenceCtx, i int) int {
	src := sc.src
	toks := sc.toks
	// The cursor over the name scan's runs is set at the sentence's
	// first run: most sentences have none.
	scanned := &sc.scanned
	if !sc.scannedSet {
		*scanned, sc.scannedSet = sc.st.runsOf(&sc.p, sc.end-len(toks)), true
	}
	// The name scan read most runs already: one that ended inside
	// this sentence is this run, and its name the same.
	var name []token
	j, known := -1, false
	var entry int32 // the index of the run's entry in docState.loneWords or longRuns
	if r, ok := scanned.at(i); ok && i+int(r.n) <= len(toks) {
		// The scan cut the run before "and"; a sentence does not
		// when the whole run is a place ("Trinidad and Tobago").
		j = i + int(r.n)
		if r.cut == r.n || !a.isPlace(src, toks[i:j]) {
			j = i + int(r.cut)
			name, known = toks[i+int(r.nameOff):i+int(r.nameOff)+int(r.nameLen)], true
			entry = r.entry - 1
		}
	} else {
		var k int
		j, k = runAnd(src, toks, i)
		if k > 0 && !a.isPlace(src, toks[i:j]) {
			j = i + k
		}
	}
	run := toks[i:j]
	lone := len(run) == 1
	if !known {
		// As person does, keeping the entry for the answers below.
		if lone {
			entry = sc.st.loneIndex(src, run)
			name, _ = a.lonePerson(src, run, sc.st, entry, false)
		} else {
			entry = a.longIndex(src, run, sc.st)
			name, _ = sc.st.longPerson(run, entry, false)
		}
	}
	full := ""
	switch {
	case len(name) == 0:
	case lone:
		full = sc.st.knownLone(src, name, entry)
		if full == "" && a.offices[name[0].lower(src)] != nil {
			// A person of the actor gazetteer by a name alone, first
			// met outside a subject: "Putin and Erdogan spoke", for
			// "the Russian president" after it.
			full = sc.st.personName(src, name)
		}
	default:
		full = sc.st.knownLong(src, name, entry)
	}
	if full != "" {
		for _, t := range run {
			sc.st.learnGender(full, t.lower(src))
		}
		sc.add(i, mention{name: full, kind: mentionPerson, subject: i == a.subject(sc)})
		return j
	}
	var m *mention // read in place: most runs here name no place or body
	if lone {
		m = a.lonePlace(src, run, sc.st, entry)
	} else {
		m = a.longPlace(src, run, sc.st, entry)
	}
	if m.kind != 0 {
		sc.add(i, *m)
	}
	return j
}

// placeOrBody returns the mention of the place or named body a run of
// name words stands for, a zero kind for none. What it finds is kept,
// per document, by the words as written ("China", "Kremlin", "The",
// "United Nations"): placeOf and namedBody read nothing of a token that
// does not follow from its text.
func (a *Attributor) placeOrBody(src string, run []token, st *docState) mention {
	if len(run) != 1 {
		return *a.longPlace(src, run, st, a.longIndex(src, run, st))
	}
	return *a.lonePlace(src, run, st, st.loneIndex(src, run))
}

// longPlace is placeOrBody for the run of several words run, whose entry
// in st.longRuns is k. The mention it returns is st's, valid until an
// entry is added.
func (a *Attributor) longPlace(src string, run []token, st *docState, k int32) *mention {
	if !st.longRuns[k].placed {
		m := a.findPlaceOrBody(src, run)
		st.longRuns[k].mention = m
		st.longRuns[k].placed = true
	}
	return &st.longRuns[k].mention
}

// lonePlace is placeOrBody for the run of one word run, whose entry in
// st.loneWords is k. The mention it returns is st's, valid until an
// entry is added.
func (a *Attributor) lonePlace(src string, run []token, st *docState, k int32) *mention {
	if st.loneWords[k].found&lonePlaced == 0 {
		m := a.findPlaceOrBody(src, run)
		st.loneWords[k].mention = m
		st.loneWords[k].found |= lonePlaced
	}
	return &st.loneWords[k].mention
}

// findPlaceOrBody is placeOrBody without the memory of lone words: a
// zero kind for none.
func (a *Attributor) findPlaceOrBody(src string, run []token) mention {
	if ref, ok := a.placeOf(src, run); ok {
		if ref.seat != "" {
			return mention{name: ref.seat, kind: mentionInst}
		}
		return mention{name: ref.country, kind: mentionCountry}
	}
	if name, head, ok := a.namedBody(src, run); ok {
		return mention{name: name, kind: mentionInst, head: head}
	}
	return mention{}
}

// add records a mention at token position pos.
func (sc *sentenceCtx) add(pos int, m mention) {
	m.sent = int32(sc.st.sent)
	// Most mentions are met in reading order: they go at the end.
	if n := len(sc.namePos); n == 0 || sc.namePos[n-1] <= pos {
		sc.names = append(sc.names, m)
		sc.namePos = append(sc.namePos, pos)
		return
	}
	k := sort.SearchInts(sc.namePos, pos+1)
	sc.names = append(sc.names, mention{})
	sc.namePos = append(sc.namePos, 0)
	copy(sc.names[k+1:], sc.names[k:])
	copy(sc.namePos[k+1:], sc.namePos[k:])
	sc.names[k], sc.namePos[k] = m, pos
}

// before returns the sentence's mentions before token position pos.
func (sc *sentenceCtx) before(pos int) []mention {
	k := sort.SearchInts(sc.namePos, pos)
	return sc.names[:k]
}

// sentence reads one sentence — its direct quotations, its reported
// speech, or else narration — and appends its statements to stmts. It
// also returns the speaker of a cue that ends the sentence with nothing
// reported ("David Lammy said:"), whose words are the quotation in the
// paragraph below (see paragraph), or "".
func (a *Attributor) sentence(stmts []Statement, p *paragraph, sp span, quotes []quote, st *docState) (_ []Statement, intro string) {
	sc := a.newSentence(p, sp, quotes, st)
	cues := sc.cues[:0]
	if len(sc.mayCue) > 0 { // most sentences have no word that may start a cue
		cues = a.findCues(sc)
	}
	if len(cues) > 0 {
		// Only a cue asks: most sentences have none.
		sc.question = asksQuestion(sc)
	}
	for i := range cues {
		a.resolveCue(sc, cues, i)
	}
	out := sc.pend[:0]
	// A sentence with no cue and no quotation, most of them, has no
	// statement to find: the calls that would find none are not made.
	if len(cues) > 0 || len(sc.qs) > 0 {
		out = a.reportedSpeech(sc, cues, a.directQuotes(sc, cues))
		slices.SortStableFunc(out, func(x, y pending) int { return cmp.Compare(x.start, y.start) })
		cutStatements(sc, out)
	}
	sc.pend = out

	if len(sc.names) > 0 {
		st.mentions = append(st.mentions, sc.names...)
	}
	st.introduced = ""
	if len(out) == 0 {
		for _, m := range sc.names {
			if m.subject && m.kind == mentionPerson {
				st.introduced = m.name
			}
		}
		text := p.text[sp.start:sp.end]
		if !trimmed(text) {
			text = strings.TrimSpace(text)
		}
		if n := len(sc.toks); n > 1 && sc.toks[n-1].text(sc.src) == ":" {
			// "The Government of Kenya:", a list below: the list's points
			// are the speaker's (see Attributor.paragraph).
			if ref, ok := a.resolveNP(sc.toks[sentenceTok(sc):n-1], sc, 0); ok && ref.name != Unknown && ref.kind != mentionPerson {
				st.listSpeaker, st.listCue = ref.name, text
			}
		}
		return append(stmts, Statement{Paragraph: p.index, Kind: Narration, Text: text}), ""
	}
	for _, s := range out {
		s.Paragraph = p.index
		st.remember(s.Speaker, s.person)
		if s.Speaker != Unknown {
			st.floating = s.Speaker
		}
		if s.Kind == Reported && len(s.Text) <= len(s.Cue)+2 && strings.TrimRight(s.Text, ":, ") == s.Cue {
			// "Foreign Secretary David Lammy said:", the quotation in
			// the paragraph below: that is the statement.
			intro = s.Speaker
			continue
		}
		stmts = append(stmts, s.Statement)
	}
	return stmts, intro
}

// asksQuestion reports whether the sentence asks a question: its last
// token outside quotations is a question mark (a period right after a
// quotation is passed over, with the quotation).
func asksQuestion(sc *sentenceCtx) bool {
	src := sc.src
	question := false
	for i := len(sc.toks) - 1; i >= 0; i-- {
		if sc.inQ[i] >= 0 {
			continue
		}
		question = sc.toks[i].text(src) == "?"
		if sc.toks[i].text(src) != "." || i == 0 || sc.inQ[i-1] < 0 {
			break
		}
	}
	return question
}

// findCues returns the cues of a sentence outside its quotations.
// The words findCues reads are those sentenceNames noted in sc.mayCue.
func (a *Attributor) findCues(sc *sentenceCtx) []cueHit {
	src := sc.src
	toks, inQ := sc.toks, sc.inQ
	out := sc.cues[:0]
	from := 0 // the first token a cue found so far has not passed
	for _, c := range sc.mayCue {
		i := c.i
		if i < from {
			continue
		}
		from = i + 1
		// "Japan's statement that …"
		if c.possThat && a.cueNouns[toks[i+1].lower(src)] && inQ[i+1] < 0 {
			out = append(out, cueHit{start: i + 1, end: i + 2, kind: cueNoun})
			from = i + 2
			continue
		}
		if c.slot == nil {
			continue
		}
		k := c.slot.longest(src, toks, i)
		if k < 0 {
			continue
		}
		n := len(c.slot.phrases[k])
		if anyQuoted(inQ[i:i+n]) || !a.verbUse(sc, i) {
			continue
		}
		c := cueHit{start: i, end: i + n, kind: cueVerb}
		switch toks[i].lower(src) {
		case "hope", "hopes", "hoped", "hoping":
			if i+n < len(toks) && toks[i+n].lower(src) == "to" {
				continue // "had hoped to sign": an intention, not speech
			}
		case "according":
			c.kind = cueAccording
		case "as":
			// "as saying" of no one quoted is none; nor is it after a
			// quoting verb that opens the text ("Quoting Wang Yi as
			// saying"), whose capital the name scan reads as part of the
			// name.
			if c.quoted = quotingVerb(sc, i); c.quoted > 0 {
				c.quotedAs = true
				break
			}
			// "Peskov was cited by RIA Novosti as saying": the passive's
			// subject is quoted, and the cue runs from its "was".
			b := passiveQuoting(sc, i)
			if b < 0 || len(out) > 0 && b < out[len(out)-1].end {
				continue
			}
			c.start = b
			c.quotedBy = b > 0 && toks[b-1].text(src) == ","
		}
		out = append(out, c)
		from = i + n
	}
	sc.cues = out
	return out
}

// quotingWord returns the token of the nearest "quoted", "cited",
// "quoting" or "citing" before the cue "as saying" at toks[i], within its
// clause and at most 20 tokens back, room for an appositive; or -1.
func quotingWord(sc *sentenceCtx, i int) int {
	src, toks := sc.src, sc.toks
	for k := i - 1; k >= max(0, i-20); k-- {
		t := &toks[k]
		if sc.inQ[k] >= 0 || !t.word && isBoundary(src, t) && t.text(src) != "," {
			return -1
		}
		switch t.lower(src) {
		case "quoted", "cited", "quoting", "citing":
			return k
		}
	}
	return -1
}

// quotingVerb returns the token of the quoting verb (see quotingWord)
// whose object the cue "as saying" at toks[i] attributes to: "Xinhua
// quoted Wang Yi as saying", "citing a senior official as saying". It
// returns -1 when there is none, or when the verb is passive ("was quoted
// by TASS as saying", which the cue "was quoted by" reads; see
// passiveQuoting) or is followed by "by" ("Lavrov, quoted by TASS as
// saying"): the one quoted is then the subject.
func quotingVerb(sc *sentenceCtx, i int) int {
	src, toks := sc.src, sc.toks
	k := quotingWord(sc, i)
	if k < 0 || k+1 >= i || toks[k+1].lower(src) == "by" || k > 0 && beForms[toks[k-1].lower(src)] {
		return -1
	}
	return k
}

// passiveQuoting returns where the cue "as saying" at toks[i] starts when
// it completes a passive quoting verb, or -1: at the form of "be" before
// "cited by" ("Peskov was cited by RIA Novosti as saying"; its "quoted" is
// read by the cue "was quoted by", and "cited by" alone, without "as
// saying", cites figures as often as people), or at "quoted" or "cited"
// after a comma, an appositive to the subject before it ("Lavrov, quoted
// by TASS as saying …, rejected …").
func passiveQuoting(sc *sentenceCtx, i int) int {
	src, toks := sc.src, sc.toks
	k := quotingWord(sc, i)
	if k < 1 || k+1 >= i || toks[k+1].lower(src) != "by" {
		return -1
	}
	w := toks[k].lower(src)
	if w == "cited" && beForms[toks[k-1].lower(src)] {
		return k - 1
	}
	if (w == "quoted" || w == "cited") && toks[k-1].text(src) == "," {
		return k
	}
	return -1
}

// cueAt is a word of a sentence, outside quotations, that may start a
// cue: toks[i] is a possessive two tokens before "that" (possThat), which
// may stand before a cue noun, or the first word of cues, slot's.
type cueAt struct {
	i        int
	possThat bool
	slot     *phraseSlot // the cues that start with toks[i]'s word, or nil
}

// verbUse reports whether the cue word at toks[i] is used as a verb: not
// inside a name ("United States", "State Department"), not a noun after a
// determiner ("a cautious welcome", "his remarks", "minister of state"),
// and as an -ing form only after a comma or an auxiliary ("…, adding",
// "is warning", not "a resolution calling for").
func (a *Attributor) verbUse(sc *sentenceCtx, i int) bool {
	src := sc.src
	toks := sc.toks
	first := i
	for first > 0 && !toks[first-1].word && sc.inQ[first-1] < 0 && (toks[first-1].text(src) == "(" || toks[first-1].text(src) == "–" || toks[first-1].text(src) == "—") {
		first--
	}
	if toks[i].capitalized() && i > 0 && first > 0 && i > sentenceTok(sc) {
		return false
	}
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	if prev.word && (nounDetFilter.mayHave(prev.lower(src)) && nounDeterminers[prev.lower(src)] || prev.lower(src) == "of") {
		return false
	}
	if prev.word && possessiveNoun(prev.lower(src)) {
		return false // "China's state media said": a noun, as after "its"
	}
	// The determiner two words back is asked first: it is rarely one,
	// and adjectiveLike tries a list and seven endings.
	if i > 1 && prev.word && toks[i-2].word && nounDetFilter.mayHave(toks[i-2].lower(src)) && nounDeterminers[toks[i-2].lower(src)] &&
		adjectiveLike(prev.lower(src)) && !a.nonName[prev.lower(src)] {
		return false
	}
	if isParticiple(src, toks[i]) && !(prev.text(src) == "," || prev.lower(src) == "by" || verbAux[prev.lower(src)]) {
		// "…, saying only: …" may have an adverb between.
		if !(prev.word && strings.HasSuffix(prev.lower(src), "ly") && i > 1 && toks[i-2].text(src) == ",") {
			return false
		}
	}
	return true
}

// bodyStart returns sc.body, the byte offset where the sentence's own
// words start, reading the paragraph's dateline (datelineEnd) the first
// time it is asked of a paragraph's first sentence.
func (sc *sentenceCtx) bodyStart() int {
	if !sc.bodyFound {
		sc.body, sc.bodyFound = datelineEnd(sc.p.text), true
	}
	return sc.body
}

// sentenceTok is the index of the first token of the sentence's own
// words, after a dateline.
func sentenceTok(sc *sentenceCtx) int {
	body := sc.bodyStart()
	for i, t := range sc.toks {
		if int(t.start) >= body {
			return i
		}
	}
	return 0
}

// saysNothing reports whether the cue that ends before toks[k] says
// nothing: "nothing" after it, then the sentence's end or what it is
// about ("said nothing about the sanctions", "said nothing further."),
// not a clause whose subject "nothing" is ("said nothing would change").
func saysNothing(sc *sentenceCtx, k int) bool {
	src, toks := sc.src, sc.toks
	if k >= len(toks) || toks[k].lower(src) != "nothing" {
		return false
	}
	if k+1 == len(toks) || !toks[k+1].word {
		return true
	}
	switch toks[k+1].lower(src) {
	case "about", "on", "of", "regarding", "concerning", "further", "more", "else", "new":
		return true
	}
	return false
}

// afterObject returns the token after the object of a cue "told" (or
// "tells"): one to three words, "reporters", "the BBC"; len(sc.toks)
// for another cue or none.
func afterObject(sc *sentenceCtx, c *cueHit) int {
	src, toks := sc.src, sc.toks
	switch toks[c.start].lower(src) {
	case "told", "tells", "tell":
	default:
		return len(toks)
	}
	for k := c.end + 1; k < len(toks) && k <= c.end+3 && toks[k-1].word; k++ {
		if toks[k].lower(src) == "nothing" {
			return k
		}
	}
	return len(toks)
}

// possessiveNoun reports whether a word in lower case is a noun's
// possessive ("china's", "ministers'"), which makes the cue word after it
// a noun, and not a pronoun's contraction of "is" or "has" ("he's said",
// "it's stated").
func possessiveNoun(w string) bool {
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "’s")
	}
	if !ok {
		return false
	}
	switch base {
	case "he", "she", "it", "that", "there", "who", "what", "here", "where", "let", "one":
		return false
	}
	return base != ""
}

// nounDeterminers before a cue word make it a noun: "the remarks", "a
// call", "his warning".
var nounDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "my": true, "this": true, "these": true, "those": true, "such": true,
	"no": true, "any": true, "every": true, "each": true,
}

// adjectiveLike reports whether a lower-case word is likely an adjective
// between a determiner and a noun: "a cautious welcome", "a warm
// welcome".
func adjectiveLike(w string) bool {
	switch w {
	case "warm", "cool", "cold", "frosty", "stern", "strong", "firm", "rare", "fresh", "new", "final",
		"clear", "blunt", "veiled", "similar", "separate", "stark", "formal", "public", "joint", "brief", "terse", "short", "long",
		"current", "present":
		return true
	}
	for _, suf := range []string{"ous", "ful", "ive", "est", "ic", "ed", "al"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func anyQuoted(q []int) bool {
	for _, x := range q {
		if x >= 0 {
			return true
		}
	}
	return false
}

// isParticiple reports whether a cue is an -ing form ("adding",
// "saying only").
func isParticiple(src string, t token) bool {
	return strings.HasSuffix(t.lower(src), "ing")
}

// resolveCue finds how cue i attributes and to whom.
func (a *Attributor) resolveCue(sc *sentenceCtx, cues []cueHit, i int) {
	src := sc.src
	c := &cues[i]
	toks := sc.toks
	switch c.kind {
	case cueNoun:
		// The possessive before the noun is the speaker.
		k := c.start - 1
		start := a.tailNP(sc, k)
		np := append([]token(nil), toks[start:k+1]...)
		np[len(np)-1] = stripPossessive(src, np[len(np)-1])
		if ref, ok := a.resolveNP(np, sc, start); ok {
			c.speaker, c.found, c.how = ref, true, howSubject
			c.subjStart, c.subjEnd = start, k+1
		}
		return
	case cueAccording:
		np, end := phraseAfter(toks, sc, c.end)
		if ref, ok := a.resolveNP(np, sc, c.end); ok && !ref.document {
			c.speaker, c.found, c.how = ref, true, howInverted
			c.subjStart, c.subjEnd = c.end, end
		}
		return
	}
	if sc.question {
		return
	}
	if c.quotedAs {
		// "KCNA quoted Kim Yo Jong, the leader's sister, as saying": the
		// one quoted, up to an appositive's comma.
		end := c.start
		for k := c.quoted + 1; k < c.start; k++ {
			if !toks[k].word && toks[k].text(src) == "," {
				end = k
				break
			}
		}
		if ref, ok := a.resolveNP(toks[c.quoted+1:end], sc, c.quoted+1); ok {
			c.speaker, c.found, c.how = ref, true, howSubject
			c.subjStart, c.subjEnd = c.quoted+1, end
		}
		return
	}
	if saysNothing(sc, c.end) || saysNothing(sc, afterObject(sc, c)) {
		return // "said nothing about the sanctions", "told reporters nothing new" are no statement
	}
	j := c.start - 1
	for j >= 0 && toks[j].word && strings.HasSuffix(toks[j].lower(src), "ly") && !toks[j].capitalized() {
		j--
	}
	// beForms are auxiliaries, which beforeCue holds.
	if j >= 0 && toks[j].word && beforeCue.mayHave(toks[j].lower(src)) && beForms[toks[j].lower(src)] && !isParticiple(src, toks[c.start]) {
		return // passive: "was told", "it was reported": the subject is not the speaker
	}
	j = c.start - 1
	if j > 0 && toks[j].lower(src) == "to" && toks[j-1].lower(src) == "used" {
		j -= 2 // "used to say"
	}
	// Auxiliaries, adverbs and time phrases: "has officially", "on
	// Friday", "last week".
	for j >= 0 && sc.inQ[j] < 0 && toks[j].word {
		w := toks[j].lower(src)
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
			return // a denial of speech is not speech: "did not comment"
		}
		listed := beforeCue.mayHave(w) // false: in none of the maps below
		if listed && modals[w] {
			return // "China will maintain its position" is not speech
		}
		if listed && auxiliaries[w] || (strings.HasSuffix(w, "ly") && !toks[j].capitalized()) {
			j--
			continue
		}
		if w == "past" && j >= 2 && toks[j-1].lower(src) == "the" && toks[j-2].lower(src) == "in" {
			j -= 3 // "have in the past said"
			continue
		}
		if listed && (timeNouns[w] || timeWords[w]) {
			k := j - 1
			for k >= 0 && toks[k].word && (timeWords[toks[k].lower(src)] || toks[k].lower(src) == "this" || toks[k].lower(src) == "last" || toks[k].lower(src) == "on" || toks[k].lower(src) == "in" || toks[k].lower(src) == "next") {
				k--
			}
			if k < j-1 {
				j = k
				continue
			}
		}
		break
	}
	if j >= 0 && (toks[j].lower(src) == "to" || toks[j].lower(src) == "what") {
		return // "declined to say", "what it called"
	}
	// A delegate's state in brackets, as UN meetings coverage writes:
	// "Kamal Haidari (Pakistan) said".
	if j > 1 && sc.inQ[j] < 0 && toks[j].text(src) == ")" {
		for k := j - 1; k > 0 && k >= j-6; k-- {
			if toks[k].text(src) == "(" {
				if toks[k-1].word {
					j = k - 1
				}
				break
			}
		}
	}
	if c.quotedBy {
		if ref, start, ok := a.subjectBefore(sc, c.start-2); ok {
			c.speaker, c.found, c.how = ref, true, howSubject
			c.subjStart, c.subjEnd = start, c.start-1
		}
		return
	}
	// Participles and coordinated verbs take the subject of the clause
	// they continue.
	if isParticiple(src, toks[c.start]) && j >= 0 && toks[j].text(src) == "," {
		c.how = howParticiple
		c.subjStart = j
		return
	}
	if j >= 0 && toks[j].word && (toks[j].lower(src) == "and" || toks[j].lower(src) == "but" || toks[j].lower(src) == "yet" || toks[j].lower(src) == "or") {
		c.how = howCoordinated
		c.subjStart = j
		return
	}
	if ref, start, ok := a.subjectBefore(sc, j); ok {
		c.speaker, c.found, c.how = ref, true, howSubject
		c.subjStart, c.subjEnd = start, j+1
		c.appositive = toks[j].text(src) == ","
		return
	}
	// "“…,” said Xi", "…, said the ministry."
	if j >= 0 && (sc.inQ[j] >= 0 || toks[j].text(src) == ",") {
		np, end := phraseAfter(toks, sc, c.end)
		if len(np) > 0 && len(np) <= 10 {
			if ref, ok := a.resolveNP(np, sc, c.end); ok {
				c.speaker, c.found, c.how = ref, true, howInverted
				c.subjStart, c.subjEnd = c.end, end
			}
		}
	}
}

// isBoundary reports whether a token ends a clause or a phrase for
// subject finding.
func isBoundary(src string, t *token) bool {
	if t.word {
		return false
	}
	switch t.lower(src) { // a punctuation mark's text
	case ",", ";", ":", "—", "–", "(", ")", "[", "]", ".", "!", "?", "“", "”", "\"", "«", "»", "„":
		return true
	}
	return false
}

// indexWord returns the index of the first token that is one of words,
// or -1.
func indexWord(src string, toks []token, words ...string) int {
	for i, t := range toks {
		for _, w := range words {
			if t.word && t.lower(src) == w {
				return i
			}
		}
	}
	return -1
}

// quoteWords is wordsUpTo(content, limit) for the content of the
// sentence's quotation qi, counted in its tokens, which are read anyway:
// its marks are tokens of their own, so the word tokens between its
// first and last are its content's words.
func quoteWords(sc *sentenceCtx, qi, limit int) int {
	n := 0
	for k := sc.first[qi]; k <= sc.last[qi] && n < limit; k++ {
		if sc.toks[k].word {
			n++
		}
	}
	return n
}

// directQuotes finds the quotations that are statements: one that opens
// the sentence, with the cue after it ("“…,” Xi said") or none (a floating
// quotation), and one that is the whole complement of a cue before it
// ("Lavrov said: “…”", "told reporters that “…”"). The statements are
// in the memory of sc.pend.
func (a *Attributor) directQuotes(sc *sentenceCtx, cues []cueHit) []pending {
	src := sc.src
	out := sc.pend[:0]
	// commaBy is the cue of the last quotation taken when it ended with a
	// comma: a quotation after that cue in lower case goes on with it.
	var commaBy *cueHit
	toks := sc.toks
	for qi, q := range sc.qs {
		if sc.first[qi] < 0 {
			continue
		}
		content := sc.p.text[q.content.start:min(q.content.end, sc.sp.end)]
		// Up to five words matter here (isUtterance).
		n := quoteWords(sc, qi, 5)
		if n == 0 {
			continue
		}
		open, last := sc.first[qi], sc.last[qi]
		// A quotation that opens the sentence may follow its dateline
		// ("BRUSSELS (Reuters) - “We will …,” Wang said").
		initial := true
		for k := sentenceTok(sc); k < open; k++ {
			if toks[k].word {
				initial = false
				break
			}
		}
		var by *cueHit
		if initial {
			// The first cue after the quotation whose clause follows it.
			next := last + 1
			for next < len(toks) && !toks[next].word && sc.inQ[next] < 0 {
				next++
			}
			for ci := range cues {
				c := &cues[ci]
				if c.kind != cueVerb || c.start < next {
					continue
				}
				if !anyQuoted(sc.inQ[next:c.start]) && c.how != howParticiple && c.how != howCoordinated {
					by = c
				}
				break
			}
			if by == nil {
				if !isUtterance(content, n) {
					continue
				}
				speaker := sc.st.introduced
				if speaker == "" {
					speaker = sc.st.floating
				}
				if speaker == "" {
					speaker = Unknown
				}
				out = append(out, a.direct(sc, q, speakerRef{name: speaker, kind: kindOfName(sc.st, speaker)}, ""))
				continue
			}
		} else {
			if open == 0 {
				continue
			}
			prev := toks[open-1]
			if prev.text(src) != ":" && prev.lower(src) != "that" && prev.text(src) != "," {
				continue
			}
			// "said this morning, and I quote, “…”": the speaker's
			// aside stands between the cue and the quotation as a colon.
			before := open - 1 // the gap's end
			if q := quoteAside(src, toks, open-1); q >= 0 {
				before, prev = q, token{}
			}
			for ci := len(cues) - 1; ci >= 0; ci-- {
				c := &cues[ci]
				if c.kind != cueVerb || c.end > before {
					continue
				}
				from := c.end
				if c.how == howInverted {
					from = c.subjEnd
				}
				// Up to four words between the cue and the quotation,
				// eight before a colon or "that" when none of them makes a
				// clause: "told a news conference in Vienna: “…”".
				gap, clause := 0, false
				for k := from; k < before; k++ {
					if sc.inQ[k] >= 0 {
						gap = 99
					}
					if toks[k].word {
						gap++
						w := toks[k].lower(src)
						clause = clause || w == "that" || verbAux[w] || clauseWords[w]
					}
				}
				most := 4
				if (before < open-1 || prev.text(src) == ":" || prev.lower(src) == "that") && !clause {
					most = 8
				}
				if gap <= most && (n >= 2 || isUtterance(content, n)) {
					by = c
				}
				break
			}
			if by == nil {
				continue
			}
		}
		if !initial || isUtterance(content, n) || endsInPunct(content) {
			ref := by.speaker
			switch {
			case by.found:
			case by.how == howParticiple || by.how == howCoordinated:
				ref = a.clauseSpeaker(sc, cues, by, out)
				if ref.name == "" {
					ref = speakerRef{name: Unknown}
				}
			default:
				ref = speakerRef{name: Unknown}
			}
			by.consumed = true
			s := a.direct(sc, q, ref, joinText(src, toks[by.start:by.end]))
			if commaBy != nil && commaBy == by && startsLower(content) {
				// "“We will,” Xi said, “never give up.”": one sentence
				// the cue interrupts, one statement.
				last := &out[len(out)-1]
				last.Text += " " + s.Text
				last.end = s.end
			} else {
				out = append(out, s)
			}
			commaBy = nil
			if strings.HasSuffix(strings.TrimSpace(content), ",") {
				commaBy = by
			}
		}
	}
	return out
}

// startsLower reports whether s starts, spaces aside, with a lower-case
// letter: a quotation that goes on with the sentence another began.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return unicode.IsLower(r)
}

// endsInPunct reports whether quoted text ends a sentence or a clause.
func endsInPunct(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

func kindOfName(st *docState, name string) mentionKind {
	if st.isPerson(name) {
		return mentionPerson
	}
	return mentionInst
}

// direct makes a direct statement of a quotation.
func (a *Attributor) direct(sc *sentenceCtx, q quote, ref speakerRef, cue string) pending {
	end := min(q.content.end, sc.sp.end)
	body := strings.TrimSpace(sc.p.text[q.content.start:end])
	body = strings.TrimRight(body, ",")
	return pending{
		Statement: Statement{Speaker: ref.name, Kind: Direct, Text: body, Cue: cue},
		start:     q.open, end: end, clause: q.open, person: ref.kind == mentionPerson,
	}
}

// clauseSpeaker is the speaker of a participle or coordinated cue: that of
// the statement before it in the sentence, or else the sentence's subject.
func (a *Attributor) clauseSpeaker(sc *sentenceCtx, cues []cueHit, c *cueHit, found []pending) speakerRef {
	for i := len(found) - 1; i >= 0; i-- {
		if found[i].start < int(sc.toks[c.start].start) {
			return speakerRef{name: found[i].Speaker, kind: kindOfName(sc.st, found[i].Speaker)}
		}
	}
	for i := range cues {
		p := &cues[i]
		if p == c || p.start >= c.start {
			break
		}
		if p.found && p.kind == cueVerb {
			return p.speaker
		}
	}
	if ref, ok := a.sentenceSubject(sc, c.start); ok {
		return ref
	}
	return speakerRef{}
}

// reportedSpeech turns the cues not used by direct quotations into
// reported statements, appended to out, which holds the direct ones.
func (a *Attributor) reportedSpeech(sc *sentenceCtx, cues []cueHit, out []pending) []pending {
	src := sc.src
	toks := sc.toks
	text := sc.p.text
	direct := out[:len(out):len(out)] // the quotations' statements
	open := -1                        // index in out of the reported statement whose clause is still open
	quoted := -1                      // the first token of the last cue a quotation took
	for ci := range cues {
		c := &cues[ci]
		if c.consumed {
			open, quoted = -1, c.start
			continue
		}
		switch c.kind {
		case cueNoun:
			if !c.found {
				continue
			}
			out = append(out, pending{
				Statement: Statement{Speaker: c.speaker.name, Kind: Reported, Cue: toks[c.start].text(src)},
				start:     int(toks[c.start].start), end: sc.sp.end, clause: int(toks[c.start].start), clauseTok: c.start,
				person: c.speaker.kind == mentionPerson, nounCue: true,
			})
			continue
		case cueAccording:
			if !c.found {
				continue
			}
			s := pending{Statement: Statement{Speaker: c.speaker.name, Kind: Reported, Cue: joinText(src, toks[c.start:c.end])}, person: c.speaker.kind == mentionPerson, clauseTok: c.start}
			if hasWordBefore(sc, c.start) {
				if open >= 0 && !boundaryBetween(sc, out[open].clauseTok, c.start) {
					continue // part of the statement before
				}
				if quoted >= 0 && !boundaryBetween(sc, quoted, c.start) {
					// The source of a quotation's report: "“…,” Wang
					// said, according to a readout".
					continue
				}
				if reportOpens(cues[ci+1:], sentenceTok(sc)) {
					continue // "The United States, according to a cable, judged that …"
				}
				s.start, s.end = sentenceStart(sc), int(toks[c.start].start)
				s.clause = s.start
				// "The United States, according to a cable, judged that
				// …": the clause goes on after the source's comma.
				if e := c.subjEnd; e+1 < len(toks) && e > c.start && toks[e].text(src) == "," && toks[e+1].word && sc.inQ[e+1] < 0 && goesOn(src, toks[e+1]) {
					s.Text = strings.TrimRight(strings.TrimSpace(text[s.start:s.end]), ", ") + " " + strings.TrimSpace(text[toks[e+1].start:sc.sp.end])
					s.fixed = true
				}
			} else {
				k := c.subjEnd
				for k < len(toks) && !toks[k].word && sc.inQ[k] < 0 {
					k++
				}
				if k >= len(toks) {
					continue
				}
				if reportOpens(cues[ci+1:], k) {
					// "According to the Kremlin, Putin told Xi that …":
					// the source of a report whose clause has a speaker of
					// its own, as a quotation's is ("“…,” Wang said,
					// according to a readout").
					continue
				}
				s.start, s.end, s.clause = int(toks[k].start), sc.sp.end, int(toks[c.start].start)
			}
			out = append(out, s)
			continue
		}
		switch c.how {
		case howParticiple, howCoordinated:
			if open >= 0 {
				continue // continues the reported statement before it
			}
			ref := a.clauseSpeaker(sc, cues, c, out)
			if ref.name == "" {
				continue
			}
			c.speaker, c.found = ref, true
		case howSubject, howInverted:
		default:
			continue
		}
		if !c.found {
			continue
		}
		subj := c.subjStart
		if c.how == howInverted || c.how == howParticiple || c.how == howCoordinated {
			subj = c.start
		}
		if open >= 0 && !boundaryBetween(sc, out[open].clauseTok, subj) {
			continue // nested in the statement before: "said Washington had threatened"
		}
		s := pending{Statement: Statement{Speaker: c.speaker.name, Kind: Reported, Cue: joinText(src, toks[c.start:c.end])}, person: c.speaker.kind == mentionPerson}
		s.clauseTok = c.start
		if c.quotedBy {
			// "Lavrov, quoted by TASS as saying …, rejected …": the
			// appositive runs to the comma before the cue whose subject
			// stands before it.
			s.start, s.end, s.clause = int(toks[c.start].start), sc.sp.end, int(toks[c.start].start)
			for _, n := range cues[ci+1:] {
				if !n.found || n.subjStart >= c.start {
					continue
				}
				for k := n.start - 1; k >= c.end; k-- {
					if sc.inQ[k] < 0 && toks[k].text(src) == "," {
						s.end = int(toks[k].start)
						break
					}
				}
				break
			}
			s.Text = strings.TrimRight(strings.TrimSpace(text[s.start:s.end]), ", ")
			s.fixed = true
			out = append(out, s)
			open = -1
			continue
		}
		if b, rest, ok := a.postposed(sc, c); ok {
			// "…, the coast guard said." and "…, he says, …": the
			// statement is the clause around the cue.
			if sameSpeaker(direct, c.speaker.name) {
				continue // a parenthetical cue in a quotation already attributed
			}
			s.start, s.end = sentenceStart(sc), int(toks[b].start)
			s.clause = s.start
			s.Text = strings.TrimSpace(text[s.start:s.end])
			s.Text = strings.TrimRight(s.Text, ", ")
			if rest >= 0 {
				s.Text += " " + strings.TrimSpace(text[toks[rest].start:sc.sp.end])
			}
			s.fixed = true
			out = append(out, s)
			open = -1
			if rest >= 0 {
				// "Thailand, he said, hoped …": the clause around the
				// cue is this statement's, its own cue none.
				open = len(out) - 1
			}
			// "…, the ministry said, adding that …": the participle goes
			// on with the same statement.
			if n := ci + 1; rest < 0 && n < len(cues) && cues[n].kind == cueVerb && cues[n].how == howParticiple && !cues[n].consumed {
				out[len(out)-1].Text += ", " + strings.TrimSpace(text[toks[cues[n].start].start:sc.sp.end])
				open = len(out) - 1
			}
			continue
		}
		// A cue needs a complement: "Sargsyan has responded." says
		// nothing yet.
		if !complementAfter(sc, c.end) {
			continue
		}
		// The adverbs of degree the lexicon reads right before the cue
		// are the statement's: "strongly condemned", "warmly welcomed".
		first := c.start
		for first > 0 && first-1 >= c.subjEnd && sc.inQ[first-1] < 0 && toks[first-1].word && a.mannerAdverb(toks[first-1].lower(src)) {
			first--
		}
		s.start, s.end = int(toks[first].start), sc.sp.end
		s.clause = int(toks[subj].start)
		out = append(out, s)
		open = len(out) - 1
	}
	return out
}

// complementAfter reports whether a word, a quotation or a colon stands
// after token i in the sentence.
func complementAfter(sc *sentenceCtx, i int) bool {
	for k := i; k < len(sc.toks); k++ {
		if sc.toks[k].word || sc.inQ[k] >= 0 || sc.toks[k].text(sc.src) == ":" {
			return true // a colon's quotation may follow in the next paragraph
		}
	}
	return false
}

// quoteAside returns the token where ", and I quote," or ", I quote:"
// opens before a quotation whose opening mark follows toks[end] (a comma
// or a colon), or -1.
func quoteAside(src string, toks []token, end int) int {
	k := end - 1
	if k < 1 || toks[k].lower(src) != "quote" || toks[k-1].text(src) != "I" {
		return -1
	}
	k -= 2
	if k >= 0 && toks[k].lower(src) == "and" {
		k--
	}
	if k >= 0 && toks[k].text(src) == "," {
		return k
	}
	return k + 1
}

// goesOn reports whether the word t, after a parenthetical source's
// comma, goes on with the clause before it ("The United States, according
// to a cable, judged …"), not with a reporter's participle or clause of
// its own ("…, according to the ministry, clearing the last obstacle",
// "…, and the two sides agreed …").
func goesOn(src string, t token) bool {
	w := t.lower(src)
	return !isParticiple(src, t) && !clauseWords[w] && w != "and" && w != "but" && w != "while" && w != "yet"
}

// reportOpens reports whether one of cues is a cue verb whose subject, found,
// is the clause that starts at token k.
func reportOpens(cues []cueHit, k int) bool {
	for i := range cues {
		if c := &cues[i]; c.kind == cueVerb && c.found && c.how == howSubject && c.subjStart == k {
			return true
		}
	}
	return false
}

// sameSpeaker reports whether a statement of the speaker was found.
func sameSpeaker(found []pending, speaker string) bool {
	for _, s := range found {
		if s.Speaker == speaker {
			return true
		}
	}
	return false
}

// hasWordBefore reports whether a word comes before token i.
func hasWordBefore(sc *sentenceCtx, i int) bool {
	for k := 0; k < i; k++ {
		if sc.toks[k].word {
			return true
		}
	}
	return false
}

// sentenceStart is the byte offset of the sentence's first token.
func sentenceStart(sc *sentenceCtx) int {
	body := sc.bodyStart()
	for _, t := range sc.toks {
		if int(t.start) >= body {
			return int(t.start)
		}
	}
	return sc.sp.start
}

// boundaryBetween reports whether a new clause starts between tokens from
// and to: a semicolon, or a comma followed by "and", "but", "while",
// "whereas", "yet", "though" or "although".
func boundaryBetween(sc *sentenceCtx, from, to int) bool {
	src := sc.src
	toks := sc.toks
	for k := from + 1; k < to && k < len(toks); k++ {
		if sc.inQ[k] >= 0 {
			continue
		}
		if toks[k].text(src) == ";" {
			return true
		}
		if toks[k].text(src) == "," && k+1 < len(toks) {
			switch toks[k+1].lower(src) {
			case "and", "but", "while", "whereas", "yet", "though", "although":
				// ", but that …" goes on with the same complement.
				return k+2 >= len(toks) || toks[k+2].lower(src) != "that"
			}
		}
	}
	return false
}

// postposed reports whether a cue comes after what it attributes: "…, the
// coast guard said.", "…, said the ministry.", "…, he says, …". It returns
// the token where the statement's text ends, and the token where the text
// goes on after a parenthetical cue (or -1).
func (a *Attributor) postposed(sc *sentenceCtx, c *cueHit) (end, rest int, ok bool) {
	src := sc.src
	toks := sc.toks
	var b, after int
	switch c.how {
	case howSubject:
		b, after = c.subjStart-1, c.end
		if c.appositive && c.subjStart >= segmentBack(sc, c.subjEnd-2) {
			// The subject is the phrase right before the cue's comma,
			// with the head it describes before it: "The representative
			// of Ghana, Kwabena Asante, said on Monday." A name with its
			// description after it is the subject whole: "…, Hanna
			// Lindqvist, the Norwegian foreign minister, said."
			return 0, 0, false
		}
	case howInverted:
		b, after = c.start-1, c.subjEnd
	default:
		return 0, 0, false
	}
	if b < 0 {
		return 0, 0, false
	}
	closesQuote := sc.inQ[b] >= 0
	if !closesQuote && toks[b].text(src) != "," {
		return 0, 0, false
	}
	// Enough of a clause before it, not just "In Washington,".
	n := 0
	for i := sentenceTok(sc); i < b; {
		if sc.inQ[i] >= 0 || !toks[i].word {
			i++
			continue
		}
		end := i
		for end < b && (sc.inQ[end] >= 0 || !isBoundary(src, &toks[end])) {
			end++
		}
		if !isIntro(src, toks[i:end]) {
			for k := i; k < end; k++ {
				if toks[k].word {
					n++
				}
			}
		}
		i = end + 1
	}
	// Nothing but an adverbial after it: "said in a statement.", "told
	// reporters."
	words, first := 0, token{}
	// "told" takes its hearers: "…, Lindqvist told reporters in Oslo."
	tell := tellCue(toks[c.start].lower(src))
	k := after
	for ; k < len(toks); k++ {
		t := toks[k]
		if sc.inQ[k] >= 0 {
			return 0, 0, false
		}
		if t.text(src) == "," || t.text(src) == ";" {
			break
		}
		if !t.word {
			continue
		}
		if words == 0 {
			first = t
		}
		if t.lower(src) == "that" || verbAux[t.lower(src)] || a.cues.match(src, toks, k) > 0 {
			return 0, 0, false
		}
		words++
	}
	if words > 10 || (words > 2 && !tell && !prepositions[first.lower(src)]) {
		return 0, 0, false
	}
	rest = -1
	if k < len(toks) && toks[k].text(src) == "," && k+1 < len(toks) && toks[k+1].word {
		switch w := toks[k+1].lower(src); {
		case clauseWords[w], w == "and", w == "but", w == "yet", isParticiple(src, toks[k+1]):
		case c.how == howInverted && a.describes(sc, k+1):
			// "…, said Hanna Lindqvist, the Norwegian foreign
			// minister.": the speaker's description, not the clause
			// going on.
		default:
			rest = k + 1
		}
	}
	// A subject alone before a parenthetical cue is enough when the
	// sentence goes on after it: "The talks, she said, were frank."
	if n < 3 && (n == 0 || rest < 0) {
		return 0, 0, false
	}
	if closesQuote {
		return b + 1, rest, true
	}
	return b, rest, true
}

// tellCue reports whether w is a form of "tell", whose hearers follow it
// before anything it reports.
func tellCue(w string) bool {
	return w == "told" || w == "tells" || w == "tell" || w == "telling"
}

// describes reports whether the phrase at toks[i], up to the next comma
// or the sentence's end, describes the speaker named before its comma: a
// determiner, a possessive, a title or a name first ("the Norwegian foreign
// minister", "Norway's envoy", "head of the UN mission"), and no verb,
// "that" or cue in it. "The talks, she said, were frank" goes on with
// the clause instead.
func (a *Attributor) describes(sc *sentenceCtx, i int) bool {
	src, toks := sc.src, sc.toks
	// A name alone names whom a title before the comma describes:
	// "…, said the Norwegian foreign minister, Hanna Lindqvist."
	name := toks[i].name && !isPossessive(toks[i].lower(src))
	switch w := toks[i].lower(src); {
	case name, w == "the", w == "a", w == "an", isPossessive(w), a.titles.match(src, toks, i) > 0:
	default:
		return false
	}
	for k := i; k < len(toks); k++ {
		if sc.inQ[k] >= 0 {
			return false
		}
		t := toks[k]
		if !t.word {
			if s := t.text(src); s == "," || s == ";" {
				break
			}
			continue
		}
		if name && !t.name {
			return false
		}
		if w := t.lower(src); w == "that" || verbAux[w] || clauseWords[w] || a.cues.match(src, toks, k) > 0 {
			return false
		}
	}
	return true
}

// cutStatements sets the text of reported statements: each runs from its
// cue to the end of the sentence or, when another statement follows in
// the same sentence, to the last clause break before that one's clause.
func cutStatements(sc *sentenceCtx, out []pending) {
	text := sc.p.text
	for i := range out {
		s := &out[i]
		if s.Kind != Reported || s.fixed {
			continue
		}
		end := s.end
		for k := i + 1; k < len(out); k++ {
			n := out[k]
			if n.clause <= s.start {
				continue
			}
			if isNoun(n) {
				continue
			}
			if n.clause < end {
				end = n.clause
				if cut := lastClauseBreak(text[s.start:end]); cut > 0 {
					end = s.start + cut
				}
			}
			break
		}
		if cut := narratorBreak(text[s.start:end]); cut > 0 {
			end = s.start + cut
		}
		if sc.st.inTurn {
			if cut := firstPersonBreak(text[s.start:end]); cut > 0 {
				end = s.start + cut
			}
		}
		body := strings.TrimSpace(text[s.start:end])
		s.Text = strings.TrimRight(body, ", ")
	}
}

// firstPersonBreak returns the offset in seg of a clause in the first
// person joined to a reported one (", and we welcome that decision", ";
// I regret it"): in a turn or a speech, the words of its speaker, who
// reports it, not of the one reported (in news, whose reporter says no
// "we", they are the reported speaker's own); 0 when there is none.
func firstPersonBreak(seg string) int {
	best := 0
	for _, sep := range [...]string{", and we ", ", and I ", ", but we ", ", but I ", ", so we ", "; we ", "; I "} {
		if i := strings.Index(seg, sep); i > 0 && (best == 0 || i < best) {
			best = i
		}
	}
	if best > 0 && hasFirstPerson(seg[:best]) {
		return 0 // what was said is in the first person itself: "As the Secretary said, we do not want …, and we don't believe …"
	}
	return best
}

// hasFirstPerson reports whether s has a pronoun of the first person.
func hasFirstPerson(s string) bool {
	for w := range strings.FieldsSeq(s) {
		switch strings.Trim(w, ",.;:!?\"“”'’") {
		case "I", "we", "We", "us", "our", "Our", "my", "My", "me":
			return true
		}
	}
	return false
}

// sourceNouns name the record a reporter sets against what a speaker
// said: "…, but the Kremlin's readout made no mention of it".
var sourceNouns = map[string]bool{
	"account": true, "accounts": true, "readout": true, "readouts": true,
	"transcript": true, "transcripts": true, "version": true, "summary": true,
	"communique": true, "communiqué": true,
}

// narratorBreak returns the offset in seg of a ", but " or ", though "
// whose clause is the reporter's, not the speaker's: its subject, within
// the next six words, is a source noun ("he hoped to deepen cooperation,
// but the CCTV account of the call made no mention of it"); 0 when there
// is none. "…, but that …" goes on with what was said.
func narratorBreak(seg string) int {
	// One pass over the commas, not one search per separator: the first
	// ", but " that breaks wins, else the first ", though ", else the
	// first ", although ".
	seps := [...]string{", but ", ", though ", ", although "}
	best, bestSep := 0, len(seps)
	for from := 0; ; {
		i := strings.Index(seg[from:], ", ")
		if i < 0 {
			break
		}
		i += from
		from = i + 2
		for k, sep := range seps[:bestSep] {
			if strings.HasPrefix(seg[i:], sep) && reporterClause(seg[i+len(sep):]) {
				if k == 0 {
					return i
				}
				best, bestSep = i, k
				break
			}
		}
	}
	return best
}

// reporterClause reports whether a clause after a contrast is the
// reporter's: a source noun within its first six words, which do not
// start with "that".
func reporterClause(rest string) bool {
	n := 0 // words read
	for w := range strings.FieldsSeq(rest) {
		if n == 0 && strings.EqualFold(w, "that") {
			return false // what was said goes on
		}
		if sourceNouns[strings.ToLower(strings.Trim(w, ",.;:’'\"”"))] {
			return true
		}
		if n++; n == 6 {
			return false
		}
	}
	return false
}

// isNoun reports whether a statement was found by a cue noun ("Japan's
// statement that …"); such a statement is nested in the clause around
// it and does not end it.
func isNoun(s pending) bool {
	return s.nounCue
}

// lastClauseBreak returns the offset of the last ", and", ", but", ",
// while" or ";" in seg, where one statement hands over to the next; 0
// when there is none.
func lastClauseBreak(seg string) int {
	best := 0
	for _, sep := range []string{", and ", ", but ", ", while ", "; "} {
		if i := strings.LastIndex(seg, sep); i > best {
			best = i
		}
	}
	return best
}

// phraseAfter returns the noun phrase that follows a cue at toks[from]
// ("according to *the ministry*", "…, said *the minister, who* …"): the
// tokens up to a quotation or a boundary, cut before a relative pronoun,
// and the index where the unclipped run ends.
func phraseAfter(toks []token, sc *sentenceCtx, from int) (np []token, end int) {
	src := sc.src
	end = from
	for end < len(toks) && sc.inQ[end] < 0 && (!isBoundary(src, &toks[end]) || initialismStop(src, toks, end)) {
		end++ // an honorific's full stop ends nothing: "declared Mr. Morvan"
	}
	np = toks[from:end]
	if k := indexWord(src, np, "who", "which", "that"); k >= 0 {
		np = np[:k]
	}
	return np, end
}

// trimmed reports whether strings.TrimSpace would return s as it is, for
// the usual case of a sentence split from a paragraph: s starts and ends
// with an ASCII byte that is not a space. (It may answer false for an s
// TrimSpace leaves alone.) Asking it first spares TrimSpace's call and
// loops (issue #6). c-'!' < 0x5f reads: c is one of the bytes '!' (0x21)
// to 0x7f.
func trimmed(s string) bool {
	n := len(s)
	return n > 0 && s[0]-'!' < 0x5f && s[n-1]-'!' < 0x5f
}
