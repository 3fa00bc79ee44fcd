package tone

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"

	"github.com/demarche/demarche/tone/actor"
)

// affiliator finds the state or organisation each speaker of one document
// speaks for.
type affiliator struct {
	x    *Actors
	doc  string
	toks []token // the document's tokens, once needed
	src  string  // the store of toks (see token)
	// at maps a capitalized word, lower case, to where it stands, once
	// indexed. When expected, its keys are the words of the names the
	// affiliator will be asked about, set before any place is read, and
	// only their places are read; otherwise every name word's are.
	at       map[string]*[]int
	expected bool
	indexed  bool
	cache    map[string]string
	// texts is a buffer for the written and lower-case forms of the
	// windows around a name that the gazetteer reads.
	texts []string
	// starts is a buffer for the places of one name's words.
	starts []int
	// mentions is a buffer for the names the gazetteer finds in a window.
	mentions []actor.Mention
	// windows holds before's answer for each window of titles it read
	// so far, keyed by the window's forms (see windowKey): a speaker's
	// name comes back with the same titles before it. key is a buffer
	// for a window's key.
	windows map[string]string
	key     []byte
	// recent holds country's last two answers, newest first: in a
	// transcript the same two speakers take turns, and comparing a
	// speaker with two costs less than hashing it for the cache.
	recent [2]struct{ speaker, country string }
	// seen, lists, places and short are the memory of expect's and
	// index's tables, kept with the affiliator's other tables from one
	// document to the next (see reset).
	seen   map[string]bool
	lists  [][]int
	places []int
	short  placeLists
	// targets is the working memory of finding targets, kept from one
	// document to the next (see targetBuffers).
	targets targetBuffers
}

// empty makes af the affiliator of no document, keeping the memory of
// its tables and buffers, emptied, as the document's state keeps its own
// (see docState.empty): a tree of short files made each file's anew.
// Nothing of the document read is kept alive.
func (af *affiliator) empty() {
	*af = affiliator{
		at:       emptied(af.at),
		cache:    emptied(af.cache),
		texts:    clearAll(af.texts),
		starts:   af.starts[:0],
		mentions: clearAll(af.mentions),
		windows:  emptied(af.windows),
		key:      af.key[:0],
		seen:     emptied(af.seen),
		lists:    clearAll(af.lists),
		places:   af.places[:0],
		short:    af.short.emptied(),
		targets:  af.targets,
	}
	af.targets.forget()
}

// begin readies af, new or emptied, for doc, whose tokens are toks, of
// the store src (see newAffiliator).
func (af *affiliator) begin(x *Actors, doc string, toks []token, src string) {
	af.x, af.doc, af.toks, af.src = x, doc, toks, src
	if af.cache == nil {
		af.cache = make(map[string]string)
	}
}

// expect tells af the speakers it will be asked about, so that it indexes
// the words of their names only, not every capitalized word of the
// document. Asked about another, it indexes every word then.
func (af *affiliator) expect(speakers []string) {
	if af.at == nil {
		af.at = make(map[string]*[]int)
	}
	clear(af.at)
	af.expected, af.indexed = true, false
	if af.seen == nil {
		af.seen = make(map[string]bool)
	}
	seen := af.seen
	clear(seen)
	for i, sp := range speakers {
		// Runs alternate between two speakers in a transcript: the one
		// two runs back is compared before the map is asked.
		if i >= 2 && sp == speakers[i-2] || seen[sp] {
			continue
		}
		seen[sp] = true
		for _, w := range actor.Split(sp) {
			af.at[strings.ToLower(w)] = nil // its list is made below
		}
	}
	// The lists are cut from one array, each with room for a few places
	// (appending them one by one to nothing took four allocations).
	const room = 8
	lists := grow(af.lists, len(af.at))
	places := grow(af.places, room*len(af.at))
	af.lists, af.places = lists, places
	k := 0
	for w := range af.at {
		lists[k] = places[room*k : room*k : room*(k+1)]
		af.at[w] = &lists[k]
		k++
	}
}

// newAffiliator returns an affiliator for doc, which it tokenizes when it
// first needs to; an analysis gives its affiliator the document's tokens
// instead (see begin).
func (x *Actors) newAffiliator(doc string) *affiliator {
	return &affiliator{x: x, doc: doc, cache: make(map[string]string)}
}

// SpeakerCountry returns the state or organisation a speaker of doc speaks
// for, or "" when neither the gazetteer nor the document says. See
// [Actors.Read].
func (x *Actors) SpeakerCountry(doc, speaker string) string {
	return x.newAffiliator(doc).country(speaker)
}

// country returns the state or organisation speaker speaks for:
//
//  1. the gazetteer's, when the whole name is one of its names ("China",
//     "Kremlin", "Mao Ning", "State Department");
//  2. else the one the document names around the speaker's name: before
//     it among titles ("Chinese Foreign Ministry spokesperson Lin Wei",
//     "Poland's foreign minister, Tomasz Zielinski"), after it ("Ingrid
//     Solberg of Norway", "Mr. Volkov (Russian Federation)", "Tomasz
//     Zielinski, Poland's foreign minister");
//  3. else the one named inside an institution's name ("Chinese Embassy",
//     "Taiwanese Defence Ministry"), or a person's family name ("Lavrov").
func (af *affiliator) country(speaker string) string {
	if speaker == "" || speaker == Unknown {
		return ""
	}
	switch speaker {
	case af.recent[0].speaker:
		return af.recent[0].country
	case af.recent[1].speaker:
		af.recent[0], af.recent[1] = af.recent[1], af.recent[0]
		return af.recent[0].country
	}
	c, ok := af.cache[speaker]
	if !ok {
		c = af.find(speaker)
		af.cache[speaker] = c
	}
	af.recent[1], af.recent[0] = af.recent[0], af.recent[1]
	af.recent[0].speaker, af.recent[0].country = speaker, c
	return c
}

func (af *affiliator) find(speaker string) string {
	x := af.x
	toks := actor.Split(speaker)
	if len(toks) > 1 && strings.EqualFold(toks[0], "the") {
		toks = toks[1:]
	}
	ms := x.gaz.Find(toks)
	// The words in lower case, made once for fromDocument and here.
	lows := make([]string, len(toks))
	for k, t := range toks {
		lows[k] = strings.ToLower(t)
	}
	if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(toks) && !ms[0].InWord && ms[0].Form != actor.FormFamilyName {
		// A person's title in the document comes first: the gazetteer
		// knows one post of each ("German Foreign Minister Annalena
		// Baerbock" is Germany's, though her post of 2025 is at the UN).
		if ms[0].Kind == actor.Person {
			if c := af.fromDocument(toks, lows, true); c != "" {
				return c
			}
		}
		return x.gaz.Affiliation(ms[0].Actor, "")
	}
	if c := af.fromDocument(toks, lows, false); c != "" {
		return c
	}
	institution := false
	for _, w := range lows {
		if x.descWords[w] {
			institution = true
		}
	}
	for _, m := range ms {
		if m.Form == actor.FormFamilyName || (institution && m.Kind != actor.Person) {
			return x.gaz.Affiliation(m.Actor, "")
		}
	}
	return ""
}

// fromDocument looks for the speaker's name in the document and returns
// the state or organisation most often named around it, or only in the
// titles before it when titles is set. lows are the name's words in lower
// case.
func (af *affiliator) fromDocument(name, lows []string, titles bool) string {
	if af.expected {
		for _, w := range lows {
			if af.at[w] == nil {
				// Not expected: index every word.
				af.at, af.expected, af.indexed = nil, false, false
				break
			}
		}
	}
	if !af.indexed {
		if af.toks == nil {
			// Paragraph by paragraph, as attribution tokenizes: each
			// paragraph's offsets start at 0 (see newParagraph).
			var store strings.Builder
			for _, p := range splitParagraphs(Normalize(af.doc)) {
				af.toks = appendTokensTo(af.toks, p.text, &store)
			}
			af.src = store.String()
		}
		af.index()
	}
	toks, src := af.toks, af.src
	// The name's words, lower case, each once. A name has a few: a
	// slice searched from the start costs less than a map.
	words := make([]string, 0, len(name))
	institution := false
	for _, w := range lows {
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
		institution = institution || af.x.descWords[w]
	}
	family := lows[len(lows)-1]
	// Where the name's words stand, in document order: each word's
	// places are, so they are merged. A token is one of the name's words
	// (a name word whose form without a possessive ending is one of
	// words) exactly when its place is in starts, as index found them:
	// the loop below tells so by the places next to it in starts, with
	// no string compared.
	// The first word's list is read where it is, not copied; the second
	// is merged with it into af.starts in one pass; any further ones into
	// af.starts in place.
	var starts []int
	merged := false
	for _, w := range words {
		switch l := af.at[w]; {
		case l == nil || len(*l) == 0:
		case starts == nil:
			starts = *l // read only
		case !merged:
			starts, merged = appendMerged(af.starts[:0], starts, *l), true
			af.starts = starts
		default:
			starts = mergeUnique(starts, *l)
			af.starts = starts
		}
	}
	votes := make(map[string]int)
	var order []string
	last := -1
	// The places of the family name, walked along with starts: toks[i]
	// is the family name (without a possessive ending) exactly when i is
	// one of them, as index found them.
	var fam []int
	if l := af.at[family]; l != nil {
		fam = *l
	}
	f := 0
	for k, i := range starts {
		if i <= last || (k > 0 && starts[k-1] == i-1) {
			continue // inside a run of the name's words
		}
		end := i + 1
		for m := k + 1; m < len(starts) && !isPossessive(toks[end-1].lower(src)); m++ {
			if starts[m] == end+1 && isParticle(toks[end].lower(src)) {
				end++ // "Mohammed bin Khalid": the particle is no name word
			} else if starts[m] != end {
				break
			}
			end++
		}
		switch n := end - i; {
		case institution && n < len(name):
			continue // "Ministry" alone is any ministry
		case n < min(2, len(name)) && !(inPlaces(fam, &f, i) && af.titled(src, toks, i)):
			continue // "Lin" alone may be anybody; "President Harlan" is Harlan
		}
		around := []string{af.before(src, toks, i), ""}
		if !titles {
			around[1] = af.after(src, toks, end)
		}
		for _, c := range around {
			if c == "" {
				continue
			}
			if votes[c] == 0 {
				order = append(order, c)
			}
			votes[c]++
		}
		last = end - 1
	}
	best := ""
	for _, c := range order {
		if votes[c] > votes[best] {
			best = c
		}
	}
	return best
}

// inPlaces reports whether i is in places, which is sorted, reading it
// from *from on and leaving *from at the first place not below i: asked
// about places in increasing order, it reads the list once.
func inPlaces(places []int, from *int, i int) bool {
	k := *from
	for k < len(places) && places[k] < i {
		k++
	}
	*from = k
	return k < len(places) && places[k] == i
}

// appendMerged appends to dst the places of a and b, each sorted with no
// repeats, sorted with no repeats. dst must not share memory with a or b.
func appendMerged(dst, a, b []int) []int {
	dst = slices.Grow(dst, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch x, y := a[i], b[j]; {
		case x < y:
			dst = append(dst, x)
			i++
		case x > y:
			dst = append(dst, y)
			j++
		default:
			dst = append(dst, x)
			i, j = i+1, j+1
		}
	}
	dst = append(dst, a[i:]...)
	return append(dst, b[j:]...)
}

// mergeUnique returns the places of a and b, each sorted with no repeats,
// sorted with no repeats, in a's memory when it has room. It works from
// the end, so a's places are moved before they are overwritten.
func mergeUnique(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return append(a, b...)
	}
	// Count the places of b that a does not hold, to know the length.
	n := len(a)
	for i, j := 0, 0; j < len(b); {
		switch {
		case i < len(a) && a[i] < b[j]:
			i++
		case i < len(a) && a[i] == b[j]:
			i, j = i+1, j+1
		default:
			n, j = n+1, j+1
		}
	}
	out := slices.Grow(a, n-len(a))[:n]
	i, j := len(a)-1, len(b)-1
	for k := n - 1; j >= 0; k-- {
		switch {
		case i >= 0 && out[i] > b[j]:
			out[k], i = out[i], i-1
		case i >= 0 && out[i] == b[j]:
			out[k], i, j = b[j], i-1, j-1
		default:
			out[k], j = b[j], j-1
		}
	}
	return out
}

// index reads the places of af.at's words in af.toks, or of every name
// word when none were expected. Then a word filter built from the
// expected words turns most name words away before the map is asked:
// the loop reads every token of the document, and hashing each
// capitalized word for a set of a few dozen cost more than the filter.
func (af *affiliator) index() {
	af.indexed = true
	src := af.src
	if !af.expected {
		af.at = make(map[string]*[]int)
		for i := range af.toks {
			if t := &af.toks[i]; t.name { // isNameWord(*t), without copying t
				w := withoutPossessive(t.lower(src))
				l := af.at[w]
				if l == nil {
					l = new([]int)
					af.at[w] = l
				}
				*l = append(*l, i)
			}
		}
		return
	}
	var filter wordFilter
	short := &af.short
	short.init(len(af.at))
	for w, l := range af.at {
		filter.add(w)
		if k, ok := packWord(w); ok {
			short.add(k, l)
		}
	}
	toks, at := af.toks, af.at
	for i := 0; ; i++ {
		var w string
		if i, w = nextMayHave(src, toks, &filter, i); i == len(toks) {
			return
		}
		// Most name words are short: their lists are found by their
		// packed keys, without hashing the word and comparing strings.
		var l *[]int
		if k, ok := packWord(w); ok {
			l = short.get(k)
		} else {
			l = at[w]
		}
		if l != nil {
			*l = append(*l, i)
		}
	}
}

// placeLists maps words of at most 8 bytes, packed by packWord, to their
// lists of places: an open-addressing table, like wordKeys, of a size
// fixed when it is made.
type placeLists struct {
	keys  []uint64 // a power of two of them; 0 marks an empty slot
	lists []*[]int // the list of the word whose key is keys[i]
	shift uint     // 64 minus log2(len(keys)), less than 64
}

// init makes p an empty table with room for n words, in the memory p
// had when it is the right size.
func (p *placeLists) init(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if len(p.keys) == size {
		clear(p.keys)
		clear(p.lists)
	} else {
		p.keys, p.lists = make([]uint64, size), make([]*[]int, size)
	}
	p.shift = uint(64 - bits.TrailingZeros(uint(size)))
}

// emptied returns p, whose memory init clears when it is used again, or
// an empty table when it has room for more than keptEntries words. Its
// lists hold places, no text.
func (p placeLists) emptied() placeLists {
	if len(p.keys) > 2*keptEntries {
		return placeLists{}
	}
	return p
}

// add adds the word whose key is k, which p does not hold, and its list.
func (p *placeLists) add(k uint64, l *[]int) {
	mask := len(p.keys) - 1
	i := int(k * 0x9e3779b97f4a7c15 >> (p.shift & 63))
	for p.keys[i] != 0 {
		i = (i + 1) & mask
	}
	p.keys[i], p.lists[i] = k, l
}

// get returns the list of the word whose key is k, or nil.
func (p *placeLists) get(k uint64) *[]int {
	mask := len(p.keys) - 1
	for i := int(k * 0x9e3779b97f4a7c15 >> (p.shift & 63)); ; i = (i + 1) & mask {
		switch p.keys[i] {
		case k:
			return p.lists[i]
		case 0:
			return nil
		}
	}
}

// nextMayHave returns the first name word from toks[i] on whose form
// without a possessive ending the filter may have, and that form; it
// returns len(toks) when there is none. It reads every token of a
// document, in a loop that calls nothing and so keeps its variables in
// registers.
func nextMayHave(src string, toks []token, filter *wordFilter, i int) (int, string) {
	for ; i < len(toks); i++ {
		if !toks[i].name {
			continue // !isNameWord(toks[i]), without copying the token
		}
		w := toks[i].lower(src)
		// withoutPossessive(w), spelt out to be inlined.
		if n := len(w); n >= 2 && w[n-2] == '\'' && w[n-1] == 's' {
			w = w[:n-2]
		} else if n >= 2 && w[n-2] == 's' && w[n-1] == '\'' {
			w = withoutPossessive(w) // "s'" becomes "s", a new string: rare
		}
		if filter.mayHave(w) {
			return i, w
		}
	}
	return len(toks), ""
}

// titled reports whether a title stands right before toks[i].
func (af *affiliator) titled(src string, toks []token, i int) bool {
	return i > 0 && toks[i-1].word && af.x.isDescWord(toks[i-1].lower(src))
}

// before returns the state or organisation named among the titles and
// descriptions just before a name: "Chinese Foreign Ministry spokesperson",
// "Poland's foreign minister,", "US Ambassador to the Philippines" (the
// posting after "to" is not the affiliation).
func (af *affiliator) before(src string, toks []token, i int) string {
	x := af.x
	k := i - 1
	// An honorific or titles after the comma: "the Minister for Foreign
	// Affairs of Venezuela, Mr. Héctor Salazar", "Vietnam's deputy
	// defense minister, Senior Lieutenant General Hoang Xuan Chien".
	if k >= 1 && toks[k].text(src) == "." && initialismStop(src, toks, k) {
		k -= 2
	}
	comma := k // the comma before the titles, if one is
	for comma >= 0 && comma > k-4 && toks[comma].word && (x.isDescWord(toks[comma].lower(src)) || titleModifiers[toks[comma].lower(src)]) {
		comma--
	}
	// Only after a description that is no name: "Prime Minister Kenji
	// Morimoto of Japan, President Ramon Villanueva" is two people.
	if comma >= 1 && comma < k && toks[comma].text(src) == "," && toks[comma-1].word && !toks[comma-1].name &&
		(x.isDescWord(toks[comma-1].lower(src)) || titleModifiers[toks[comma-1].lower(src)]) {
		k = comma
	}
	if k >= 0 && toks[k].text(src) == "," {
		k--
	}
	lo := k + 1
	for ; k >= 0 && k >= i-10 && !newParagraph(toks, k+1); k-- {
		t := &toks[k]
		if !t.word {
			// The full stop of "U.S." stands apart from its letters.
			if t.text(src) == "." && k > 0 && strings.Contains(toks[k-1].text(src), ".") {
				continue
			}
			break
		}
		// A possessive stays in whatever its base, so the map is asked
		// about the word as written only.
		if t.name || isPossessive(t.lower(src)) || x.isDescWord(t.lower(src)) {
			lo = k
			continue
		}
		// "According to" opens no title: its "to" is no posting.
		if t.lower(src) == "to" && k > 0 && toks[k-1].lower(src) == "according" {
			break
		}
		// "to" and "in" stay in, so that a posting is seen as one: "US
		// Ambassador to the Philippines", "the agency's director in Port
		// Sudan".
		if t.lower(src) == "the" || t.lower(src) == "of" || t.lower(src) == "for" || t.lower(src) == "to" || t.lower(src) == "in" || t.lower(src) == "at" {
			lo = k
			continue
		}
		// The words of a description that are no title: "Nigeria's
		// top diplomat", "Kremlin aide"; "and" between two titles'
		// words ("Minister of African Integration and Foreign
		// Affairs").
		if titleModifiers[t.lower(src)] || officeHeads[t.lower(src)] || t.lower(src) == "and" && andInTitle(x, src, toks, k, i) {
			lo = k
			continue
		}
		// A portfolio or a field before an office: "South Korea's
		// unification minister", "the U.N. humanitarian chief".
		if k+1 < i && officeHeads[toks[k+1].lower(src)] && !prepositions[t.lower(src)] && !clauseWords[t.lower(src)] {
			lo = k
			continue
		}
		// A posting that is no place, one word after "to", "at" or
		// "for" and its "the": "Turkmenistan's envoy to the talks".
		j := k - 1
		if j > 0 && toks[j].lower(src) == "the" {
			j--
		}
		if j > 0 && k+1 < i && (toks[j].lower(src) == "to" || toks[j].lower(src) == "at" || toks[j].lower(src) == "for") && x.isDescWord(toks[j-1].lower(src)) {
			k, lo = j, j
			continue
		}
		break
	}
	if lo == i {
		return ""
	}
	// A window that opens with a preposition is the complement of a
	// noun before it, no title: "At the request of the Kazakh side,
	// Vladimir Putin informed …".
	switch toks[lo].lower(src) {
	case "of", "for", "to", "in", "at":
		return ""
	}
	// The gazetteer's answer depends on the window's words only, as
	// written and in lower case, which the tokens' forms hold.
	af.key = windowKey(af.key[:0], src, toks[lo:i])
	if c, ok := af.windows[string(af.key)]; ok {
		return c
	}
	c := af.firstAffiliation(src, toks[lo:i])
	if af.windows == nil {
		af.windows = make(map[string]string)
	}
	af.windows[string(af.key)] = c
	return c
}

// titleModifiers are words of a person's description before the name
// that are no title (see Actors.isDescWord) but stand among titles: "top
// diplomat", "senior adviser", "Kremlin aide".
var titleModifiers = map[string]bool{
	"top": true, "senior": true, "chief": true, "acting": true, "former": true, "interim": true,
	"aide": true, "adviser": true, "advisor": true, "diplomat": true, "official": true,
	"chairperson": true, "colleague": true, "counterpart": true,
}

// andInTitle reports whether the "and" at toks[k], before a name at
// toks[i], joins two words of one title's complement, after its "of" or
// "for": "Minister of African Integration and Foreign Affairs", not
// "Chancellor Friedrich Merz and French President".
func andInTitle(x *Actors, src string, toks []token, k, i int) bool {
	if k == 0 || k+1 >= i || !titleWord(x, src, &toks[k-1]) || !titleWord(x, src, &toks[k+1]) || isPossessive(toks[k+1].lower(src)) {
		return false
	}
	for j := k - 1; j >= max(0, k-4); j-- {
		switch w := toks[j].lower(src); {
		case w == "of" || w == "for":
			return j > 0 && x.isDescWord(toks[j-1].lower(src))
		case !titleWord(x, src, &toks[j]) || isPossessive(w):
			return false
		}
	}
	return false
}

// postedFor reports whether an office, lower case, is posted to the place
// after its "for" ("Special Envoy for Syria"), not of it ("a spokeswoman
// for the European Commission", "Minister for Foreign Affairs").
func postedFor(office string) bool {
	switch office {
	case "envoy", "coordinator", "chief", "representative", "rapporteur", "adviser", "advisor", "director":
		return true
	}
	return false
}

// officeHeads are the words of an office a lower-case word may qualify
// before a name: "unification minister", "humanitarian chief".
var officeHeads = map[string]bool{
	"minister": true, "chief": true, "coordinator": true, "envoy": true, "commissioner": true,
	"adviser": true, "advisor": true, "secretary": true, "director": true,
}

// titleWord reports whether t may stand in a title: a name word, a title's
// word or one of titleModifiers.
func titleWord(x *Actors, src string, t *token) bool {
	return t.word && (t.name || x.isDescWord(t.lower(src)) || titleModifiers[t.lower(src)])
}

// newParagraph reports whether toks[i] starts a paragraph: a document's
// tokens are its paragraphs' in turn, each with offsets from its own start.
// A window of titles around a name ends there ("… with Australian Foreign
// Minister Penny Wong" is no title of the interview's "HOST:" below).
func newParagraph(toks []token, i int) bool {
	return i > 0 && i < len(toks) && toks[i].start <= toks[i-1].start
}

// windowKey appends to key the forms of toks, of the store src: each
// token's lower-case form, and its written form when it differs, after the
// lengths of the lower-case form and of both, so that two windows have
// the same key only when their tokens have the same forms. Whether a token
// is a word, the forms tell too.
func windowKey(key []byte, src string, toks []token) []byte {
	for i := range toks {
		t := &toks[i]
		lower := t.lower(src)
		key = binary.AppendUvarint(key, uint64(len(lower)))
		if !t.differs {
			key = binary.AppendUvarint(key, uint64(len(lower)))
			key = append(key, lower...)
		} else {
			text := t.text(src)
			key = binary.AppendUvarint(key, uint64(len(lower)+len(text)))
			key = append(key, lower...)
			key = append(key, text...)
		}
	}
	return key
}

// after returns the state or organisation named just after a name: "of
// Norway", "(Russian Federation)", ", Poland's foreign minister".
func (af *affiliator) after(src string, toks []token, end int) string {
	if end >= len(toks) {
		return ""
	}
	switch t := &toks[end]; {
	case t.word && (t.lower(src) == "of" || t.lower(src) == "from"), t.text(src) == "(":
		return af.leadingAffiliation(src, toks[end+1:min(len(toks), end+8)])
	case t.word && t.upper && af.x.isDescWord(t.lower(src)):
		// A title right after the name, with no comma, as a heading set
		// on several lines reads once joined: "Tomas Berg Prime
		// Minister of Norway".
		return af.titleOf(src, toks[end:min(len(toks), end+11)])
	case t.text(src) == ",":
		win := toks[end+1 : min(len(toks), end+8)]
		c := af.leadingAffiliation(src, win)
		if c == "" {
			return af.titleOf(src, toks[end+1:min(len(toks), end+12)])
		}
		// Only an appositive of titles: "Tomasz Zielinski, Poland's
		// foreign minister", not "Zielinski, Germany and France".
		for k := range win {
			if t := &win[k]; t.word && af.x.isDescWord(t.lower(src)) {
				return c
			}
		}
	}
	return ""
}

// titleOf returns the state or organisation that an appositive of
// titles names at its end, after "of": "Minister for Foreign Affairs of
// Chile", "Permanent Representative of the Russian Federation", as a
// speech's heading and a formal report name a speaker. The words before
// "of" must be words of a title, one at least a description (see
// Actors.isDescWord), and "for" or "and" among them.
func (af *affiliator) titleOf(src string, toks []token) string {
	desc := false
	for k := range toks {
		t := &toks[k]
		if !t.word {
			return ""
		}
		switch low := t.lower(src); {
		case low == "of":
			if !desc || k == 0 {
				return ""
			}
			return af.leadingAffiliation(src, toks[k+1:])
		case low == "for" || low == "and":
		case af.x.isDescWord(low):
			desc = true
		case !t.upper:
			return ""
		}
	}
	return ""
}

// firstAffiliation returns the first state or organisation named in toks
// that is not a posting ("to the Philippines", "in Manila", "for Sudan").
func (af *affiliator) firstAffiliation(src string, toks []token) string {
	texts, lowers := af.textsOf(src, toks)
	af.mentions = af.x.gaz.AppendFound(af.mentions[:0], texts, lowers)
	for _, m := range af.mentions {
		if m.Kind == actor.Person {
			continue
		}
		k := m.Start - 1
		if k >= 0 && toks[k].lower(src) == "the" {
			k--
		}
		if k >= 0 && (toks[k].lower(src) == "to" || toks[k].lower(src) == "in" || toks[k].lower(src) == "at") {
			continue
		}
		if k > 0 && toks[k].lower(src) == "for" && postedFor(toks[k-1].lower(src)) {
			continue // "Special Envoy for Syria", "the U.N. humanitarian chief for Sudan"
		}
		return af.x.gaz.Affiliation(m.Actor, "")
	}
	return ""
}

// leadingAffiliation returns the state or organisation named at the start
// of toks, after "the".
func (af *affiliator) leadingAffiliation(src string, toks []token) string {
	texts, lowers := af.textsOf(src, toks)
	// Only the first name counts, and only when it starts the window or
	// follows "the".
	m, ok := af.x.gaz.FindAt(texts, lowers, 0)
	if !ok && len(toks) > 1 && toks[0].lower(src) == "the" {
		m, ok = af.x.gaz.FindAt(texts, lowers, 1)
	}
	if !ok || m.Kind == actor.Person {
		return ""
	}
	return af.x.gaz.Affiliation(m.Actor, "")
}

// textsOf is the function textsOf in af's buffer, which the next call
// overwrites.
func (af *affiliator) textsOf(src string, toks []token) (texts, lowers []string) {
	af.texts = slices.Grow(af.texts[:0], 2*len(toks))[:2*len(toks)]
	return splitTexts(af.texts, src, toks)
}

// textsOf returns the tokens as written and their lower-case forms, which
// are the gazetteer's normalized forms (both are wordsplit.Normalize's),
// in one allocation.
func textsOf(src string, toks []token) (texts, lowers []string) {
	return splitTexts(make([]string, 2*len(toks)), src, toks)
}

// splitTexts writes the tokens as written into the first half of both,
// which has room for twice as many strings as toks has tokens, and their
// lower-case forms into the second half, and returns the two halves.
func splitTexts(both []string, src string, toks []token) (texts, lowers []string) {
	n := len(toks)
	texts, lowers = both[:n:n], both[n:2*n]
	for i := range toks {
		texts[i], lowers[i] = toks[i].text(src), toks[i].lower(src)
	}
	return texts, lowers
}
