package tone

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone/wordsplit"
)

// docState is what attribution remembers while it reads one document.
type docState struct {
	people []person // people named in the document, fullest names first
	// isName holds the names of people, for isPerson: a turn of a
	// transcript asks it about its speaker, and a long one names
	// hundreds of people, too many to compare one by one.
	isName map[string]bool
	// withWord indexes people by their words: the positions in people,
	// ascending, of the people with each lower-case word in their name.
	withWord map[string][]int
	// ownState is the state whose body speaks the document, when it is
	// the speech of one ("Statement by the Ministry of Foreign Affairs of
	// the Republic of Korea"): its "the Government" is that state's.
	ownState string
	// mentions are the speakers and names met so far, in reading order:
	// pronouns and descriptions ("she", "the minister", "the office")
	// refer back to them.
	mentions []mention
	// female and male record what pronouns and honorifics revealed.
	female, male map[string]bool
	// lowered holds words that occur in lower case in the document: a
	// capitalized word that also occurs lower case ("Remarks",
	// "Analysts") is a common word, not a name. The document's
	// tokenizing fills it.
	lowered map[string]bool
	// quoteBuf and spanBuf hold the quotations and sentences of the
	// paragraph being read, in memory reused from paragraph to paragraph
	// (a paragraph's reading keeps neither once it is done).
	quoteBuf []quote
	spanBuf  []span
	// inTurn is set while a turn or a speech is read: its first person
	// is its speaker's, not a reported speaker's (see firstPersonBreak).
	inTurn      bool
	lastSpeaker string // the last speaker of any statement
	lastInst    string // the last speaker that is not a person
	lastInstAt  int    // the paragraph of lastInst
	para        int    // the paragraph being read
	src         string // the store of the document's tokens: see store
	// floating is the speaker an uncued quotation takes.
	floating string
	// listSpeaker is the speaker a paragraph's last sentence introduced
	// with a colon and no cue ("The Government of Kenya:"), whose points
	// a list in the next paragraph gives; listCue is that sentence.
	listSpeaker, listCue string
	// introduced is the person a narration sentence of the current
	// paragraph is about ("Ramos was blunter."): an uncued quotation
	// right after it is theirs.
	introduced string
	// sent counts the sentences read.
	sent int
	// roles maps a transcript role ("president") to the person a header
	// line names for it ("President: Mr. Osei (Ghana)").
	roles map[string]string
	// roleSides maps such a person to the state in the header line's
	// brackets: the side their turns speak for ("The President: …
	// Sierra Leone joins others …" is no report of another's).
	roleSides map[string]string
	// holders keeps what holdersOf finds for each title personWithTitle
	// is asked: only scanNames gives people titles, before the sentences
	// are read (it empties holders when done), so the answer stays. A
	// document asks about a few titles: they are searched one by one.
	holders []titleHolders
	// institutions are the names institution built.
	institutions []institutionName
	// turnToks holds the tokens of the transcript turn being read.
	turnToks []token
	// unmarked are the tokens of a title-case headline whose name flag
	// is cleared while the document is attributed (see unmarkTitleCase).
	unmarked []*token
	// labels are the transcript labels cutLabel finds at the start of
	// paragraphs, in order: scanNames reads them, isTranscript counts
	// them, transcript reads them again.
	labels []paraLabel
	// sentence is the sentence being read.
	sentence sentenceCtx
	// lone indexes what person and placeOrBody found in runs of one
	// word by the word as written: loneWords[lone[w]]. The name scan's
	// runs of one word keep the index (nameRun.entry), so that the
	// sentences reading them again ask no map. A word of at most 8
	// bytes, most of them, is found in loneKeys, by its packWord key,
	// instead of lone.
	lone      map[string]int32
	loneKeys  keyIndex
	loneWords []loneWord
	// long holds what person found in runs of several words, by a key
	// spelling the words as written (see [docState.spell]); each
	// longRun also holds the place or body sentenceNames found in them.
	// runKey is the buffer the key is spelt in.
	long     map[string]int32
	longRuns []longRun
	runKey   []byte
	// paras are the document's paragraphs; runs are the runs of name
	// words scanNames read in their tokens, in document order, those of
	// paras[k] from runsAt[k] to runsAt[k+1]; next is the first run
	// sentenceNames has not passed. See [docState.runsOf].
	paras  []paragraph
	runs   []nameRun
	runsAt []int32
	next   int
	// labelToks holds the tokens of the transcript label the name scan
	// is reading.
	labelToks []token
	// words records the lower-case words of the document in lowered as
	// its tokenizing reads them, and capitals holds where the forms of
	// its short capitalized words are in store (see tokenizer).
	words    wordRecorder
	capitals formCache
	// store holds what the document's tokens' forms are views of: src
	// is its text (see token), and grows when scanNames tokenizes a
	// transcript label again.
	store strings.Builder
	// turnLabels and labelForms are the memory of a transcript's
	// labels, one per paragraph, and of what each distinct label reads
	// as (see transcript).
	turnLabels []turnLabel
	labelForms map[string]*labelForm
	// paraBuf is the memory of the document's paragraphs.
	paraBuf []paragraph
}

// nameRun is a run of name words the name scan read in a paragraph's
// tokens, and the name person found in it. The sentences read the same
// runs again: where a sentence's run is the same tokens, the scan's
// answer is theirs, for person reads nothing but the run and the
// document's lower-case words, which no longer change. A document has a
// run every 46 bytes or so: a run is kept in 12 bytes.
type nameRun struct {
	start            int32 // the run's first token, an index in the paragraph's tokens
	n, cut           uint8 // its length as runEnd ended it, and cut before "and"
	nameOff, nameLen uint8 // the name person found: tokens [start+nameOff, +nameLen); nameLen is 0 for none
	// entry is 1 + the index of the entry of the run as cut: in
	// docState.loneWords for one word, in docState.longRuns for more.
	entry int32
}

// paraLabel is the transcript label at the start of paras[para] and the
// rest of the paragraph, as cutLabel returns them.
type paraLabel struct {
	para        int
	label, rest string
}

// runCursor finds the name scan's runs for the runs of a sentence, asked
// in reading order: [docState.runsOf] reads where the sentence's tokens
// are once, at reads a run.
type runCursor struct {
	st  *docState
	end int  // the end in st.runs of the paragraph's runs
	off int  // a sentence token's index plus off is its index in the paragraph's tokens
	ok  bool // the sentence's tokens are the paragraph's, or copies of its last ones
}

// runsOf returns the cursor for the runs of a sentence of p whose tokens
// start at index lo of p's.
func (st *docState) runsOf(p *paragraph, lo int) runCursor {
	k := p.index - 1
	if k < 0 || k >= len(st.paras) {
		return runCursor{}
	}
	own, off := st.paras[k].toks, lo
	switch {
	case sameArray(own, p.toks):
	case len(p.toks) <= len(own) && sameArray(own[len(own)-len(p.toks):], p.toks),
		sameArray(st.turnToks, p.toks) && len(p.toks) <= len(own):
		// A transcript turn read from the paragraph's tokens: they are
		// its last ones (turnTokens), or copies of them (tokensFrom),
		// the same words.
		off += len(own) - len(p.toks)
	default:
		return runCursor{}
	}
	st.next = max(st.next, int(st.runsAt[k]))
	return runCursor{st: st, end: int(st.runsAt[k+1]), off: off, ok: true}
}

// at returns what the name scan recorded of the run starting at the
// sentence's token i, if it recorded one.
func (c *runCursor) at(i int) (nameRun, bool) {
	if !c.ok {
		return nameRun{}, false
	}
	st, start := c.st, i+c.off
	for ; st.next < c.end; st.next++ {
		if r := st.runs[st.next]; int(r.start) >= start {
			return r, int(r.start) == start
		}
	}
	return nameRun{}, false
}

// sameArray reports whether a and b start at the same token in memory.
func sameArray(a, b []token) bool {
	return len(a) > 0 && len(b) > 0 && &a[0] == &b[0]
}

// newDocState returns the empty state of a document of unknown size
// (tests use it; attribute prepares the state its buffers keep).
func newDocState() *docState {
	st := new(docState)
	st.prepare(0)
	return st
}

// keptEntries is how many entries a table of a document's state may have
// held for [docState.empty] to keep its memory: clearing a table costs
// its capacity, which a long text's grow to tens of thousands, so a
// table that held more is dropped and the next document makes its own.
const keptEntries = 4096

// empty makes st the state of no document, keeping the memory of its
// tables and arrays, emptied, for the next document to fill: a tree of
// short files made each file's anew, about 200 of the 420 MB the 20 MB
// tree of make bench-corpus allocated. Nothing is left of the document
// read: its text is not kept alive, and the next document starts as
// from [newDocState] (see prepare).
func (st *docState) empty() {
	sc := &st.sentence
	*st = docState{
		people:       clearAll(st.people),
		isName:       emptied(st.isName),
		withWord:     emptied(st.withWord),
		female:       emptied(st.female),
		male:         emptied(st.male),
		lowered:      emptied(st.lowered),
		quoteBuf:     st.quoteBuf[:0],
		spanBuf:      st.spanBuf[:0],
		roles:        emptied(st.roles),
		roleSides:    emptied(st.roleSides),
		holders:      clearAll(st.holders),
		institutions: clearAll(st.institutions),
		turnToks:     keptTokens(st.turnToks),
		unmarked:     st.unmarked[:0],
		labels:       clearAll(st.labels),
		labelToks:    keptTokens(st.labelToks),
		sentence: sentenceCtx{
			qs: sc.qs[:0], first: sc.first[:0], last: sc.last[:0],
			names: clearAll(sc.names), namePos: sc.namePos[:0],
			cues: clearAll(sc.cues), mayCue: sc.mayCue[:0], pend: clearAll(sc.pend),
			inQBuf: sc.inQBuf[:0], unquoted: sc.unquoted,
		},
		lone:       emptied(st.lone),
		loneKeys:   st.loneKeys.emptied(),
		loneWords:  clearAll(st.loneWords),
		long:       emptied(st.long),
		longRuns:   clearAll(st.longRuns),
		runKey:     st.runKey[:0],
		runs:       st.runs[:0],
		runsAt:     st.runsAt[:0],
		words:      wordRecorder{short: st.words.short.emptied(), long: st.words.long.emptied()},
		capitals:   st.capitals, // emptied with its store (split)
		turnLabels: clearAll(st.turnLabels),
		labelForms: emptied(st.labelForms),
		paraBuf:    clearAll(st.paraBuf),
	}
}

// prepare readies st, new or emptied, for a document of size bytes: it
// makes each map that empty dropped, or that a new state lacks. The set
// of lower-case words starts with room for one per 20 bytes, up to 1,024.
// A short text has about that many distinct ones (one per 12 to 26 bytes
// in the reports of the bench corpus), and a set grown as they come took
// 2% of the instructions of a tree of short files.
func (st *docState) prepare(size int) {
	if st.female == nil {
		st.female = map[string]bool{}
	}
	if st.male == nil {
		st.male = map[string]bool{}
	}
	if st.roleSides == nil {
		st.roleSides = map[string]string{}
	}
	if st.roles == nil {
		st.roles = map[string]string{}
	}
	if st.withWord == nil {
		st.withWord = map[string][]int{}
	}
	if st.isName == nil {
		st.isName = map[string]bool{}
	}
	if st.lowered == nil {
		st.lowered = make(map[string]bool, min(size/20, 1024))
	}
	st.words.set = st.lowered
}

// emptied returns m emptied, or nil when it held more than keptEntries.
func emptied[M ~map[K]V, K comparable, V any](m M) M {
	if len(m) > keptEntries {
		return nil
	}
	clear(m)
	return m
}

// clearAll returns s emptied, with every element of its array zeroed,
// so that it keeps nothing alive; nil when its array has room for more
// than keptEntries.
func clearAll[E any](s []E) []E {
	if cap(s) > keptEntries {
		return nil
	}
	clear(s[:cap(s)])
	return s[:0]
}

// keptTokens returns toks emptied, keeping its memory unless it has room
// for more than keptEntries tokens. Tokens hold no pointer: they keep no
// text alive, and are not cleared.
func keptTokens(toks []token) []token {
	if cap(toks) > keptEntries {
		return nil
	}
	return toks[:0]
}

// person is a full name found in the document.
type person struct {
	name   string
	words  []string // lower case
	titles []string // titles and descriptions seen with the name, lower case
	first  int      // order of the first mention
	// country is the state the person's title names ("Chinese President
	// Xi Jinping", "President of Finland Matti Koskinen"), or "".
	country string
}

// lookback is how many of the latest mentions a pronoun or description
// is resolved against. Bounding it keeps attribution linear in the length
// of a document: references reach back a few sentences, not a book.
const lookback = 500

// mentionKind says what a mention names.
type mentionKind uint8

const (
	mentionPerson mentionKind = iota + 1
	mentionCountry
	mentionInst // an institution, body or seat
	mentionAnon // an anonymous source
	// mentionAgent is an unnamed person who speaks for a state or body,
	// the mention's name ("the representative of France"): "he" or "she"
	// after it may be them, and so that state or body.
	mentionAgent
)

// mention is a speaker or name met while reading. A document holds one
// for every name it mentions: the fields are ordered, and sized, to keep
// it at 40 bytes.
type mention struct {
	name    string
	head    string // for anonymous sources and bodies: the head word ("diplomat", "office")
	sent    int32  // the sentence it was met in, counted through the document (no document nears 2^31 sentences)
	kind    mentionKind
	subject bool        // the subject of its sentence or of a cue: pronouns prefer it
	agentOf mentionKind // for mentionAgent: the kind of what it speaks for
}

func (st *docState) mention(name string, kind mentionKind, head string) {
	st.sent++
	st.mentions = append(st.mentions, mention{name: name, kind: kind, head: head, sent: int32(st.sent), subject: true})
}

// remember records the speaker of a statement.
func (st *docState) remember(speaker string, isPerson bool) {
	if speaker == "" || speaker == Unknown {
		return
	}
	st.lastSpeaker = speaker
	if !isPerson {
		st.lastInst = speaker
		st.lastInstAt = st.para
	}
}

// addPerson appends p to the document's people and indexes its words.
func (st *docState) addPerson(p person) {
	st.people = append(st.people, p)
	st.isName[p.name] = true
	st.index(len(st.people) - 1)
}

// index records the words of people[k] in withWord, and a word that
// starts with the Arabic article under its rest too: a report names "Ali
// al-Sistani" then "Sistani", "Abdel Fattah al-Sisi" then "Sisi".
func (st *docState) index(k int) {
	add := func(w string) {
		if list := st.withWord[w]; len(list) == 0 || list[len(list)-1] != k {
			st.withWord[w] = append(list, k)
		}
	}
	for _, w := range st.people[k].words {
		add(w)
		if rest, ok := cutArticle(w); ok {
			add(rest)
		}
	}
}

// latestOf returns, of the people at positions ks, the one latestNamed
// finds among them, or else ks[0].
func (st *docState) latestOf(ks []int) int {
	name, ok := st.latestNamed(func(n string) bool {
		return slices.ContainsFunc(ks, func(k int) bool { return st.people[k].name == n })
	})
	if ok {
		for _, k := range ks {
			if st.people[k].name == name {
				return k
			}
		}
	}
	return ks[0]
}

// latestNamed returns the person of the latest mentions (within
// lookback) whom in accepts, or the subject of that mention's sentence
// when in accepts it too: of two holders of a title or of a surname in
// one sentence, its subject ("President Biden spoke with President Xi.
// The President raised …" is Biden, as a readout means it; "President
// Pavel Mensah and Foreign Minister Ingrid Mensah met. Mensah said" is
// Pavel).
func (st *docState) latestNamed(in func(name string) bool) (string, bool) {
	for i := len(st.mentions) - 1; i >= max(0, len(st.mentions)-lookback); i-- {
		m := st.mentions[i]
		if m.kind != mentionPerson || !in(m.name) {
			continue
		}
		for j := i; !m.subject && j >= 0 && st.mentions[j].sent == m.sent; j-- {
			if o := st.mentions[j]; o.subject && o.kind == mentionPerson && in(o.name) {
				return o.name, true
			}
		}
		return m.name, true
	}
	return "", false
}

// cutArticle returns a name's word without the Arabic article it starts
// with ("al-sisi", "el-sisi": "sisi").
func cutArticle(w string) (string, bool) {
	for _, a := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, a); ok && len(rest) > 2 {
			return rest, true
		}
	}
	return "", false
}

// personWith returns the position in people of the first person whose
// name has all the n words word(0) … word(n-1), or -1. Such a person has
// the first word: only the people indexed under it are read.
func (st *docState) personWith(n int, word func(int) string) int {
	if n == 0 {
		if len(st.people) > 0 {
			return 0
		}
		return -1
	}
	first := word(0)
	if n == 1 && isPossessive(first) {
		first = withoutPossessive(first) // "Blinken's" is Blinken
	}
	people := st.withWord[first]
	if rest, ok := cutArticle(first); ok && len(people) == 0 {
		people = st.withWord[rest] // "El-Sisi" after "Abdel Fattah al-Sisi"
	}
	if n == 1 && len(people) > 1 {
		// A word two people share ("Wang" of Wang Yi and Wang Wenbin):
		// the one mentioned last, else the first met.
		return st.latestOf(people)
	}
next:
	for _, k := range people {
		have := st.people[k].words
		for i := 1; i < n; i++ {
			// An initial need not be among the words: "Antony J" is
			// Antony Blinken (see scanNames).
			w := word(i)
			if len(w) == 1 && 'a' <= w[0] && w[0] <= 'z' {
				continue
			}
			if i == n-1 && isPossessive(w) {
				w = withoutPossessive(w) // "Wang Yi's" is Wang Yi
			}
			if !contains(have, w) {
				continue next
			}
		}
		return k
	}
	return -1
}

// isPerson reports whether name is a person of the document.
func (st *docState) isPerson(name string) bool {
	return st.isName[name]
}

// recentPerson is who "he" or "she" refers to: a person mentioned earlier
// in the sentence, else the subject of the latest sentence that names a
// person, else that sentence's other people — the first whose known
// gender does not contradict the pronoun. extra are mentions in the
// current sentence before the pronoun. The person may be an agent (see
// mentionAgent), whose name is what they speak for; ok is false when
// there is none.
func (st *docState) recentPerson(pronoun string, extra []mention) (m mention, ok bool) {
	fits := func(m mention) bool {
		switch m.kind {
		case mentionAgent:
			return true // of no known gender
		case mentionPerson:
		default:
			return false
		}
		switch pronoun {
		case "she":
			return !st.male[m.name]
		case "he":
			return !st.female[m.name]
		}
		return true
	}
	for i := len(extra) - 1; i >= 0; i-- {
		if fits(extra[i]) {
			return extra[i], true
		}
	}
	stop := max(0, len(st.mentions)-lookback)
	for i := len(st.mentions) - 1; i >= stop; {
		j := i
		for j >= 0 && st.mentions[j].sent == st.mentions[i].sent {
			j--
		}
		for k := i; k > j; k-- {
			if st.mentions[k].subject && fits(st.mentions[k]) {
				return st.mentions[k], true
			}
		}
		for k := i; k > j; k-- {
			if fits(st.mentions[k]) {
				return st.mentions[k], true
			}
		}
		i = j
	}
	return mention{}, false
}

// learnGender records the gender a pronoun or honorific reveals.
func (st *docState) learnGender(name, word string) {
	switch genderOf(word) {
	case genderFemale:
		if !st.male[name] {
			st.female[name] = true
		}
	case genderMale:
		if !st.female[name] {
			st.male[name] = true
		}
	}
}

// gender is what a pronoun or honorific says of a person.
type gender uint8

const (
	noGender gender = iota
	genderFemale
	genderMale
)

// genderOf returns the gender a lower-case word reveals, if any.
func genderOf(word string) gender {
	switch word {
	case "she", "her", "ms", "mrs", "madam", "miss", "dame", "lady", "queen", "princess":
		return genderFemale
	case "he", "his", "him", "mr", "sir", "lord", "king", "prince":
		return genderMale
	}
	return noGender
}

// nameWords returns the words of a name in lower case and as written, in
// one allocation.
func nameWords(src string, name []token) (low, parts []string) {
	parts, low = textsOf(src, name)
	// A surname in capitals beside a given name that is not ("KAMIKAWA
	// Yoko", see findPerson) is written as the name is elsewhere
	// ("Kamikawa Yoko").
	// A regnal number ends a name ("Charles III"), and stays as it is;
	// first, "XI" is a surname ("XI Jinping").
	inCaps := func(k int) bool {
		p := parts[k]
		return isAllCaps(p) && utf8.RuneCountInString(p) > 1 && !(k > 0 && k == len(parts)-1 && isRomanNumeral(p))
	}
	caps := 0
	for k := range parts {
		if inCaps(k) {
			caps++
		}
	}
	if caps > 0 && caps < len(parts) {
		for k, p := range parts {
			if inCaps(k) {
				parts[k] = titleCase(p)
			}
		}
	}
	// A name in the possessive ends a run: "Wang Yi's" is Wang Yi.
	if n := len(low) - 1; n >= 0 {
		if base, ok := possessive(low[n]); ok {
			low[n] = base
			if k := strings.LastIndexAny(parts[n], "'’"); k > 0 {
				parts[n] = parts[n][:k]
			}
		}
	}
	return low, parts
}

// recentOf returns the last mention of a kind, optionally with a head
// word, among extra (the current sentence) and then the document.
func (st *docState) recentOf(kinds []mentionKind, head string, extra []mention) (mention, bool) {
	ok := func(m mention) bool {
		for _, k := range kinds {
			if m.kind == k && (head == "" || m.head == head) {
				return true
			}
		}
		return false
	}
	for i := len(extra) - 1; i >= 0; i-- {
		if ok(extra[i]) {
			return extra[i], true
		}
	}
	for i := len(st.mentions) - 1; i >= max(0, len(st.mentions)-lookback); i-- {
		if ok(st.mentions[i]) {
			return st.mentions[i], true
		}
	}
	return mention{}, false
}

// personWithTitle resolves a bare title ("the minister", "the
// chancellor", "the Secretary"): the person mentioned last whose titles
// end in it, or else the first person in the document with it (a
// description may come before the name: "Turkey's foreign minister said
// … Foreign Minister Selim Aydın"). A title qualified by a state ("the
// Russian president") is of country: a holder of that state's, else one
// whose state the document does not say; never another state's.
func (st *docState) personWithTitle(title, country string, extra []mention) (string, bool) {
	var holders []string
	k := 0
	for k < len(st.holders) && st.holders[k].title != title {
		k++
	}
	if k < len(st.holders) {
		holders = st.holders[k].names
	} else {
		holders = st.holdersOf(title)
		st.holders = append(st.holders, titleHolders{title, holders})
	}
	if country != "" {
		holders = st.ofCountry(holders, country)
	}
	if len(holders) == 0 {
		return "", false
	}
	for i := len(extra) - 1; i >= 0; i-- {
		if extra[i].kind == mentionPerson && contains(holders, extra[i].name) {
			return extra[i].name, true
		}
	}
	if name, ok := st.latestNamed(func(n string) bool { return contains(holders, n) }); ok {
		return name, true
	}
	return holders[0], true
}

// ofCountry returns the people of names whose state is country, or if
// there are none, those whose state the document does not say, in a new
// slice (names is personWithTitle's, kept for the next question).
func (st *docState) ofCountry(names []string, country string) []string {
	var same, unsaid []string
	for _, name := range names {
		switch st.countryOf(name) {
		case country:
			same = append(same, name)
		case "":
			unsaid = append(unsaid, name)
		}
	}
	if len(same) > 0 {
		return same
	}
	return unsaid
}

// countryOf returns the state the document's person name holds a title
// of (see person.country), or "".
func (st *docState) countryOf(name string) string {
	for k := range st.people {
		if st.people[k].name == name {
			return st.people[k].country
		}
	}
	return ""
}

// titleHolders is a title and the names holdersOf returns for it.
type titleHolders struct {
	title string
	names []string
}

// holdersOf returns the names of the people who hold title, in the
// document's order: those whose titles hold it exactly, or else those
// whose titles end in it; nil for none.
func (st *docState) holdersOf(title string) []string {
	spokes := strings.HasPrefix(title, "spokes")
	// fits reports whether t is the title itself (exact), ends in it or
	// is it with a complement (wider): "foreign minister" and "secretary
	// of state" are a minister and a secretary; "deputy foreign minister"
	// and "assistant secretary-general" are other offices.
	fits := func(t string) (exact, wider bool) {
		if t == title || (spokes && strings.HasPrefix(t, "spokes")) {
			return true, true
		}
		// t is title with its complement: "secretary of state" is a
		// secretary, "minister of foreign affairs" a minister.
		if len(t) > len(title)+4 && t[:len(title)] == title && t[len(title):len(title)+4] == " of " {
			return false, true
		}
		// t ends in " "+title, tested without building that string.
		n := len(t) - len(title) - 1
		if n < 0 || t[n] != ' ' || t[n+1:] != title {
			return false, false
		}
		for w := range strings.FieldsSeq(t[:n]) {
			switch w {
			case "deputy", "vice", "assistant", "under", "acting", "former", "ex", "junior", "state":
				return false, false
			}
		}
		return false, true
	}
	// The people who hold the title exactly, and those whose title ends
	// in it, found in one pass; the exact ones are looked for first, so
	// the others are kept only while there are none. A few holders fit
	// in memory on the stack.
	var exactBuf, widerBuf [8]string
	exact, wider := exactBuf[:0], widerBuf[:0]
	for k := range st.people {
		p := &st.people[k]
		e, w := false, false
		for _, t := range p.titles {
			te, tw := fits(t)
			e, w = e || te, w || tw
			if e {
				break
			}
		}
		if e {
			exact = append(exact, p.name)
		}
		if w && len(exact) == 0 {
			wider = append(wider, p.name)
		}
	}
	switch {
	case len(exact) > 0:
		return slices.Clone(exact)
	case len(wider) > 0:
		return slices.Clone(wider)
	case title == "leader":
		// "The Chinese leader": a head of state or government.
		var leaders []string
		for _, t := range leaderTitles {
			for _, name := range st.holdersOf(t) {
				if !slices.Contains(leaders, name) {
					leaders = append(leaders, name)
				}
			}
		}
		return leaders
	}
	return nil
}

// leaderTitles are the titles of the heads of state and government that
// "the leader" may stand for when the document calls no one so.
var leaderTitles = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "supreme leader"}

// personName maps the words of a name as written to the canonical name:
// the fullest name of the document containing all of them ("Xi" and
// "President Xi" are "Xi Jinping"). A name met for the first time is
// added.
func (st *docState) personName(src string, run []token) string {
	// Most names are met before: their words are kept only when new.
	if k := st.personWith(len(run), func(i int) string { return run[i].lower(src) }); k >= 0 {
		return st.people[k].name
	}
	low, parts := nameWords(src, run)
	name := strings.Join(parts, " ")
	st.addPerson(person{name: name, words: low, first: len(st.people)})
	return name
}

// isInitial reports whether t is a single capital letter, an initial
// ("W" of "George W. Bush").
func isInitial(src string, t token) bool {
	if !t.word || t.end-t.start != 1 {
		return false
	}
	c := t.text(src)[0]
	return 'A' <= c && c <= 'Z'
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// scanNames reads the whole document once for the names of people
// ("Vladimir Putin", "Foreign Minister Sergei Lavrov", "Poland's foreign
// minister, Tomasz Zielinski") with their titles, so that a short form
// ("Putin"), a title ("the minister") or a transcript label ("MR
// HALVORSEN") resolves to the fullest name even when it comes first.
// st.lowered must already hold the document's lower-case words, as
// tokenizeParagraphsWith records them.
func (a *Attributor) scanNames(paras []paragraph, st *docState) {
	// A name found keeps its tokens: the paragraph's own, which stay,
	// or else a copy, for the tokens of a transcript turn's label are
	// read from a buffer used again for the next turn. Most names come
	// back in a document: only a new person's words are spelt out as
	// strings.
	type found struct {
		name    []token
		titles  []string
		order   int
		country string
	}
	// Room for the usual number (one every two paragraphs in the
	// generated corpus), so that appending seldom copies them.
	all := make([]found, 0, len(paras)/2+8)
	st.paras = paras
	st.runsAt = grow(st.runsAt, len(paras)+1)
	st.runsAt[0] = 0
	ntoks := 0
	for pi := range paras {
		ntoks += len(paras[pi].tokens())
	}
	st.runs = roomFor(st.runs, ntoks/6+8) // the generated corpus has a run every 7.7 tokens
	labelBuf := st.labelToks
	src := st.src                        // the store of every array of tokens read here (see token)
	var saved []token                    // a paragraph's tokens the label's part is written over, to put back
	var recasedLabels map[string][]token // "MR MILLER" -> the tokens of "Mr Miller,"
	order := 0
	for pi := range paras {
		toks := paras[pi].tokens()
		// Runs are recorded for the sentences where toks are the
		// paragraph's own tokens: past the comma of a label where
		// comma >= 0, before it where labelOK.
		own := toks
		comma, after, labelOK := len(toks), 0, true
		if label, rest, ok := cutLabel(paras[pi].text); ok && !isFieldLabel(label) && !(pi == 0 && headlineLabel(paras, rest)) {
			st.labels = append(st.labels, paraLabel{pi, label, rest})
			var recased bool
			if recasedLabels == nil {
				recasedLabels = make(map[string][]token)
			}
			labelBuf, comma, after, recased = appendLabelPart(st, labelBuf[:0], &paras[pi], label, rest, recasedLabels)
			src = st.src // the label's tokens may have added to the store
			// A run of the label ends at the comma; in the paragraph, at
			// the bracket or colon in its place.
			labelOK = comma >= 0 && !recased && comma < len(own) && !own[comma].word
			switch {
			case comma < 0:
				toks = labelBuf
			case comma+1 == after:
				// The label's part takes the place of the paragraph's
				// tokens before after, as many ("Mei Lund:" read as "Mei
				// Lund,"): they are written over them, and put back once
				// the paragraph is read, instead of copying the rest of
				// the paragraph after them (with a write barrier for each
				// token's string while the collector ran, when a token
				// held one: about 2% of the CPU time of two jobs on the
				// bench file).
				for k := range after { // saved is empty: see below
					saved = append(saved, own[k])
					own[k] = labelBuf[k]
				}
				toks = own
			default:
				toks = append(labelBuf, own[after:]...)
				labelBuf = toks
			}
		}
		// paraIndex maps an index in toks to one in own: no run holds
		// the comma, so a run and its name map as a whole.
		paraIndex := func(k int) int {
			if k > comma {
				k += after - comma - 1
			}
			return k
		}
		for i := nextNameWord(toks, 0); i < len(toks); i = nextNameWord(toks, i) {
			j, and := runAnd(src, toks, i)
			rawEnd := j
			if k := and; k > 0 {
				j = i + k // "President Hendra Wiratama and Brazil's President Rafael Cordeiro"
			}
			var name []token
			var titles []string
			var entry int32 // the index of the run's entry
			if j-i == 1 {
				entry = st.loneIndex(src, toks[i:j])
				name, titles = a.lonePerson(src, toks[i:j], st, entry, true)
			} else {
				entry = a.longIndex(src, toks[i:j], st)
				name, titles = st.longPerson(toks[i:j], entry, true)
			}
			if comma >= 0 && (i > comma || labelOK) && rawEnd-i <= 255 {
				r := nameRun{start: int32(paraIndex(i)), n: uint8(rawEnd - i), cut: uint8(j - i), entry: entry + 1}
				if len(name) > 0 {
					// name is a slice of toks[i:j].
					r.nameOff, r.nameLen = uint8(cap(toks[i:j])-cap(name)), uint8(len(name))
				}
				st.runs = append(st.runs, r)
			}
			if len(name) == 0 {
				i = j // the titles of no one are not read
				continue
			}
			// Titles before the run in lower case ("foreign ministry
			// spokesperson Lin Wei") and in an appositive before it
			// ("Poland's foreign minister, Tomasz Zielinski").
			titles = a.appendTitlesBefore(titles, src, toks, i)
			// A state is read where a title or a possessive stands before
			// the name, or "of" after it (see nameCountry): not for most
			// names (a transcript's labels), which have none. (Asking for
			// a place before every name too cost as much as reading the
			// state: 0.13% of the instructions of the bench file.)
			country := ""
			if end := i + cap(toks[i:j]) - cap(name) + len(name); len(titles) > 0 || end-len(name) > i ||
				end < len(toks) && toks[end].lower(src) == "of" || i > 0 && isPossessive(toks[i-1].lower(src)) {
				country = a.nameCountry(src, toks, i, j, name)
			}
			// And after it: "Ruth Caldwell, Secretary of State".
			if j+1 < len(toks) && toks[j].text(src) == "," {
				if n := a.titles.match(src, toks, j+1); n > 0 {
					titles = append(titles, lowerText(src, toks[j+1:j+1+n]))
				}
			}
			if len(name) == 1 && len(titles) == 0 {
				name = nil // a lone capitalized word is a name only with a title: "President Harlan"
			}
			if len(titles) == 0 && i > 0 && (toks[i-1].lower(src) == "in" || toks[i-1].lower(src) == "at") {
				name = nil // a place: "networks in New York", "talks at Camp David"
			}
			if len(name) > 0 {
				// A middle initial ends the run at its period: "Antony J.
				// Blinken" is "Antony" and "Blinken", the name the text
				// goes on to use.
				end := i + cap(toks[i:j]) - cap(name) + len(name)
				surname := end+1 < len(toks) && isInitial(src, toks[end-1]) && toks[end].text(src) == "." && isNameWordAt(toks, end+1)
				if comma >= 0 && (i > comma || labelOK) {
					// name is a slice of toks[i:j]; no run holds the
					// comma, so it maps to the paragraph's tokens whole.
					at := paraIndex(i + cap(toks[i:j]) - cap(name))
					if surname {
						name = append(own[at:at+len(name)-1:at+len(name)-1], own[paraIndex(end+1)])
					} else {
						name = own[at : at+len(name)]
					}
				} else if surname {
					name = append(name[:len(name)-1:len(name)-1], toks[end+1])
				} else {
					name = slices.Clone(name)
				}
				all = append(all, found{name, titles, order, country})
				order++
				full := ""
				for k := i; k < j; k++ {
					if genderOf(toks[k].lower(src)) != noGender {
						if full == "" {
							full = joinText(src, name)
						}
						st.learnGender(full, toks[k].lower(src))
					}
				}
			}
			i = j
		}
		// Token by token: a label has a few, and a copy's call costs
		// more. saved is not cleared: it is scanNames' own, and the
		// tokens it holds the document's.
		for k := range saved {
			own[k] = saved[k]
		}
		saved = saved[:0]
		st.runsAt[pi+1] = int32(len(st.runs))
	}
	st.labelToks = labelBuf
	// Fullest names first: a short form seen before the full name
	// ("Secretary Caldwell … Ruth Caldwell") joins the full name.
	add := func(f found) {
		if k := st.personWith(len(f.name), func(i int) string { return f.name[i].lower(src) }); k >= 0 {
			for _, t := range f.titles {
				if !contains(st.people[k].titles, t) {
					st.people[k].titles = append(st.people[k].titles, t)
				}
			}
			if st.people[k].country == "" {
				st.people[k].country = f.country
			}
			return
		}
		low, parts := nameWords(src, f.name)
		st.addPerson(person{name: strings.Join(parts, " "), words: low, titles: f.titles, first: f.order, country: f.country})
	}
	for n := maxNameWords; n >= 1; n-- {
		for _, f := range all {
			if len(f.name) == n {
				add(f)
			}
		}
	}
	// Keep document order among the names, for pronouns with no other
	// antecedent.
	for i := 1; i < len(st.people); i++ {
		for k := i; k > 0 && st.people[k].first < st.people[k-1].first; k-- {
			st.people[k], st.people[k-1] = st.people[k-1], st.people[k]
		}
	}
	// The sort moved people: index them again, in their new order.
	clear(st.withWord)
	for k := range st.people {
		st.index(k)
	}
	st.holders = st.holders[:0] // the people's titles are read
	// Honorifics seen with a short form apply to the full name.
	for name := range st.female {
		if full := st.fullName(name); full != name {
			st.female[full] = true
		}
	}
	for name := range st.male {
		if full := st.fullName(name); full != name {
			st.male[full] = true
		}
	}
}

// split splits the normalized document doc into paragraphs, written over
// st.paraBuf's array, whose texts start a new store (see
// tokenizeParagraphsWith).
func (st *docState) split(doc string) []paragraph {
	// The forms capitals finds are in the last store: a new store, a new
	// cache.
	st.store, st.capitals = strings.Builder{}, st.capitals.emptied()
	// The paragraphs' texts, then the forms of capitalized words, lower
	// case then as written, each short one once (see formCache): 8.5% of
	// the bytes of the first 400 files of the generated corpus, more than
	// a quarter in 4% of them.
	st.store.Grow(len(doc) + len(doc)/4)
	st.paraBuf = splitParagraphsInto(st.paraBuf, doc, &st.store)
	return st.paraBuf
}

// tokenize tokenizes the document's paragraphs, which split returned, as
// tokenizeParagraphsWith does, into their store.
func (st *docState) tokenize(buf []token, paras []paragraph, size int) []token {
	toks := tokenizeParagraphsWith(buf, paras, size, &st.words, &st.capitals, &st.store)
	st.src = st.store.String()
	return toks
}

// appendTokens tokenizes text, which is not the document's own (a
// transcript label read again), and appends the tokens to buf; their
// forms are added to the document's store, whose new length st.src has.
func (st *docState) appendTokens(buf []token, text string) []token {
	buf = appendTokensTo(buf, text, &st.store)
	st.src = st.store.String()
	return buf
}

// comma returns a comma token at the byte offset start, which the
// document's text need not have there: the comma is added to its store.
func (st *docState) comma(start int32) token {
	at := uint32(st.store.Len())
	st.store.WriteByte(',')
	st.src = st.store.String()
	return token{at: at, nlow: 1, start: start, end: start + 1}
}

// appendLabelPart appends to buf the tokens scanNames reads in a
// transcript turn whose label and rest cutLabel returned: the label, a
// comma, then the rest ("Mr. Volkov, We …"), for a label is a name too. An
// affiliation in brackets is left out ("Mr. Volkov (Russian Federation)"),
// an office's holder in brackets is read instead of the office (see
// officeLabel), and a label in capitals is read in title case ("MR MILLER" as "Mr
// Miller"). Tokens not the paragraph's have their forms added to the
// document's store (st.appendTokens).
//
// It appends them up to the comma, where the tokens after the comma are
// the paragraph's own: comma is then the comma's index in toks, and after
// the index in the paragraph's tokens of the comma's successor (the tokens
// after the comma are p.tokens()[after:]; after is len(p.tokens()) when
// there are none). Where the label's tokens are the paragraph's own too
// (it was not recased: recased is false), toks[k] is p.tokens()[k] for k <
// comma. Where neither are (the label had no colon), comma is -1 and toks
// are all the tokens. A non-nil recasedLabels keeps the tokens of labels
// it recased, with their comma, for the next turns they open.
func appendLabelPart(st *docState, buf []token, p *paragraph, label, rest string, recasedLabels map[string][]token) (toks []token, comma, after int, recased bool) {
	if mayBeOffice(label) {
		if _, holder, ok := cutOffice(label); ok {
			// "The Prime Minister (Keir Starmer)" names its holder in the
			// brackets: the name is read, the office is not.
			return st.appendTokens(buf, holder+", "+rest), -1, -1, false
		}
	}
	text := p.text
	if open := affiliationAt(label); open > 0 {
		label = label[:open]
	}
	// The paragraph reads label, perhaps a bracket, a colon and rest,
	// unless the label had no colon ("Q    Mr. President").
	colon := strings.IndexByte(text, ':')
	same := colon >= len(label) && strings.HasPrefix(text, label) && strings.TrimSpace(text[colon+1:]) == rest
	if same {
		between := strings.TrimSpace(text[len(label):colon])
		same = between == "" || between[0] == '(' || between[0] == '['
	}
	recasedLabel, recased := recaseLabel(label)
	if !same {
		if recased {
			label = recasedLabel
		}
		return st.appendTokens(buf, label+", "+rest), -1, -1, recased
	}
	// The paragraph's own tokens: those of the label, then those after
	// the colon. Neither a bracket nor a colon joins words, so these are
	// the tokens of label and rest. A label in capitals is tokenized
	// again, recased, with its comma: it is a few words, the rest a
	// paragraph.
	own := p.tokens()
	out := buf
	if recased {
		lt, ok := recasedLabels[label]
		if !ok {
			lt = st.appendTokens(nil, recasedLabel+",")
			if recasedLabels != nil {
				recasedLabels[label] = lt
			}
		}
		if lt[len(lt)-1].text(st.src) != "," {
			// The comma joined the label's last word: read it all.
			return st.appendTokens(buf, recasedLabel+", "+rest), -1, -1, recased
		}
		out = append(out, lt...)
	}
	after = -1
	for i, t := range own {
		if int(t.start) >= colon {
			after = i + 1
			break
		}
		if !recased && int(t.start) < len(label) {
			out = append(out, t)
		}
	}
	if recased {
		comma = len(out) - 1 - len(buf)
	} else {
		comma = len(out) - len(buf)
		out = append(out, st.comma(int32(colon)))
	}
	if after <= 0 {
		after = len(own) // nothing after the comma
	}
	return out, comma, after, recased
}

// knownPerson returns the canonical name of a person already met whose
// name contains all the words, or "".
func (st *docState) knownPerson(src string, run []token) string {
	if k := st.personWith(len(run), func(i int) string { return run[i].lower(src) }); k >= 0 {
		return st.people[k].name
	}
	return ""
}

// knownLone is knownPerson for a name of one word, whose entry in
// st.loneWords is k. A person found stays the answer, for people are only
// added to the document past the name scan, and a word's first holder
// stays first; that none was found holds until the next is added.
func (st *docState) knownLone(src string, name []token, k int32) string {
	lw := &st.loneWords[k]
	return st.knownKept(src, name, &lw.person, &lw.unknown)
}

// knownLong is knownLone for the name of a run of several words, whose
// entry in st.longRuns is k.
func (st *docState) knownLong(src string, name []token, k int32) string {
	lr := &st.longRuns[k]
	return st.knownKept(src, name, &lr.person, &lr.unknown)
}

// knownKept is knownPerson, its answer kept in *person (1 + the
// person's position in st.people) or else *unknown (1 + the number of
// people when none was found).
func (st *docState) knownKept(src string, name []token, person, unknown *int32) string {
	if *person == 0 && *unknown != int32(len(st.people))+1 {
		if p := st.personWith(len(name), func(i int) string { return name[i].lower(src) }); p >= 0 {
			*person = int32(p) + 1
		} else {
			*unknown = int32(len(st.people)) + 1
		}
	}
	if *person == 0 {
		return ""
	}
	return st.people[*person-1].name
}

// fullName returns the canonical name for a name as written, without
// adding it.
func (st *docState) fullName(name string) string {
	low := strings.Fields(strings.ToLower(name))
	if k := st.personWith(len(low), func(i int) string { return low[i] }); k >= 0 {
		return st.people[k].name
	}
	return name
}

// appendTitlesBefore appends to out the titles written in lower case
// just before the name at toks[i], and those of an appositive
// description before it ("Poland's foreign minister, Tomasz Zielinski",
// "a spokesman for President Vladimir Putin, Dmitry Peskov").
func (a *Attributor) appendTitlesBefore(out []string, src string, toks []token, i int) []string {
	k := i - 1
	if k >= 0 && toks[k].lower(src) == "the" {
		return out // no one's name follows "the": "an envoy for the Sahel"
	}
	if k >= 0 && toks[k].text(src) == "," {
		k--
		// "A spokesman for Russian President Vladimir Putin, Dmitry
		// Peskov": the title held for the one named before the comma.
		if k >= 0 && isNameWord(toks[k]) {
			f := k
			for f >= 0 && f > k-8 && isNameWord(toks[f]) {
				f--
			}
			if f >= 1 && toks[f].lower(src) == "for" {
				for t := max(f-3, 0); t < f; t++ {
					if n := a.titles.match(src, toks, t); n > 0 && t+n == f {
						return append(out, lowerText(src, toks[t:f]))
					}
				}
			}
			// "Russia's ambassador to Ankara, Alexei Yerkhov", "The
			// President of France, Emmanuel Macron", "the UN special
			// envoy for the Sahel, Amara Diallo": the title is read
			// before its posting or its state.
			if f >= 0 && toks[f].lower(src) == "the" {
				f--
			}
			if f >= 1 {
				switch toks[f].lower(src) {
				case "to", "in", "at", "of", "for":
					k = f - 1
				}
			}
		}
	}
	for k >= 0 && k >= i-6 && toks[k].word && !isNameWord(toks[k]) && (a.nonName[toks[k].lower(src)] || a.places.match(src, toks, k) > 0 || isPossessive(toks[k].lower(src))) {
		if n := a.titles.match(src, toks, k); n > 0 && k+n <= i {
			out = append(out, lowerText(src, toks[k:k+n]))
		}
		k--
	}
	return out
}

// nameCountry returns the state whose title the person named name holds,
// name being a slice of the run of name words toks[i:j]: the state a
// place names before the name in the run ("Chinese President Xi
// Jinping", "President of the Republic of Finland Matti Koskinen"), else
// among the words in lower case just before the run ("Poland's foreign
// minister, Tomasz Zielinski"), else after "of" right after the name
// ("Ingrid Solberg of Norway"); "" for none. A place after "to" is where
// an envoy is sent ("Ambassador to the Philippines Margaret Lowell").
func (a *Attributor) nameCountry(src string, toks []token, i, j int, name []token) string {
	start := i + cap(toks[i:j]) - cap(name)
	at := func(k, end int) string {
		if k > 0 && toks[k-1].lower(src) == "to" {
			return ""
		}
		if n, phrase := a.places.matchText(src, toks, k); n > 0 && k+n <= end {
			return a.place[phrase].country
		}
		return ""
	}
	for k := i; k < start; k++ {
		if c := at(k, start); c != "" {
			return c
		}
	}
	k := i - 1
	if k >= 0 && toks[k].text(src) == "," {
		k--
	}
	// The words appendTitlesBefore reads titles in.
	for ; k >= 0 && k >= i-6 && toks[k].word && !isNameWord(toks[k]) && (a.nonName[toks[k].lower(src)] || a.places.match(src, toks, k) > 0 || isPossessive(toks[k].lower(src))); k-- {
		if c := at(k, i); c != "" {
			return c
		}
	}
	if end := start + len(name); end+1 < len(toks) && toks[end].lower(src) == "of" {
		return at(end+1, len(toks))
	}
	return ""
}

// runEnd returns the end of the run of name words starting at toks[i]:
// capitalized words, with "of", "for", "the", "and", "to" and name
// particles between two of them.
func runEnd(src string, toks []token, i int) int {
	j, _ := runAnd(src, toks, i)
	return j
}

// runAnd is runEnd, also returning where the run's first "and" is, of
// any case, counted from i: indexWord(toks[i:end], "and").
func runAnd(src string, toks []token, i int) (end, and int) {
	j, and := i, -1
	for j < len(toks) {
		if isNameWordAt(toks, j) {
			if and < 0 && toks[j].lower(src) == "and" {
				and = j - i
			}
			j++
			continue
		}
		if toks[j].word && isConnector(toks[j].lower(src)) && j > i {
			k := j
			for k < len(toks) && toks[k].word && isConnector(toks[k].lower(src)) {
				if and < 0 && toks[k].lower(src) == "and" {
					and = k - i // kept only if the run goes on past it
				}
				k++
			}
			if k < len(toks) && isNameWordAt(toks, k) {
				j = k
				continue
			}
			if and >= j-i {
				and = -1
			}
		}
		break
	}
	return j, and
}

// isConnector reports whether a lower-case word may join the parts of a
// name ("Ministry of External Affairs", "Osama bin Laden").
func isConnector(w string) bool {
	switch w {
	case "of", "for", "the", "and", "to", "de", "da", "del", "della", "di", "du", "dos", "van", "von", "der", "den", "bin", "ibn", "bint", "la", "le":
		return true
	}
	return false
}

// isParticle reports whether a lower-case word may stand inside a
// person's name ("Osama bin Laden", "Ursula von der Leyen").
// maxNameWords is the most words a person's name has: "Tamim bin Hamad
// Al Thani", "Luiz Inácio Lula da Silva" (see findPerson).
const maxNameWords = 6

// hasParticle reports whether a word of run is a particle (see
// isParticle).
func hasParticle(src string, run []token) bool {
	for _, t := range run {
		if isParticle(t.lower(src)) {
			return true
		}
	}
	return false
}

func isParticle(w string) bool {
	switch w {
	case "de", "da", "del", "della", "di", "du", "dos", "van", "von", "der", "den", "bin", "ibn", "bint", "la", "le":
		return true
	}
	return false
}

// isNameWord reports whether a token can be part of a name: a
// capitalized word, or one with an Arabic article ("al-Mansouri").
func isNameWord(t token) bool { return t.name }

// nextNameWord returns the index of the first name word of toks from i
// on, or len(toks). Most tokens are not: the loop that passes them is
// kept apart from the work on a run, whose variables would otherwise be
// saved and loaded at each token.
func nextNameWord(toks []token, i int) int {
	for i < len(toks) && !toks[i].name {
		i++
	}
	return i
}

// isNameWordAt is isNameWord(toks[i]) without copying the token (24
// bytes) to pass it, which the compiler does even where it inlines
// isNameWord: the loops over every token ask this.
func isNameWordAt(toks []token, i int) bool { return toks[i].name }

// personIn returns the name of a person in a run of name words, with the
// titles written before it: "China's President Xi Jinping" gives "Xi
// Jinping" and "president"; "US Ambassador to the Philippines Margaret
// Lowell" gives "Margaret Lowell". It returns no name when the run names
// a place, an institution, an outlet or a common word.
func (a *Attributor) personIn(src string, run []token, st *docState) (name []token, titles []string) {
	return a.person(src, run, st, true)
}

// nameIn is personIn without the titles, which most callers do not read:
// it does not spell them out.
func (a *Attributor) nameIn(src string, run []token, st *docState) []token {
	name, _ := a.person(src, run, st, false)
	return name
}

// person is personIn; the titles are returned only withTitles.
//
// Three runs in four are one word, most of them met many times in a
// document ("The", "China", "Ortiz"): what findPerson answers for a word
// is kept by the word as written, for what it reads of a token is a
// function of its text, and the document's lower-case words no longer
// change.
func (a *Attributor) person(src string, run []token, st *docState, withTitles bool) (name []token, titles []string) {
	if len(run) != 1 {
		return st.longPerson(run, a.longIndex(src, run, st), withTitles)
	}
	return a.lonePerson(src, run, st, st.loneIndex(src, run), withTitles)
}

// loneIndex returns the index in st.loneWords of what was found in the
// run of one word run, adding an entry the first time the word is met.
func (st *docState) loneIndex(src string, run []token) int32 {
	w := run[0].text(src)
	k, ok := st.loneOf(w)
	if !ok {
		k = int32(len(st.loneWords))
		st.loneWords = append(st.loneWords, loneWord{})
		if key, short := packWord(w); short {
			st.loneKeys.put(key, k)
		} else {
			if st.lone == nil {
				st.lone = make(map[string]int32)
			}
			st.lone[w] = k
		}
	}
	return k
}

// loneOf returns the index in st.loneWords of the entry of the word w,
// as written, and whether it has one.
func (st *docState) loneOf(w string) (int32, bool) {
	if key, short := packWord(w); short {
		return st.loneKeys.get(key)
	}
	k, ok := st.lone[w]
	return k, ok
}

// keyIndex maps the keys of words packed by packWord, which are not 0,
// to indexes: an open-addressing table, like wordKeys, where a map would
// hash the word and compare strings. The zero value is empty.
type keyIndex struct {
	slots []keySlot // a power of two of them; a zero key marks an empty slot
	shift uint      // 64 minus log2(len(slots)), less than 64
	n     int       // keys held
}

// keySlot is a slot of a keyIndex: a key and its index.
type keySlot struct {
	k uint64
	v int32
}

// get returns the index of key k and whether the table holds k.
func (t *keyIndex) get(k uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	// Fibonacci hashing: the top bits of the product mix all of k's.
	for i := int(k * 0x9e3779b97f4a7c15 >> (t.shift & 63)); ; i = (i + 1) & mask {
		switch sl := &t.slots[i]; sl.k {
		case k:
			return sl.v, true
		case 0:
			return 0, false
		}
	}
}

// put sets the index of key k, which the table does not hold, to v.
func (t *keyIndex) put(k uint64, v int32) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		size := max(64, 2*len(old))
		t.slots = make([]keySlot, size)
		t.shift = uint(64 - bits.TrailingZeros(uint(size)))
		t.n = 0
		for _, sl := range old {
			if sl.k != 0 {
				t.put(sl.k, sl.v)
			}
		}
	}
	mask := len(t.slots) - 1
	i := int(k * 0x9e3779b97f4a7c15 >> (t.shift & 63))
	for t.slots[i].k != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = keySlot{k, v}
	t.n++
}

// emptied returns the table emptied, keeping its memory unless it held
// more than keptEntries keys.
func (t keyIndex) emptied() keyIndex {
	return keyIndex{slots: emptiedSlots(t.slots, t.n), shift: t.shift}
}

// lonePerson is person for the run of one word run, whose entry in
// st.loneWords is k.
func (a *Attributor) lonePerson(src string, run []token, st *docState, k int32, withTitles bool) (name []token, titles []string) {
	found := st.loneWords[k].found
	if found&loneSeen == 0 {
		name, titles = a.findPerson(src, run, st, true)
		found = loneSeen
		if len(name) > 0 {
			found |= loneName
		}
		if len(titles) > 0 {
			found |= loneTitle
		}
		st.loneWords[k].found |= found
		if !withTitles {
			titles = nil
		}
		return name, titles
	}
	if found&loneName != 0 {
		name = run
	}
	if found&loneTitle != 0 && withTitles {
		titles = []string{lowerText(src, run)}
	}
	return name, titles
}

// longIndex returns the index in st.longRuns of what findPerson found in
// the run of several words run, reading it the first time its words
// are met. They come back ("Foreign Minister Amara Diallo"): the entry
// is found by the words as written, spelt by [docState.spell].
func (a *Attributor) longIndex(src string, run []token, st *docState) int32 {
	key := st.spell(src, run)
	k, ok := st.long[string(key)]
	if !ok {
		var found longRun
		name, titles := a.findPerson(src, run, st, true)
		if len(name) > 0 {
			// name is a slice of run.
			found.off, found.n = int32(cap(run)-cap(name)), int32(len(name))
		}
		// Callers append to the titles: with no room left, they
		// append to a copy, not to what is kept.
		found.titles = titles[:len(titles):len(titles)]
		if st.long == nil {
			st.long = make(map[string]int32)
		}
		k = int32(len(st.longRuns))
		st.longRuns = append(st.longRuns, found)
		st.long[string(key)] = k
	}
	return k
}

// longPerson is person for the run of several words run, whose entry in
// st.longRuns is k.
func (st *docState) longPerson(run []token, k int32, withTitles bool) (name []token, titles []string) {
	found := &st.longRuns[k]
	if found.n > 0 {
		name = run[found.off : found.off+found.n]
	}
	if withTitles {
		titles = found.titles
	}
	return name, titles
}

// spell returns the key of a run of words in st.long, in st.runKey: each
// word as written, after its length, so that no two runs share one. The
// tokens are read in place: ranging over them by value copies each.
func (st *docState) spell(src string, run []token) []byte {
	key := st.runKey[:0]
	for i := range run {
		text := run[i].text(src)
		key = binary.AppendUvarint(key, uint64(len(text)))
		key = append(key, text...)
	}
	st.runKey = key
	return key
}

// longRun is what person and placeOrBody found in a run of several
// words: the name, tokens [off, off+n) of the run, the titles, and the
// place or body.
type longRun struct {
	titles  []string
	mention mention // the place or body placeOrBody found, once placed
	off, n  int32
	// person and unknown are knownPerson's answer for the name, as
	// loneWord's.
	person, unknown int32
	placed          bool
}

// loneWord is what person and placeOrBody found in a run of one word.
type loneWord struct {
	mention mention // the place or body placeOrBody found, a zero kind for none
	// person and unknown are knownPerson's answer for the word, kept as
	// knownKept keeps it: person is 1 + the position in docState.people
	// of the person found, else 0; with none found, unknown is 1 + the
	// number of people then, and the answer stands until one is added.
	person, unknown int32
	found           loneFound
}

// loneFound says what person and placeOrBody found in a run of one word.
type loneFound uint8

const (
	loneSeen   loneFound = 1 << iota // person read the word
	loneName                         // it is a name
	loneTitle                        // it is a title
	lonePlaced                       // placeOrBody read the word: loneWord.mention is its answer
)

// headlineLabel reports whether a document's first paragraph, which
// opens with a label and rest after it, is its title: rest is one in
// title case (see isTitleRest), or five words or more that end no
// sentence, and no turn follows it ("The Diplomat's Chair: Chile's top envoy on lithium, La
// Paz and the limits of patience", then a byline).
func headlineLabel(paras []paragraph, rest string) bool {
	if isTitleRest(rest) {
		return true
	}
	// A header line naming a role's holder is shorter: "President: Mr.
	// Osei (Ghana)".
	if len(strings.Fields(rest)) < 5 || endsSentence(rest) || len(paras) < 2 {
		return false
	}
	_, _, next := cutLabel(paras[1].text)
	return !next
}

// isTitleRest reports whether what follows the colon of a document's
// first paragraph makes it a title, not a turn: a few words in title case
// that end no sentence ("Middle East: Humanitarian Situation", as
// Hansard heads a debate).
func isTitleRest(rest string) bool {
	if len(rest) == 0 || len(rest) > 80 || endsSentence(rest) {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		switch w {
		case "a", "an", "and", "for", "in", "of", "on", "the", "to", "with":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// mannerAdverb reports whether w, lower case, is an adverb the lexicon
// reads as a degree of what is said (an intensifier, a downtoner or a
// booster: "strongly", "cautiously", "firmly"), not as the reporter's hedge
// ("reportedly").
func (a *Attributor) mannerAdverb(w string) bool {
	switch a.adverbCategory(w) {
	case lexicon.Intensifier, lexicon.Downtoner, lexicon.Booster:
		return true
	}
	return false
}

// adverb reports whether w, lower case, is an adverb the lexicon reads as
// a modifier (an intensifier, a downtoner, a booster, a hedge or a
// negator): no name, though a sentence or a numbered clause opens with it
// ("Strongly condemns the attacks …", "Firmly rejects …"), where the
// document may not have it in lower case.
func (a *Attributor) adverb(w string) bool {
	switch a.adverbCategory(w) {
	case lexicon.Intensifier, lexicon.Downtoner, lexicon.Booster, lexicon.Hedge, lexicon.Negator:
		return true
	}
	return false
}

// adverbCategory returns the lexicon's category of w, lower case, when it
// ends in "-ly" and the lexicon has it as a word of its own, else "". Only
// such words are looked up: no modifier in "-ly" is a name, where "May"
// and "Will" are.
func (a *Attributor) adverbCategory(w string) lexicon.Category {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") {
		return ""
	}
	e, _ := a.lex.Lookup([]string{w}, 0)
	if e == nil {
		return ""
	}
	return e.Category
}

// findPerson is person without the memory of the runs it answered.
func (a *Attributor) findPerson(src string, run []token, st *docState, withTitles bool) (name []token, titles []string) {
	// A lone word that also occurs in lower case ("The", "Analysts") or
	// is never part of a name ("China", "President") names no one,
	// whatever else it is: the steps below would end in nothing but
	// perhaps a title. Half the runs of the name scan are such a word.
	lone := len(run) == 1 // and neither, past this
	if lone && (st.lowered[run[0].lower(src)] || a.notName[run[0].lower(src)] || a.adverb(run[0].lower(src))) {
		if isPossessive(run[0].lower(src)) {
			return nil, nil
		}
		if n := a.titles.match(src, run, 0); n > 0 && withTitles {
			titles = append(titles, lowerText(src, run[:n]))
		}
		return nil, titles
	}
	// Everything up to a possessive is the affiliation, but for the
	// name's own ("Foreign Minister Wang Yi's visit"), which ends the run.
	for i := len(run) - 1; i >= 0; i-- {
		if _, ok := possessive(run[i].lower(src)); ok {
			if i == len(run)-1 && i > 0 {
				continue
			}
			run = run[i+1:]
			break
		}
	}
	// "Ingrid Solberg of Norway": the country after the name.
	for k := len(run) - 2; k > 0; k-- {
		if (run[k].lower(src) == "of" || run[k].lower(src) == "from") && a.isPlace(src, run[k+1:]) {
			run = run[:k]
			break
		}
	}
	// The name follows the last title.
	last := -1
	for i := 0; i < len(run); i++ {
		if n := a.titles.match(src, run, i); n > 0 {
			if withTitles {
				titles = append(titles, lowerText(src, run[i:i+n]))
			}
			last = i + n
			i += n - 1
		}
	}
	// A title not in capitals may stand before a surname in capitals
	// ("Minister KAMIKAWA").
	titledMixed := last > 0 && !isAllCaps(run[last-1].text(src))
	if last >= 0 {
		run = run[last:]
	}
	// Skip what may stand between a title and the name: "to the
	// Philippines", and leading places, demonyms and common words.
	for len(run) > 0 {
		t := run[0]
		place := a.isPlaceWord(src, run)
		if isConnector(t.lower(src)) || place > 0 || startersAndTimes[t.lower(src)] ||
			(len(run) > 1 && st.lowered[t.lower(src)]) {
			if n := place; n > 0 {
				run = run[n:]
			} else {
				run = run[1:]
			}
			continue
		}
		break
	}
	// The name ends before a connector that is not a particle: "Adaeze
	// Okonjo to the White House".
	for k, t := range run {
		if !isNameWord(t) && !isParticle(t.lower(src)) && isConnector(t.lower(src)) {
			run = run[:k]
			break
		}
	}
	if len(run) == 0 || len(run) > maxNameWords || len(run) > 4 && !hasParticle(src, run) {
		return nil, titles // longer than four words only with a particle: "Luiz Inácio Lula da Silva"
	}
	for k, t := range run {
		if !isNameWord(t) && !isParticle(t.lower(src)) {
			return nil, titles
		}
		if !lone && a.notName[t.lower(src)] {
			return nil, titles
		}
		if isAllCaps(t.text(src)) && utf8.RuneCountInString(t.text(src)) > 1 &&
			(!titledMixed && !someNotCaps(src, run) || a.qualifierWord(t.lower(src))) {
			// An acronym ("NATO", "FBI"), unless a surname as Japanese
			// and Chinese official texts write it, in capitals beside a
			// given name or after a title that are not ("Foreign
			// Minister KAMIKAWA Yoko", "Minister KAMIKAWA", "XI
			// Jinping").
			return nil, titles
		}
		if strings.IndexFunc(t.text(src), unicode.IsDigit) >= 0 {
			return nil, titles
		}
		if _, ok := possessive(t.lower(src)); ok && k < len(run)-1 {
			return nil, titles // the name's own possessive ends it (see nameWords)
		}
	}
	if isConnector(run[len(run)-1].lower(src)) || isConnector(run[0].lower(src)) {
		return nil, titles
	}
	// The run is not a place: the loop above skipped a place at its
	// start ("the" too, which is a connector), and a run that starts
	// with none holds none that its first word starts.
	if a.isOutlet(src, run) {
		return nil, titles
	}
	if len(run) == 1 && ((!lone && st.lowered[run[0].lower(src)]) || utf8.RuneCountInString(run[0].text(src)) < 2) {
		return nil, titles
	}
	return run, titles
}

// isRomanNumeral reports whether w is a regnal number in capitals ("II",
// "XIV"), which a name keeps as it is ("Charles III").
func isRomanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L':
		default:
			return false
		}
	}
	return true
}

// someNotCaps reports whether a word of run is not in capitals.
func someNotCaps(src string, run []token) bool {
	for _, t := range run {
		if !isAllCaps(t.text(src)) {
			return true
		}
	}
	return false
}

// qualifierWord reports whether a word, lower case, is a state (a name,
// a demonym, "US"), an organisation of the actor gazetteer ("EU",
// "NATO") or a news outlet ("CNN") on its own: a word that qualifies a
// title and names no person.
func (a *Attributor) qualifierWord(w string) bool {
	if _, ok := a.place[w]; ok {
		return true
	}
	if _, ok := a.org[w]; ok {
		return true
	}
	_, ok := a.outlet[w]
	return ok
}

// isPlace reports whether the words are a country, capital or seat.
func (a *Attributor) isPlace(src string, run []token) bool {
	if len(run) > 0 && run[0].lower(src) == "the" {
		run = run[1:]
	}
	return len(run) > 0 && a.places.match(src, run, 0) == len(run)
}

// isPlaceWord returns the length of a place phrase at the start of run,
// "the" included.
func (a *Attributor) isPlaceWord(src string, run []token) int {
	k := 0
	if len(run) > 1 && run[0].lower(src) == "the" {
		k = 1
	}
	if n := a.places.match(src, run, k); n > 0 {
		return k + n
	}
	return 0
}

// isOutlet reports whether the words are a news outlet.
func (a *Attributor) isOutlet(src string, run []token) bool {
	return len(run) > 0 && a.outlets.match(src, run, 0) == len(run)
}

func isAllCaps(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// titleCase turns "SECRETARY BLINKEN" into "Secretary Blinken".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// stripPossessive returns a possessive word without its ending: "China’s"
// gives "China", "ministers’" gives "ministers".
func stripPossessive(src string, t token) token {
	base, ok := possessive(t.lower(src))
	if !ok {
		return t
	}
	text := t.text(src)
	if k := strings.LastIndexAny(text, "'’"); k > 0 {
		text = text[:k]
	}
	return t.withoutEnd(base, text)
}

// withoutPossessive returns a lower-case word without its possessive
// ending, as stripPossessive does a token's: "china's" gives "china".
func withoutPossessive(w string) string {
	if base, ok := possessive(w); ok {
		return base
	}
	return w
}

// isPossessive reports whether possessive would strip an ending from a
// lower-case word. It tests the last two bytes itself, rather than call
// possessive, so that the compiler inlines it: the loops over a
// document's words ask it of many.
func isPossessive(w string) bool {
	n := len(w)
	return n >= 2 && (w[n-2] == '\'' && w[n-1] == 's' || w[n-2] == 's' && w[n-1] == '\'')
}

// possessive strips "’s" or a trailing apostrophe from a lower-case word.
func possessive(w string) (string, bool) {
	if b, ok := strings.CutSuffix(w, "'s"); ok {
		return b, true
	}
	if b, ok := strings.CutSuffix(w, "s'"); ok {
		return b + "s", true
	}
	return "", false
}

// lowerText returns strings.ToLower(joinText(toks)) for word tokens.
// Where their text is ASCII it is their lower-case forms joined, which
// for one word is a view of the tokens' store: most titles ("minister")
// cost no allocation.
func lowerText(src string, toks []token) string {
	for _, t := range toks {
		if !wordsplit.IsASCII(t.text(src)) {
			return strings.ToLower(joinText(src, toks))
		}
	}
	return lowerPhrase(src, toks)
}

// joinText returns the tokens as written, joined by spaces.
func joinText(src string, toks []token) string {
	// As strings.Join of the tokens' texts, without the slice of them:
	// most are a cue of one word, whose text is the token's own.
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].text(src)
	}
	n := len(toks) - 1
	for i := range toks {
		n += len(toks[i].text(src))
	}
	var b strings.Builder
	b.Grow(n)
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].text(src))
	}
	return b.String()
}

// timeWords are capitalized words that are never part of a speaker.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// startersAndTimes holds sentenceStarters and timeWords, for one lookup
// instead of two where person skips either. It is only read.
var startersAndTimes = func() map[string]bool {
	m := make(map[string]bool, len(sentenceStarters)+len(timeWords))
	for _, set := range []map[string]bool{sentenceStarters, timeWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// sentenceStarters are capitalized words that open sentences and are never
// part of a speaker's name.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "on": true, "in": true, "however": true, "but": true,
	"and": true, "meanwhile": true, "earlier": true, "later": true, "separately": true,
	"also": true, "then": true, "since": true, "after": true, "before": true, "when": true,
	"while": true, "as": true, "at": true, "for": true, "from": true, "by": true, "with": true,
	"according": true, "both": true, "this": true, "that": true, "it": true, "yet": true,
	"still": true, "instead": true, "speaking": true, "asked": true, "well": true, "please": true,
	"yes": true, "no": true, "so": true, "now": true, "thank": true, "thanks": true, "first": true,
	"second": true, "third": true, "finally": true, "last": true, "next": true, "let": true,
	"let's": true, "go": true, "okay": true, "ok": true, "all": true, "if": true, "what": true, "good": true, "hello": true,
	"why": true, "how": true, "where": true, "who": true, "did": true, "does": true, "do": true,
	"is": true, "are": true, "was": true, "will": true, "would": true, "can": true, "could": true,
	"has": true, "have": true, "i": true, "we": true, "you": true, "our": true, "my": true,
	"its": true, "his": true, "her": true, "their": true, "some": true, "two": true, "three": true,
}
