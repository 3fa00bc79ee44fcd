package tone

import (
	"strings"
	"unicode"
)

// speakerRef is a resolved speaker.
type speakerRef struct {
	name string
	kind mentionKind
	// document is set for a document with no named author ("the
	// statement"): an unknown speaker as a subject, nobody after
	// "according to".
	document bool
}

// verbAux are auxiliary and modal verbs: inside a stretch of words before
// a cue they end the clause that holds no subject.
var verbAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"do": true, "does": true, "did": true,
}

// clauseOrAux holds the words of clauseWords and verbAux, introFilter
// those of introWords, nounDetFilter those of nounDeterminers, and
// beforeCue those of the maps resolveCue asks about the words before a
// cue (modals, auxiliaries, timeNouns, timeWords). Most words asked are in none, and
// the filters say so without hashing them for the maps. Like the maps,
// they are never modified.
var (
	clauseOrAux   = filterOf(clauseWords, verbAux)
	introFilter   = filterOf(introWords)
	nounDetFilter = filterOf(nounDeterminers)
	beforeCue     = filterOf(modals, auxiliaries, timeNouns, timeWords)
)

// filterOf returns a filter of the keys of sets.
func filterOf(sets ...map[string]bool) *wordFilter {
	f := new(wordFilter)
	for _, set := range sets {
		for w := range set {
			f.add(w)
		}
	}
	return f
}

// quantifiers open a partitive: "one of them".
var quantifiers = map[string]bool{
	"one": true, "some": true, "many": true, "several": true, "most": true, "few": true,
	"each": true, "either": true, "neither": true, "none": true, "all": true, "both": true,
	"two": true, "three": true, "four": true, "five": true,
}

// isDeterminer reports whether w, a lower-case word, is a determiner:
// one that opens a noun phrase. A switch, not a map: the subject finders
// ask it of the first word of most sentences, most often "the", which a
// map lookup hashed each time.
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her",
		"this", "these", "those", "several", "senior", "top",
		"my", "our", "your",
		"one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "dozens":
		return true
	}
	return false
}

// introWords open a phrase that is not a subject: "In Washington, …",
// "…, speaking through an interpreter, …", "…, who took office …".
var introWords = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true,
	"after": true, "before": true, "during": true, "under": true, "as": true, "like": true,
	"despite": true, "without": true, "through": true, "who": true, "which": true, "whose": true,
	"whom": true, "where": true, "when": true, "though": true, "although": true, "however": true,
	"too": true, "also": true, "meanwhile": true, "then": true, "according": true, "once": true,
	"while": true, "unlike": true, "including": true, "among": true, "not": true, "since": true,
	"later": true, "earlier": true, "separately": true, "still": true, "yet": true, "if": true,
	"because": true, "asked": true, "speaking": true, "amid": true, "following": true,
}

// isIntro reports whether a phrase is an adverbial, a participle or a
// relative clause rather than a subject.
func isIntro(src string, seg []token) bool {
	if len(seg) == 0 || !seg[0].word {
		return len(seg) == 0
	}
	w := seg[0].lower(src)
	if introFilter.mayHave(w) && introWords[w] {
		return true
	}
	if seg[0].capitalized() {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// wordsOf keeps the word tokens of a phrase. When they all are, it
// returns toks itself, which callers must not modify.
func wordsOf(toks []token) []token {
	all := true
	for _, t := range toks {
		if !t.word {
			all = false
			break
		}
	}
	if all {
		return toks
	}
	out := make([]token, 0, len(toks))
	for _, t := range toks {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

// segmentBack returns the start of the phrase that ends at toks[k]: the
// token after the nearest boundary or quotation before it.
func segmentBack(sc *sentenceCtx, k int) int {
	src := sc.src
	b := k
	for b >= 0 && sc.inQ[b] < 0 && (!isBoundary(src, &sc.toks[b]) || initialismStop(src, sc.toks, b)) {
		b--
	}
	return b + 1
}

// initialismStop reports whether toks[i] is the full stop of an
// initialism, of a name's "Jr." or "Sr." or of an honorific ("Mr."), which
// the tokenizer sets apart ("U.S" and "." in "a senior U.S. official",
// "Ferdinand Marcos Jr. was quoted", "the Minister, Mr. Héctor Salazar,
// declared"): inside a sentence it ends nothing.
func initialismStop(src string, toks []token, i int) bool {
	if i == 0 || toks[i].text(src) != "." || !toks[i-1].word {
		return false
	}
	switch w := toks[i-1].text(src); w {
	case "Jr", "Sr", "JR", "SR", "Mr", "Mrs", "Ms", "Dr", "MR", "MRS", "MS", "DR":
		return true
	default:
		return len(w) >= 3 && w[1] == '.' && isAllCaps(w)
	}
}

// subjectBefore finds the speaker of a cue in the words before it; j is
// the last token before the cue once auxiliaries, adverbs and time
// phrases are skipped. It returns the speaker and the subject's first
// token.
func (a *Attributor) subjectBefore(sc *sentenceCtx, j int) (speakerRef, int, bool) {
	src := sc.src
	toks := sc.toks
	if j < 0 || sc.inQ[j] >= 0 {
		return speakerRef{}, 0, false
	}
	if toks[j].text(src) == "," {
		return a.appositiveSubject(sc, j)
	}
	if initialismStop(src, toks, j) {
		j-- // "Ferdinand Marcos Jr. said", "officials of the U.S. said"
	}
	if !toks[j].word {
		return speakerRef{}, 0, false
	}
	start := segmentBack(sc, j)
	seg := toks[start : j+1]
	cut := -1
	for k := len(seg) - 1; k >= 0; k-- {
		if w := seg[k].lower(src); clauseOrAux.mayHave(w) && (clauseWords[w] || verbAux[w]) && !isAllCaps(seg[k].text(src)) {
			cut = k
			break
		}
	}
	if cut >= 0 {
		tail := seg[cut+1:]
		w := seg[cut].lower(src)
		if len(tail) == 0 {
			switch {
			case (w == "who" || w == "which") && cut == 0:
				return a.antecedent(sc, start)
			case w == "who" || w == "which" || w == "that":
				// "a diplomat who said": the head before it.
				if ref, ok := a.resolveNP(seg[:cut], sc, start); ok {
					return ref, start, true
				}
			}
			return speakerRef{}, 0, false
		}
		if w == "what" {
			return speakerRef{}, 0, false // "what he called …"
		}
		if ref, ok := a.resolveNP(tail, sc, start+cut+1); ok {
			return ref, start + cut + 1, true
		}
		if w == "who" || w == "which" || w == "that" {
			// "A Western diplomat who follows the talks said".
			if ref, ok := a.resolveNP(seg[:cut], sc, start); ok {
				return ref, start, true
			}
		}
		return speakerRef{}, 0, false
	}
	for len(seg) > 0 && (seg[0].lower(src) == "and" || seg[0].lower(src) == "but" || seg[0].lower(src) == "or") {
		seg, start = seg[1:], start+1
	}
	if ref, ok := a.resolveNP(seg, sc, start); ok {
		return ref, start, true
	}
	// A time before the subject, with no comma: "Last month Niger
	// announced", "On Monday the ministry said".
	if n := leadingTime(src, seg); n > 0 && n < len(seg) {
		if ref, ok := a.resolveNP(seg[n:], sc, start+n); ok {
			return ref, start + n, true
		}
	}
	return speakerRef{}, 0, false
}

// leadingTime returns how many tokens of a time open seg: "Last month",
// "Earlier this week", "On Monday", "In March", "On 30 January"; or 0.
func leadingTime(src string, seg []token) int {
	k := 0
	switch seg[0].lower(src) {
	case "last", "this", "next", "earlier", "later", "late", "early", "on", "in":
		k = 1
	default:
		return 0
	}
	if k < len(seg) && (seg[k].lower(src) == "this" || seg[k].lower(src) == "last") {
		k++ // "Earlier this week"
	}
	n := k
	for n < len(seg) && seg[n].word && (timeNouns[seg[n].lower(src)] || timeWords[seg[n].lower(src)] || isNumber(seg[n].lower(src))) {
		n++
	}
	if n == k {
		return 0
	}
	return n
}

// appositiveSubject finds the subject of a cue that follows a comma:
// "Ghana's envoy, Kwabena Asante, said", "Sakai, speaking through an
// interpreter, said", "Washington, a treaty ally of Manila, condemned".
func (a *Attributor) appositiveSubject(sc *sentenceCtx, comma int) (speakerRef, int, bool) {
	src := sc.src
	toks := sc.toks
	type seg struct{ start, end int }
	var segs []seg
	k := comma
	for len(segs) < 4 {
		start := segmentBack(sc, k-1)
		if start > k-1 {
			break
		}
		segs = append(segs, seg{start, k})
		b := start - 1
		if b < 0 || sc.inQ[b] >= 0 || toks[b].text(src) != "," {
			break
		}
		k = b
	}
	idx, skipped := 0, false
	for idx < len(segs) && isIntro(src, toks[segs[idx].start:segs[idx].end]) {
		idx++
		skipped = true
	}
	if idx >= len(segs) {
		return speakerRef{}, 0, false
	}
	first := segs[idx]
	precededByComma := first.start > 0 && sc.inQ[first.start-1] < 0 && toks[first.start-1].text(src) == ","
	if !skipped && !precededByComma {
		return speakerRef{}, 0, false // "Madam Secretary, thank you"
	}
	if name, ok := a.personOnly(sc, toks[first.start:first.end], first.start); ok {
		return name, first.start, true
	}
	// "The statement, issued by the ministry, said": the document's
	// author (the participle was passed over as an introduction).
	if idx > 0 {
		in := segs[idx-1]
		if author, by := issuedBy(src, toks[in.start:in.end]); by {
			if _, _, w, ok := a.lastWordPhrase(src, toks[first.start:first.end]); ok && w.kind == kindDocument {
				if ref, ok := a.resolveNP(author, sc, in.start); ok {
					return ref, first.start, true
				}
			}
		}
	}
	if idx+1 < len(segs) {
		s := segs[idx+1]
		if !isIntro(src, toks[s.start:s.end]) {
			if ref, ok := a.resolveNP(toks[s.start:s.end], sc, s.start); ok {
				return ref, s.start, true
			}
		}
	}
	if ref, ok := a.resolveNP(toks[first.start:first.end], sc, first.start); ok {
		return ref, first.start, true
	}
	return speakerRef{}, 0, false
}

// personOnly resolves a phrase that is a person's name with at most
// titles before it ("Kwabena Asante", "Commodore Ramon Dizon").
func (a *Attributor) personOnly(sc *sentenceCtx, seg []token, at int) (speakerRef, bool) {
	src := sc.src
	w := wordsOf(seg)
	if len(w) == 0 || !isNameWord(w[len(w)-1]) {
		return speakerRef{}, false
	}
	k := len(w) - 1
	for k > 0 && (isNameWord(w[k-1]) || isConnector(w[k-1].lower(src))) {
		k--
	}
	for k > 0 {
		if n := a.titles.match(src, w, k-1); n > 0 {
			k--
			continue
		}
		break
	}
	if k != 0 {
		return speakerRef{}, false
	}
	name := a.nameIn(src, w, sc.st)
	if len(name) == 0 {
		return speakerRef{}, false
	}
	full := sc.st.personName(src, name)
	sc.add(at, mention{name: full, kind: mentionPerson, subject: true})
	return speakerRef{name: full, kind: mentionPerson}, true
}

// antecedent finds who a relative pronoun stands for: "Deputy Foreign
// Minister Arkady Belov, who said", "said Senator Mark Whitfield, a
// Republican from Ohio, who has called for".
func (a *Attributor) antecedent(sc *sentenceCtx, at int) (speakerRef, int, bool) {
	src := sc.src
	toks := sc.toks
	k := at - 1
	for tries := 0; tries < 3 && k >= 0; tries++ {
		if toks[k].text(src) == "," && sc.inQ[k] < 0 {
			k--
		}
		if k < 0 || sc.inQ[k] >= 0 || !toks[k].word {
			break
		}
		start := segmentBack(sc, k)
		seg := toks[start : k+1]
		if seg[0].lower(src) == "a" || seg[0].lower(src) == "an" {
			k = start - 1 // an appositive description: "a Republican from Ohio"
			continue
		}
		s := a.tailNP(sc, k)
		if ref, ok := a.resolveNP(toks[s:k+1], sc, s); ok {
			return ref, s, true
		}
		break
	}
	return speakerRef{}, 0, false
}

// tailNP returns the start of the noun phrase that ends at toks[k]: name
// words, titles, determiners and possessives.
func (a *Attributor) tailNP(sc *sentenceCtx, k int) int {
	src := sc.src
	toks := sc.toks
	s := k + 1
	for s > 0 {
		t := toks[s-1]
		if sc.inQ[s-1] >= 0 || !t.word || prepositions[t.lower(src)] || introWords[t.lower(src)] {
			break
		}
		if isNameWord(t) || isDeterminer(t.lower(src)) || a.descWords[t.lower(src)] || isConnector(t.lower(src)) {
			s--
			continue
		}
		if _, ok := possessive(t.lower(src)); ok {
			s--
			continue
		}
		break
	}
	for s <= k && isConnector(toks[s].lower(src)) && toks[s].lower(src) != "the" {
		s++
	}
	return s
}

// sentenceSubject is the subject of the first clause of a sentence: the
// speaker of a participle or a coordinated cue with no statement before it
// ("Roux later softened his tone, acknowledging that …").
func (a *Attributor) sentenceSubject(sc *sentenceCtx, before int) (speakerRef, bool) {
	src := sc.src
	toks := sc.toks
	i := sentenceTok(sc)
	for i < before {
		for i < before && (!toks[i].word || sc.inQ[i] >= 0) {
			i++
		}
		end := i
		for end < before && sc.inQ[end] < 0 && !isBoundary(src, &toks[end]) {
			end++
		}
		if i >= end {
			return speakerRef{}, false
		}
		if isIntro(src, toks[i:end]) {
			i = end + 1
			continue
		}
		k := i
		for k < end && toks[k].word && (isNameWord(toks[k]) || isDeterminer(toks[k].lower(src)) || a.nonName[toks[k].lower(src)] ||
			isConnector(toks[k].lower(src)) || a.places.match(src, toks, k) > 0) && a.cues.match(src, toks, k) == 0 {
			k++
		}
		if k == i {
			return speakerRef{}, false
		}
		// A description and its holder in apposition: "A Saudi foreign
		// ministry spokesman, Faisal Al-Otaibi, declined to comment but
		// said …" is the holder's.
		if end < before && toks[end].text(src) == "," {
			e := end + 1
			for e < before && sc.inQ[e] < 0 && !isBoundary(src, &toks[e]) {
				e++
			}
			if e < before && e > end+1 && toks[e].text(src) == "," {
				if ref, ok := a.personOnly(sc, toks[end+1:e], end+1); ok {
					return ref, true
				}
			}
		}
		return a.resolveNP(toks[i:k], sc, i)
	}
	return speakerRef{}, false
}

// resolveNP turns a noun phrase into a speaker: a person ("China's
// President Xi Jinping", "she", "the minister"), a country ("Beijing",
// "the Chinese side", "Indian officials"), an institution ("Taiwan's
// defence ministry", "a spokesperson for the Chinese embassy", "the
// Kremlin") or Unknown (an anonymous source). It reports false when the
// phrase names no speaker. at is the phrase's first token in the
// sentence, for looking back from it.
func (a *Attributor) resolveNP(np []token, sc *sentenceCtx, at int) (speakerRef, bool) {
	src := sc.src
	st := sc.st
	np = wordsOf(np)
	for len(np) > 0 {
		switch np[0].lower(src) {
		case "and", "but", "or", "yet", "while", "however", "meanwhile", "then", "also", "so", "as":
			np = np[1:]
			continue
		}
		break
	}
	if len(np) == 0 || len(np) > 14 {
		return speakerRef{}, false
	}
	if w := np[0].lower(src); strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "we'") || strings.HasPrefix(w, "you'") {
		return speakerRef{}, false // "I'd say this"
	}
	if len(np) == 1 {
		switch w := np[0].lower(src); w {
		case "he", "she":
			m, ok := st.recentPerson(w, sc.before(at))
			if !ok {
				return speakerRef{name: Unknown, kind: mentionPerson}, true
			}
			if m.kind == mentionAgent {
				// "The representative of France said … "This is a sad
				// day," he said": France.
				sc.add(at, mention{name: m.name, kind: mentionAgent, agentOf: m.agentOf, subject: true})
				return speakerRef{name: m.name, kind: m.agentOf}, true
			}
			name := m.name
			st.learnGender(name, w)
			sc.add(at, mention{name: name, kind: mentionPerson, subject: true})
			return speakerRef{name: name, kind: mentionPerson}, true
		case "they":
			if st.lastSpeaker != "" {
				return speakerRef{name: st.lastSpeaker, kind: kindOfName(st, st.lastSpeaker)}, true
			}
			return speakerRef{name: Unknown, kind: mentionAnon}, true
		case "it":
			if st.lastInst != "" && st.lastInstAt >= st.para-1 {
				return speakerRef{name: st.lastInst, kind: mentionInst}, true
			}
			if m, ok := st.recentOf([]mentionKind{mentionCountry, mentionInst}, "", sc.before(at)); ok {
				return speakerRef{name: m.name, kind: m.kind}, true
			}
			return speakerRef{}, false
		case "i", "we", "you", "us", "me", "one", "who", "which", "that", "this", "there":
			return speakerRef{}, false
		}
	}
	// An organisation of the gazetteer named in full, its "of" and all:
	// "the Economic Community of West African States" is ECOWAS, not a
	// body called "Economic Community".
	if len(np) > 3 {
		if name, ok := a.orgNamed(src, np); ok {
			sc.add(at, mention{name: name, kind: mentionInst})
			return speakerRef{name: name, kind: mentionInst}, true
		}
	}
	np, post := a.splitPost(src, np)
	// "One of them", "two of the diplomats": whoever the rest names, or
	// unknown.
	if len(np) == 1 && len(post) > 1 && post[0].lower(src) == "of" && (quantifiers[np[0].lower(src)] || isNumber(np[0].lower(src))) {
		if ref, ok := a.resolveNP(post[1:], sc, at); ok && ref.kind != mentionPerson {
			return ref, true
		}
		return speakerRef{name: Unknown, kind: mentionAnon}, true
	}
	// Everything up to a possessive is the owner: "China's", "the
	// agency's".
	// A copy, to strip the possessive: on the stack, as a phrase has at
	// most 14 words (checked above).
	var ownerBuf [14]token
	var owner []token
	for i := len(np) - 1; i >= 0; i-- {
		if isPossessive(np[i].lower(src)) {
			// A state's name may hold one ("the People's Republic of
			// China", which is no people's "Republic of China").
			if n, _ := a.places.matchText(src, np, i); n > 0 {
				continue
			}
			owner = append(ownerBuf[:0], np[:i+1]...)
			owner[i] = stripPossessive(src, owner[i])
			np = np[i+1:]
			break
		}
	}
	if len(np) == 0 {
		return a.resolveNP(owner, sc, at)
	}
	det := ""
	for len(np) > 0 && (isDeterminer(np[0].lower(src)) || isNumber(np[0].lower(src))) {
		if det == "" {
			det = np[0].lower(src)
		}
		np = np[1:]
	}
	if len(np) == 0 {
		return speakerRef{}, false
	}
	head := np
	// A person: the name that ends the head.
	if k := lastRun(src, head); k >= 0 {
		if a.twoPeople(src, head[k:], st) {
			// "Xi and Putin", "President Trump and Prime Minister Modi":
			// no one speaker, nor is "they" after them.
			st.lastSpeaker = ""
			return speakerRef{name: Unknown, kind: mentionAnon}, true
		}
		if name := a.nameIn(src, head[k:], st); len(name) > 0 && a.cues.match(src, head, k) == 0 {
			full := st.personName(src, name)
			for _, t := range head {
				st.learnGender(full, t.lower(src))
			}
			sc.add(at, mention{name: full, kind: mentionPerson, subject: true})
			return speakerRef{name: full, kind: mentionPerson}, true
		}
	}
	if k := indexWord(src, head, "and"); k > 0 && !a.isPlace(src, head) && !a.isOutlet(src, head) && !a.wordsSpan(src, head, k) {
		return speakerRef{name: Unknown, kind: mentionAnon}, true // "India and Japan" (two people: twoPeople, above)
	}
	// "The Secretary-General of the United Nations": an office, not the
	// body it belongs to.
	if n, title := a.titles.matchText(src, head, 0); n > 0 && n < len(head) && isConnector(head[n].lower(src)) && a.word[title].kind != kindAgent {
		// A state's office ("the President of Russia", "the Minister
		// for Foreign Affairs of Japan") is read as the state's
		// adjective before it is ("the Russian president"): a holder of
		// the title of that state or of none the document says, else
		// the state.
		country := ""
		if n+1 < len(head) && head[n].lower(src) == "of" {
			if ref, ok := a.placeOf(src, head[n+1:]); ok && ref.seat == "" {
				country = ref.country
			}
		}
		if name, ok := st.personWithTitle(title, country, sc.before(at)); ok {
			return speakerRef{name: name, kind: mentionPerson}, true
		}
		if name, ok := a.officeHolder(st, title, country, sc.before(at)); ok {
			return speakerRef{name: name, kind: mentionPerson}, true
		}
		if country != "" {
			return stateOfficial(sc, at, country), true
		}
		return speakerRef{name: Unknown, kind: mentionPerson}, true
	}
	ref, ok := a.placeOf(src, head)
	if !ok {
		ref, ok = a.seatOfOwn(src, head)
	}
	if ok {
		if ref.seat != "" {
			sc.add(at, mention{name: ref.seat, kind: mentionInst})
			return speakerRef{name: ref.seat, kind: mentionInst}, true
		}
		sc.add(at, mention{name: ref.country, kind: mentionCountry})
		return speakerRef{name: ref.country, kind: mentionCountry}, true
	}
	if a.isOutlet(src, head) {
		name := a.outlet[lowerPhrase(src, head)]
		return speakerRef{name: name, kind: mentionInst}, true
	}
	if ps, phrase, w, ok := a.lastWordPhrase(src, head); ok {
		return a.described(sc, at, owner, det, head, post, ps, phrase, w)
	}
	if title, i, ok := a.titleOnly(src, head); ok {
		if det == "a" || det == "an" {
			return speakerRef{name: Unknown, kind: mentionPerson}, true
		}
		// The state the title is of: "the Russian president",
		// "Finland's president".
		ref, _ := a.qualifier(src, owner, head[:i], nil)
		country := ref.country
		name, ok := st.personWithTitle(title, country, sc.before(at))
		if !ok {
			name, ok = a.officeHolder(st, title, country, sc.before(at))
		}
		if ok {
			sc.add(at, mention{name: name, kind: mentionPerson, subject: true})
			return speakerRef{name: name, kind: mentionPerson}, true
		}
		if country != "" {
			return stateOfficial(sc, at, country), true
		}
		if org, ok := a.orgQualifier(src, owner, head[:i], post); ok {
			// The same of an organisation's: "the NATO
			// Secretary-General".
			sc.add(at, mention{name: org, kind: mentionAgent, agentOf: mentionInst, subject: true})
			return speakerRef{name: org, kind: mentionInst}, true
		}
		return speakerRef{name: Unknown, kind: mentionPerson}, true
	}
	// An organisation of the actor gazetteer, by its name or acronym,
	// that no rule above reads: "NATO", "the EU", "the G7", "ASEAN".
	if name, ok := a.orgNamed(src, head); ok {
		sc.add(at, mention{name: name, kind: mentionInst})
		return speakerRef{name: name, kind: mentionInst}, true
	}
	return speakerRef{}, false
}

// officeHolder returns the person of the document whom the actor
// gazetteer lists in the office a title qualified by a state names ("the
// Russian president", "the President of Russia"), when the document gives
// no one that title: the person of the latest mentions, else the first
// named; never one the document says is of another state. "Putin and
// Erdogan spoke. The Russian president said …" is Putin.
func (a *Attributor) officeHolder(st *docState, title, state string, extra []mention) (string, bool) {
	if state == "" {
		return "", false
	}
	holds := func(name string) bool {
		c := st.countryOf(name)
		return (c == "" || c == state) && a.heldOffice(name, title, state)
	}
	for i := len(extra) - 1; i >= 0; i-- {
		if extra[i].kind == mentionPerson && holds(extra[i].name) {
			return extra[i].name, true
		}
	}
	if name, ok := st.latestNamed(holds); ok {
		return name, true
	}
	for k := range st.people {
		if holds(st.people[k].name) {
			return st.people[k].name, true
		}
	}
	return "", false
}

// wordsSpan reports whether a description phrase of several words covers
// head[k] ("Ministry of Foreign and Diaspora Affairs" holds its "and").
func (a *Attributor) wordsSpan(src string, head []token, k int) bool {
	for i := max(0, k-4); i < k; i++ {
		if n := a.words.match(src, head, i); i+n > k {
			return true
		}
	}
	return false
}

// officeOf returns the person whose office a phrase names: its owner
// ("Netanyahu's", "the prime minister's"), or whom "his" or "her" refers
// to; unknown for an office whose holder the text does not name. ok is
// false when the owner is no person.
func (a *Attributor) officeOf(sc *sentenceCtx, at int, owner []token, det string) (speakerRef, bool) {
	if len(owner) > 0 {
		// An office the text does not name its holder of ("the prime
		// minister's office") is unknown, as the prime minister is.
		if ref, ok := a.resolveNP(owner, sc, at); ok && ref.kind == mentionPerson {
			return ref, true
		}
		return speakerRef{}, false
	}
	var pronoun string
	switch det {
	case "his":
		pronoun = "he"
	case "her":
		pronoun = "she"
	default:
		return speakerRef{}, false
	}
	m, ok := sc.st.recentPerson(pronoun, sc.before(at))
	if !ok || m.kind != mentionPerson {
		return speakerRef{}, false
	}
	sc.add(at, mention{name: m.name, kind: mentionPerson, subject: true})
	return speakerRef{name: m.name, kind: mentionPerson}, true
}

// orgNamed returns the name the actor gazetteer gives the organisation
// that run names whole, "the" before it aside: "the EU", "the European
// Union" and "EU" are "European Union".
func (a *Attributor) orgNamed(src string, run []token) (string, bool) {
	if len(run) > 0 && run[0].lower(src) == "the" {
		run = run[1:]
	}
	if n, phrase := a.orgs.matchText(src, run, 0); n > 0 && n == len(run) {
		return a.org[phrase], true
	}
	return "", false
}

// lowerPhrase returns the lower-case forms of toks joined by spaces; a
// single word's is its own, with nothing to build.
func lowerPhrase(src string, toks []token) string {
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].lower(src)
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.lower(src))
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.lower(src))
	}
	return b.String()
}

func isNumber(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// twoPeople reports whether a run of names joins two people with "and"
// ("Xi and Putin", "President Trump and Prime Minister Modi"), not titles
// of one ("Foreign Minister and Deputy Prime Minister Lavrov") or a name
// of a place or a body ("Trinidad and Tobago").
func (a *Attributor) twoPeople(src string, run []token, st *docState) bool {
	m := indexWord(src, run, "and")
	if m <= 0 || m+1 >= len(run) || a.isPlace(src, run) {
		return false
	}
	return len(a.nameIn(src, run[:m], st)) > 0 && len(a.nameIn(src, run[m+1:], st)) > 0
}

// lastRun returns the start of the run of name words that ends a phrase,
// or -1.
func lastRun(src string, head []token) int {
	k := len(head)
	for k > 0 && (isNameWord(head[k-1]) || (isConnector(head[k-1].lower(src)) && k > 1 && k < len(head))) {
		k--
	}
	if k == len(head) {
		return -1
	}
	for k < len(head) && isConnector(head[k].lower(src)) {
		k++
	}
	if k == len(head) {
		return -1
	}
	return k
}

// splitPost splits a noun phrase before its postmodifier: "two officials
// | briefed on the talks", "a spokesperson | for the Chinese embassy in
// Manila". Prepositions inside a name ("Ministry of External Affairs") or
// a listed phrase ("ministry of foreign affairs") do not split it.
func (a *Attributor) splitPost(src string, np []token) (head, post []token) {
	for i := 0; i < len(np); {
		if isNameWord(np[i]) && !(i == 0 && a.anonymousOrAgent(src, np)) {
			i = runEnd(src, np, i)
			continue
		}
		n := a.words.match(src, np, i)
		if m := a.titles.match(src, np, i); m > n {
			n = m
		}
		if n > 0 {
			i += n
			continue
		}
		w := np[i].lower(src)
		if i > 0 && (prepositions[w] || clauseWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return np[:i], np[i:]
		}
		i++
	}
	return np, nil
}

// anonymousOrAgent reports whether a phrase opens with one word that names
// an anonymous source or an agent ("Officials", "Leaders", "Spokesman"):
// capitalized as a sentence's first word, it is no name of which "of"
// would be part ("Officials of Japan", "Leaders of NATO"), as it is in
// "Bank of Japan".
func (a *Attributor) anonymousOrAgent(src string, np []token) bool {
	n, phrase := a.words.matchText(src, np, 0)
	if n != 1 {
		return false
	}
	k := a.word[phrase].kind
	return k == kindAnonymous || k == kindAgent
}

// placeOf returns what a phrase stands for when it is a country, capital
// or seat (not a bare demonym).
func (a *Attributor) placeOf(src string, run []token) (placeRef, bool) {
	w := wordsOf(run)
	if len(w) > 0 && w[0].lower(src) == "the" {
		w = w[1:]
	}
	if len(w) == 0 {
		return placeRef{}, false
	}
	// The phrase matched is lowerPhrase(w), kept joined: no string is
	// built to look it up.
	n, phrase := a.places.matchText(src, w, 0)
	if n != len(w) {
		return placeRef{}, false
	}
	ref := a.place[phrase]
	return ref, !ref.isAdj
}

// seatOfOwn returns the seat that head names after its state's name or
// adjective ("US State Department", "the U.S. State Department", "Russian
// Kremlin"), and whether it does.
func (a *Attributor) seatOfOwn(src string, head []token) (placeRef, bool) {
	w := wordsOf(head)
	n, phrase := a.places.matchText(src, w, 0)
	if n == 0 || n == len(w) {
		return placeRef{}, false
	}
	seat, ok := a.placeOf(src, w[n:])
	if !ok || seat.seat == "" || seat.country != a.place[phrase].country {
		return placeRef{}, false
	}
	return seat, true
}

// namedBody reports whether a run of name words names an organisation:
// "Taiwan Affairs Office", "Rapid Support Forces", "United Nations". It
// returns the name as written and the body's head word.
func (a *Attributor) namedBody(src string, run []token) (name, head string, ok bool) {
	w := wordsOf(run)
	for i := len(w) - 1; i >= 0; i-- {
		if _, ok := possessive(w[i].lower(src)); ok {
			w = w[i+1:]
			break
		}
	}
	if len(w) > 0 && w[0].lower(src) == "the" {
		w = w[1:]
	}
	for _, t := range w {
		if sw, found := a.word[t.lower(src)]; found && sw.kind == kindBody && isNameWord(t) {
			// An organisation the gazetteer knows takes its name there:
			// "the Security Council" and "the UNSC" are one speaker.
			if name, ok := a.orgNamed(src, w); ok {
				return name, t.lower(src), true
			}
			return joinText(src, w), t.lower(src), true
		}
	}
	return "", "", false
}

// lastWordPhrase finds the last listed description phrase in a head: it
// starts at head[start], and phrase is its lowerPhrase, as the phrase
// set keeps it.
func (a *Attributor) lastWordPhrase(src string, head []token) (start int, phrase string, w speakerWord, ok bool) {
	for i := 0; i < len(head); i++ {
		if n, text := a.words.matchText(src, head, i); n > 0 {
			start, phrase, ok = i, text, true
			w = a.word[text]
			i += n - 1
		}
	}
	return start, phrase, w, ok
}

// titleOnly reports whether a head is a title with at most places and
// acronyms before it ("the minister", "Turkey's foreign minister", "the
// UN secretary-general"), and returns the title and where it starts in
// head.
func (a *Attributor) titleOnly(src string, head []token) (title string, at int, ok bool) {
	for i := 0; i < len(head); i++ {
		if n, title := a.titles.matchText(src, head, i); n > 0 && i+n == len(head) {
			for _, t := range head[:i] {
				if !(isAllCaps(t.text(src)) || a.places.match(src, head, 0) > 0 || a.nonName[t.lower(src)]) {
					return "", 0, false
				}
			}
			return title, i, true // lowerPhrase(head[i:])
		}
	}
	return "", 0, false
}

// qualifier finds the country a description belongs to: its owner
// ("Taiwan's"), a country word before it ("the Philippine coast guard",
// "two Philippine officials") or, when post is given, after it ("the
// embassy of China").
func (a *Attributor) qualifier(src string, owner, pre, post []token) (placeRef, bool) {
	if len(owner) > 0 {
		if ref, ok := a.placeOf(src, owner); ok {
			return ref, true
		}
	}
	for i := 0; i < len(pre); i++ {
		if n, phrase := a.places.matchText(src, pre, i); n > 0 {
			return a.place[phrase], true // phrase is lowerPhrase(pre[i:i+n])
		}
	}
	if len(post) > 1 && (post[0].lower(src) == "of" || post[0].lower(src) == "in") {
		if ref, ok := a.placeOf(src, post[1:]); ok && ref.seat == "" {
			return ref, true
		}
	}
	return placeRef{}, false
}

// governs reports whether a state's word, lower case, names those who
// govern it, whose seat "in" may give ("the government in Kabul", "the
// regime in Damascus").
func governs(w string) bool {
	switch w {
	case "government", "regime", "junta", "authorities", "leadership", "administration":
		return true
	}
	return false
}

// stateOfficial is the speaker an official of country is whom the text
// does not name ("the Japanese Prime Minister said", "the President of
// Russia said" with no holder): the state, as "Indian officials" are;
// "he" after them may be them.
func stateOfficial(sc *sentenceCtx, at int, country string) speakerRef {
	sc.add(at, mention{name: country, kind: mentionAgent, agentOf: mentionCountry, subject: true})
	return speakerRef{name: country, kind: mentionCountry}
}

// orgQualifier finds the organisation of the actor gazetteer that a
// description belongs to, as qualifier finds a state: its owner ("NATO's"),
// a name before it ("the G7 foreign ministers", "the NATO
// Secretary-General") or, when post is given, one after "of" ("foreign
// ministers of the Group of Seven"). It returns the gazetteer's name.
func (a *Attributor) orgQualifier(src string, owner, pre, post []token) (string, bool) {
	if name, ok := a.orgNamed(src, owner); ok {
		return name, true
	}
	for i := range pre {
		if n, phrase := a.orgs.matchText(src, pre, i); n > 0 && i+n == len(pre) {
			return a.org[phrase], true
		}
	}
	if len(post) > 1 && post[0].lower(src) == "of" {
		return a.orgNamed(src, post[1:])
	}
	return "", false
}

// described resolves a phrase whose head is a listed description: the
// phrase that starts at head[ps], whose lowerPhrase is phrase, is of kind
// w.kind.
func (a *Attributor) described(sc *sentenceCtx, at int, owner []token, det string, head, post []token, ps int, phrase string, w speakerWord) (speakerRef, bool) {
	src := sc.src
	st := sc.st
	if (det == "my" || det == "our") && (w.kind == kindState || w.kind == kindInstitution) {
		// "My Government welcomes the draft": the speaker's own side,
		// in the first person, as "we" is; in a delegate's turn it is no
		// statement of another speaker's.
		return speakerRef{}, false
	}
	switch w.kind {
	case kindState:
		// "the government of Japan", "the delegation of Ukraine": the
		// state after "of" (a place after "in" is where, not whose, but
		// for those who govern from it: "the junta in Niamey").
		var of []token
		if len(post) > 1 && (post[0].lower(src) == "of" || post[0].lower(src) == "in" && governs(head[ps].lower(src))) {
			of = post
		} else if rest := head[ps+a.words.match(src, head, ps):]; len(rest) > 1 && rest[0].lower(src) == "of" {
			of = rest // "the Government of Ukraine", one run of capitals
		}
		if ref, ok := a.qualifier(src, owner, head[:ps], of); ok {
			sc.add(at, mention{name: ref.country, kind: mentionCountry})
			return speakerRef{name: ref.country, kind: mentionCountry}, true
		}
		if st.ownState != "" {
			// "The Government reiterates …" in a statement of the
			// Korean foreign ministry that named Japan before it.
			return speakerRef{name: st.ownState, kind: mentionCountry}, true
		}
		if m, ok := st.recentOf([]mentionKind{mentionCountry}, "", sc.before(at)); ok {
			return speakerRef{name: m.name, kind: mentionCountry}, true
		}
		return speakerRef{name: Unknown, kind: mentionAnon}, true
	case kindInstitution:
		// "The Ministry of Foreign Affairs of Ukraine", "the Embassy of
		// China in Manila": the run of a name holds its state after the
		// institution, which says more than a place after the run.
		if of := head[ps+a.words.match(src, head, ps):]; len(of) > 1 && of[0].lower(src) == "of" {
			post = of
		}
		if hostedAbroad(w.canonical) && len(post) > 0 && post[0].lower(src) == "in" {
			post = nil // "the embassy in Manila" is no Philippine embassy
		}
		ref, ok := a.qualifier(src, owner, head[:ps], post)
		if !ok && w.country != "" {
			ref, ok = placeRef{country: w.country, demonym: a.demonymOf[w.country]}, true
		}
		if ok {
			adj := ref.demonym
			if adj == "" {
				adj = ref.country
			}
			name := adj + " " + w.canonical
			sc.add(at, mention{name: name, kind: mentionInst, head: w.canonical})
			return speakerRef{name: name, kind: mentionInst}, true
		}
		// "the foreign ministry": the one named last.
		for _, list := range [][]mention{sc.before(at), st.mentions} {
			for i := len(list) - 1; i >= 0; i-- {
				if m := list[i]; m.kind == mentionInst && strings.HasSuffix(m.name, w.canonical) {
					return speakerRef{name: m.name, kind: mentionInst}, true
				}
			}
		}
		return speakerRef{name: w.canonical, kind: mentionInst}, true
	case kindBody:
		if k := indexNameWord(head); k >= 0 {
			run := head[k:runEnd(src, head, k)]
			name := joinText(src, run)
			if n, phrase := a.orgs.matchText(src, run, 0); n > 0 && n == len(run) {
				// The gazetteer's name: "the Security Council" and "the
				// UN Security Council" are one speaker.
				sc.add(at, mention{name: a.org[phrase], kind: mentionInst, head: phrase})
				return speakerRef{name: a.org[phrase], kind: mentionInst}, true
			}
			if ref, ok := a.placeOf(src, head[k:runEnd(src, head, k)]); ok || a.place[strings.ToLower(name)].isAdj {
				// "a Russian court"
				adj := ref.demonym
				if adj == "" {
					adj = name
				}
				name = adj + " " + titleCase(phrase)
			}
			sc.add(at, mention{name: name, kind: mentionInst, head: phrase})
			return speakerRef{name: name, kind: mentionInst}, true
		}
		if phrase == "office" {
			// A leader's office speaks for the leader, as their
			// spokesman does: "Netanyahu's office", "the prime
			// minister's office", "his office".
			if ref, ok := a.officeOf(sc, at, owner, det); ok {
				return ref, true
			}
		}
		if det == "a" || det == "an" || det == "" {
			return speakerRef{}, false
		}
		if m, ok := st.recentOf([]mentionKind{mentionInst}, phrase, sc.before(at)); ok {
			return speakerRef{name: m.name, kind: mentionInst}, true
		}
		return speakerRef{name: Unknown, kind: mentionInst}, true
	case kindAgent:
		// Someone who speaks for a state or body is recorded as such,
		// for a pronoun after them (see mentionAgent).
		agent := func(ref speakerRef) (speakerRef, bool) {
			if ref.name != Unknown && (ref.kind == mentionCountry || ref.kind == mentionInst) {
				sc.add(at, mention{name: ref.name, kind: mentionAgent, agentOf: ref.kind, subject: true})
			}
			return ref, true
		}
		if len(post) > 1 && (post[0].lower(src) == "for" || post[0].lower(src) == "of" || post[0].lower(src) == "at") {
			if ref, ok := a.resolveNP(post[1:], sc, at); ok {
				return agent(ref)
			}
		}
		if len(owner) > 0 || ps > 0 {
			if ref, ok := a.resolveNP(append(append([]token(nil), owner...), head[:ps]...), sc, at); ok && ref.name != Unknown {
				if ref.kind == mentionPerson && det != "a" && det != "an" {
					// "Putin's spokesman", once the text has named him
					// ("Dmitry Peskov, a spokesman for Putin"): the
					// spokesman, not the one he speaks for.
					if name, ok := st.personWithTitle(phrase, "", sc.before(at)); ok && name != ref.name {
						sc.add(at, mention{name: name, kind: mentionPerson, subject: true})
						return speakerRef{name: name, kind: mentionPerson}, true
					}
				}
				return agent(ref)
			}
			if ref, ok := a.qualifier(src, owner, head[:ps], nil); ok {
				return agent(speakerRef{name: ref.country, kind: mentionCountry})
			}
		}
		if det == "its" || det == "their" {
			if m, ok := st.recentOf([]mentionKind{mentionCountry, mentionInst}, "", sc.before(at)); ok {
				return speakerRef{name: m.name, kind: m.kind}, true
			}
		}
		if name, ok := st.personWithTitle(phrase, "", sc.before(at)); ok && det != "a" && det != "an" {
			sc.add(at, mention{name: name, kind: mentionPerson, subject: true})
			return speakerRef{name: name, kind: mentionPerson}, true
		}
		return speakerRef{name: Unknown, kind: mentionPerson}, true
	case kindAnonymous:
		sc.add(at, mention{name: Unknown, kind: mentionAnon, head: phrase})
		// Whose they are, before them or after "of": "Japanese
		// officials", "officials of Japan" (not "officials in Kyiv",
		// who may be anyone's).
		var of []token
		if len(post) > 1 && post[0].lower(src) == "of" {
			of = post
		}
		if ref, ok := a.qualifier(src, owner, head[:ps], of); ok {
			return speakerRef{name: ref.country, kind: mentionCountry}, true
		}
		// An organisation's: "G7 foreign ministers", "EU leaders",
		// "foreign ministers of the Group of Seven".
		if org, ok := a.orgQualifier(src, owner, head[:ps], post); ok {
			return speakerRef{name: org, kind: mentionInst}, true
		}
		return speakerRef{name: Unknown, kind: mentionAnon}, true
	case kindDocument:
		if len(post) > 1 && (post[0].lower(src) == "from" || post[0].lower(src) == "by" || post[0].lower(src) == "of") {
			return a.resolveNP(post[1:], sc, at)
		}
		if author, ok := issuedBy(src, post); ok {
			return a.resolveNP(author, sc, at) // "a statement issued by the ministry"
		}
		if len(owner) > 0 {
			return a.resolveNP(owner, sc, at)
		}
		// Its author before it: "the Security Council resolution", "a
		// Chinese statement".
		if org, ok := a.orgQualifier(src, nil, head[:ps], nil); ok {
			return speakerRef{name: org, kind: mentionInst}, true
		}
		if ref, ok := a.qualifier(src, nil, head[:ps], nil); ok {
			if ref.seat != "" {
				return speakerRef{name: ref.seat, kind: mentionInst}, true // "the Kremlin readout"
			}
			return speakerRef{name: ref.country, kind: mentionCountry}, true
		}
		return speakerRef{name: Unknown, kind: mentionAnon, document: true}, true
	case kindJournalist:
		return speakerRef{name: Unknown, kind: mentionAnon}, true
	}
	return speakerRef{}, false
}

// hostedAbroad reports whether an institution, by its canonical name,
// stands in another state than its own: a place after "in" says where it
// is, not whose it is.
func hostedAbroad(canonical string) bool {
	switch canonical {
	case "Embassy", "Consulate", "Mission":
		return true
	}
	return false
}

// institutionName returns the name a heading or label that names an
// institution gives it in statements: its state's adjective and its
// canonical name ("Ministry of Foreign Affairs of Ukraine" and "Ukraine's
// Ministry of Foreign Affairs" are "Ukrainian Foreign Ministry"), or
// false when toks name none, or none of a known state.
func (a *Attributor) institutionName(src string, toks []token, st *docState) (string, bool) {
	ps, _, w, ok := a.lastWordPhrase(src, toks)
	if !ok || w.kind != kindInstitution {
		return "", false
	}
	var owner []token
	pre := toks[:ps]
	for i := len(pre) - 1; i >= 0; i-- {
		if isPossessive(pre[i].lower(src)) {
			owner = []token{stripPossessive(src, pre[i])}
			pre = pre[i+1:]
			break
		}
	}
	var post []token
	if of := toks[ps+a.words.match(src, toks, ps):]; len(of) > 1 && of[0].lower(src) == "of" {
		post = of
	}
	ref, ok := a.qualifier(src, owner, pre, post)
	if !ok {
		return "", false
	}
	adj := ref.demonym
	if adj == "" {
		adj = ref.country
	}
	return st.institution(adj, w.canonical), true
}

// issuedBy returns who a phrase after a document's name says issued it
// ("issued by the foreign ministry", "released by the Kremlin").
func issuedBy(src string, post []token) ([]token, bool) {
	post = wordsOf(post)
	if len(post) < 3 || post[1].lower(src) != "by" {
		return nil, false
	}
	switch post[0].lower(src) {
	case "issued", "released", "published", "signed", "posted", "circulated", "distributed", "sent", "delivered", "read":
		return post[2:], true
	}
	return nil, false
}

// indexNameWord returns the index of the first name word, or -1.
func indexNameWord(toks []token) int {
	for i, t := range toks {
		if isNameWord(t) {
			return i
		}
	}
	return -1
}
