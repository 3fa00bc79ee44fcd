package tone

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attributor splits documents into statements and attributes each to a
// speaker. Build one with [NewAttributor]; it is read-only afterwards and
// safe for concurrent use.
type Attributor struct {
	cues   *phraseSet
	titles *phraseSet
	// places maps a lower-case country name, alias, capital or demonym
	// phrase to what it stands for as a speaker.
	places *phraseSet
	place  map[string]placeRef
}

// placeRef is what a place word stands for.
type placeRef struct {
	country string // canonical country name
	demonym string // the country's adjective, for institution names
	seat    string // readable institution name when the word is a seat ("Kremlin")
	isAdj   bool   // the word is a demonym ("Chinese"), not a name
}

// NewAttributor builds an attributor from the embedded cue, title and
// country data.
func NewAttributor() (*Attributor, error) {
	countries, err := parseCountries(countriesTSV)
	if err != nil {
		return nil, err
	}
	a := &Attributor{
		cues:   newPhraseSet(lines(cuesTxt)),
		titles: newPhraseSet(lines(titlesTxt)),
		place:  make(map[string]placeRef),
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
	return a, nil
}

// lowerWords returns the lower-case word tokens of s.
func lowerWords(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if t.word {
			out = append(out, t.lower)
		}
	}
	return out
}

// docState is what attribution remembers while it reads one document.
type docState struct {
	people      []person // full names met so far, in order of appearance
	ministries  []string // foreign ministries named so far, most recent last
	lastSpeaker string
	lastPerson  string
	lastInst    string
	para        int // the paragraph being read
	// floating is the speaker an uncued quotation takes: the speaker of
	// the last attributed quotation when nothing has come between.
	floating string
}

// person is a full name found in the document.
type person struct {
	name   string
	words  []string // lower case
	titles []string // titles seen with the name, lower case
	first  int      // the paragraph of the first mention
}

// Attribute splits doc into statements. Narration is included with kind
// Narration and an empty speaker, so callers can choose to show it; every
// statement's Index counts from 1 in document order.
func (a *Attributor) Attribute(doc string) []Statement {
	doc = Normalize(doc)
	paras := splitParagraphs(doc)
	st := &docState{}
	a.scanNames(paras, st)

	var out []Statement
	if isTranscript(paras) {
		out = a.turns(paras, st)
	} else {
		for _, p := range paras {
			out = append(out, a.paragraph(p, st)...)
		}
	}
	for i := range out {
		out[i].Index = i + 1
	}
	return out
}

// isTranscript reports whether a document is speaker-labelled: at least
// two paragraphs open with a label, and labels open at least a third of
// them.
func isTranscript(paras []paragraph) bool {
	n := 0
	for _, p := range paras {
		if startsLabel(p.text) {
			n++
		}
	}
	return n >= 2 && 3*n >= len(paras)
}

// stageDirection matches "(Laughter.)", "(spoke in Russian)" and the like.
var stageDirection = regexp.MustCompile(`\((?:[Ss]poke in [A-Z][a-z]+|[A-Z][a-z]+(?: [a-z]+){0,3}\.?)\)`)

// journalistLabels are labels that stand for a reporter's question.
var journalistLabels = map[string]bool{"q": true, "question": true, "reporter": true, "journalist": true}

// turns reads a transcript: each labelled paragraph is a turn; an
// unlabelled one continues the turn before it, or is narration when no
// turn has started.
func (a *Attributor) turns(paras []paragraph, st *docState) []Statement {
	var out []Statement
	host := ""
	for _, p := range paras {
		st.para = p.index
		label, rest, ok := cutLabel(p.text)
		if !ok {
			text := cleanTurn(p.text)
			if n := len(out); n > 0 && out[n-1].Kind == Turn {
				out[n-1].Text = strings.TrimSpace(out[n-1].Text + " " + text)
				continue
			}
			if text != "" {
				out = append(out, Statement{Paragraph: p.index, Kind: Narration, Text: text})
			}
			continue
		}
		speaker := a.labelSpeaker(label, host, st)
		if speaker != "journalist" && speaker != Unknown {
			host = speaker
		}
		text := cleanTurn(rest)
		if text == "" {
			continue
		}
		out = append(out, Statement{Paragraph: p.index, Speaker: speaker, Kind: Turn, Text: text, Cue: label + ":"})
	}
	return out
}

func cleanTurn(s string) string {
	s = stageDirection.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), " ")
}

// labelSpeaker turns a transcript label into a speaker: "MR MILLER" is
// "Miller", "Q" a journalist, "A" the host.
func (a *Attributor) labelSpeaker(label, host string, st *docState) string {
	if open := strings.IndexByte(label, '('); open > 0 {
		label = strings.TrimSpace(label[:open])
	}
	low := strings.ToLower(strings.TrimSuffix(label, "."))
	switch {
	case journalistLabels[low]:
		return "journalist"
	case low == "a" || low == "answer":
		if host == "" {
			return Unknown
		}
		return host
	}
	if isAllCaps(label) {
		label = titleCase(label)
	}
	toks := tokenize(label)
	if name, ok := a.resolveRun(wordTokens(toks), st); ok {
		return name
	}
	return label
}

// paragraph reads one paragraph of news text.
func (a *Attributor) paragraph(p paragraph, st *docState) []Statement {
	st.para = p.index
	quotes := findQuotes(p.text)
	var out []Statement
	attributedAny := false
	for _, sp := range splitSentences(p.text, quotes) {
		stmts := a.sentence(p, sp, quotes, st)
		for _, s := range stmts {
			if s.Kind != Narration {
				attributedAny = true
			}
		}
		out = append(out, stmts...)
	}
	if !attributedAny {
		st.floating = ""
	}
	return out
}

// sentence reads one sentence: direct quotations first, else reported
// speech, else narration.
func (a *Attributor) sentence(p paragraph, sp span, quotes []quote, st *docState) []Statement {
	text := p.text
	var utter []quote
	for _, q := range quotes {
		if q.open >= sp.start && q.open < sp.end && isUtterance(text[q.content.start:q.content.end]) {
			utter = append(utter, q)
		}
	}
	toks := tokenize(text[sp.start:sp.end])
	for i := range toks {
		toks[i].start += sp.start
		toks[i].end += sp.start
	}
	quoted := make([]bool, len(toks))
	for i, t := range toks {
		for _, q := range utter {
			if t.start >= q.open && t.start <= q.close && t.start < sp.end {
				quoted[i] = true
			}
		}
	}

	if len(utter) > 0 {
		speaker, cue := a.quoteSpeaker(toks, quoted, st)
		if speaker == "" {
			speaker = st.floating
			if speaker == "" {
				speaker = Unknown
			}
		} else {
			a.remember(speaker, st)
		}
		var out []Statement
		for _, q := range utter {
			body := strings.TrimSpace(text[q.content.start:min(q.content.end, sp.end)])
			body = strings.TrimRight(body, ",")
			out = append(out, Statement{Paragraph: p.index, Speaker: speaker, Kind: Direct, Text: body, Cue: cue})
		}
		if speaker != Unknown {
			st.floating = speaker
		}
		return out
	}

	if rs := a.reported(p, toks, quoted, sp, st); len(rs) > 0 {
		st.floating = ""
		return rs
	}
	return []Statement{{Paragraph: p.index, Kind: Narration, Text: strings.TrimSpace(text[sp.start:sp.end])}}
}

// quoteSpeaker finds who a quotation in a sentence belongs to, from a cue
// outside the quotation marks: "..., Xi said", "said Xi", "Lavrov said:
// ...". It returns the speaker and the cue, or empty strings.
func (a *Attributor) quoteSpeaker(toks []token, quoted []bool, st *docState) (speaker, cue string) {
	for i := 0; i < len(toks); i++ {
		if quoted[i] {
			continue
		}
		n := a.cues.match(toks, i)
		if n == 0 || anyQuoted(quoted[i:i+n]) {
			continue
		}
		cue = joinText(toks[i : i+n])
		if s, _, ok := a.subjectBefore(toks, quoted, i, st); ok {
			return s, cue
		}
		if s, _, ok := a.subjectAfter(toks, quoted, i+n, st); ok {
			return s, cue
		}
		i += n - 1
	}
	return "", ""
}

// reported finds reported speech in a sentence with no quotation: each cue
// verb with a speaker before it starts a statement that runs to the next
// one or to the end of the sentence.
func (a *Attributor) reported(p paragraph, toks []token, quoted []bool, sp span, st *docState) []Statement {
	type found struct {
		speaker           string
		cue               string
		subjStart, textAt int // byte offsets
	}
	var fs []found
	for i := 0; i < len(toks); i++ {
		n := a.cues.match(toks, i)
		if n == 0 {
			continue
		}
		cue := joinText(toks[i : i+n])
		if strings.EqualFold(cue, "according to") {
			if s, end, ok := a.subjectAfter(toks, quoted, i+n, st); ok && end < len(toks) {
				k := end
				for k < len(toks) && !toks[k].word {
					k++
				}
				if k < len(toks) {
					fs = append(fs, found{s, cue, toks[i].start, toks[k].start})
				}
				i = end - 1
			}
			continue
		}
		if s, start, ok := a.subjectBefore(toks, quoted, i, st); ok {
			fs = append(fs, found{s, cue, toks[start].start, toks[i].start})
		}
		i += n - 1
	}
	var out []Statement
	for k, f := range fs {
		end := sp.end
		if k+1 < len(fs) {
			end = fs[k+1].subjStart
			seg := p.text[f.textAt:end]
			if cut := lastClauseBreak(seg); cut > 0 {
				end = f.textAt + cut
			}
		}
		body := strings.TrimSpace(p.text[f.textAt:end])
		body = strings.TrimRight(body, ", ")
		if body == "" {
			continue
		}
		a.remember(f.speaker, st)
		out = append(out, Statement{Paragraph: p.index, Speaker: f.speaker, Kind: Reported, Text: body, Cue: f.cue})
	}
	return out
}

// lastClauseBreak returns the offset of the last ", and", ", but", ", while"
// or ";" in seg, where one reported statement hands over to the next; 0
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

func anyQuoted(q []bool) bool {
	for _, b := range q {
		if b {
			return true
		}
	}
	return false
}

func joinText(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

func wordTokens(toks []token) []token {
	var out []token
	for _, t := range toks {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

// skippable words may stand between a subject and its cue verb.
var skippable = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"also": true, "again": true, "then": true, "later": true,
	"earlier": true, "once": true, "further": true, "previously": true, "had been": true,
	"on": true, "in": true, "last": true, "this": true, "week": true, "month": true, "year": true,
	"today": true, "yesterday": true, "tonight": true, "however": true, "too": true,
}

// timeWords are capitalized words that are never part of a speaker.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// sentenceStarters are capitalized words that open sentences and are never
// part of a speaker's name.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "on": true, "in": true, "however": true, "but": true,
	"and": true, "meanwhile": true, "earlier": true, "later": true, "separately": true,
	"also": true, "then": true, "since": true, "after": true, "before": true, "when": true,
	"while": true, "as": true, "at": true, "for": true, "from": true, "by": true, "with": true,
	"according": true, "both": true, "this": true, "that": true, "it": true, "yet": true,
	"still": true, "instead": true, "speaking": true, "asked": true, "in a": true,
}

// descriptionHeads are lower-case nouns that can head a speaker
// description ("the foreign ministry", "the Chinese side").
var descriptionHeads = map[string]bool{
	"ministry": true, "side": true, "government": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "embassy": true, "mission": true,
	"delegation": true, "administration": true, "office": true, "department": true,
	"foreign": true, "of": true, "affairs": true, "defence": true, "defense": true,
	"state": true, "presidency": true, "cabinet": true,
}

// subjectBefore looks for the speaker of a cue verb at toks[cue] in the
// words before it. It returns the speaker and the index of the subject's
// first token.
func (a *Attributor) subjectBefore(toks []token, quoted []bool, cue int, st *docState) (string, int, bool) {
	j := cue - 1
	// Skip auxiliaries, adverbs and time phrases: "has officially",
	// "on Friday", "was".
	for j >= 0 && !quoted[j] && toks[j].word && !toks[j].capitalized() &&
		(skippable[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly")) {
		j--
	}
	for j >= 1 && toks[j].word && timeWords[toks[j].lower] && (toks[j-1].lower == "on" || toks[j-1].lower == "in" || toks[j-1].lower == "last") {
		j -= 2
		for j >= 0 && toks[j].word && !toks[j].capitalized() && (skippable[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly")) {
			j--
		}
	}
	// A parenthetical between commas: "Xi, on the other hand, made plain".
	if j >= 0 && toks[j].text == "," {
		for k := j - 1; k >= 0 && k >= j-14; k-- {
			if quoted[k] || (!toks[k].word && toks[k].text != "," && toks[k].text != "-") {
				break
			}
			if toks[k].text == "," {
				j = k - 1
				break
			}
		}
	}
	if j < 0 || quoted[j] || !toks[j].word {
		return "", 0, false
	}
	switch toks[j].lower {
	case "he", "she":
		if p := st.recentPerson(); p != "" {
			return p, j, true
		}
		return Unknown, j, true
	case "they":
		if st.lastSpeaker != "" {
			return st.lastSpeaker, j, true
		}
		return "", 0, false
	case "it":
		if st.lastInst != "" {
			return st.lastInst, j, true
		}
		return "", 0, false
	}
	end := j + 1
	k := j
	for k >= 0 && !quoted[k] && toks[k].word && (toks[k].capitalized() || descriptionHeads[toks[k].lower] ||
		((toks[k].lower == "of" || toks[k].lower == "the") && k > 0 && toks[k-1].capitalized())) {
		k--
	}
	// A description may open with "the": "the foreign ministry said".
	if k >= 0 && toks[k].lower == "the" && k+1 < end && !toks[k+1].capitalized() {
		k--
	}
	start := k + 1
	if start >= end {
		return "", 0, false
	}
	name, ok := a.resolveRun(toks[start:end], st)
	if !ok {
		return "", 0, false
	}
	return name, start, true
}

// subjectAfter looks for the speaker after an inverted cue ("said Xi",
// "said the foreign ministry") or "according to". It returns the speaker
// and the index just past the subject.
func (a *Attributor) subjectAfter(toks []token, quoted []bool, at int, st *docState) (string, int, bool) {
	k := at
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	start := k
	for k < len(toks) && !quoted[k] && toks[k].word && (toks[k].capitalized() || descriptionHeads[toks[k].lower] ||
		(toks[k].lower == "of" && k > start)) {
		k++
	}
	if k == start {
		return "", 0, false
	}
	name, ok := a.resolveRun(toks[start:k], st)
	if !ok {
		return "", 0, false
	}
	return name, k, true
}

// resolveRun turns the words of a subject ("China’s President Xi Jinping",
// "the foreign ministry", "Beijing") into a canonical speaker.
func (a *Attributor) resolveRun(run []token, st *docState) (string, bool) {
	// Everything up to a possessive is the affiliation: "China’s President
	// Xi Jinping" is Xi Jinping of China.
	var owner string
	for i := len(run) - 1; i >= 0; i-- {
		if base, ok := possessive(run[i].lower); ok {
			owner = base
			run = run[i+1:]
			break
		}
	}
	for len(run) > 0 && (sentenceStarters[run[0].lower] || timeWords[run[0].lower]) {
		run = run[1:]
	}
	// Titles.
	for len(run) > 0 {
		n := a.titles.match(run, 0)
		if n == 0 {
			break
		}
		run = run[n:]
	}
	if len(run) == 0 {
		return "", false
	}
	// "foreign ministry spokesperson Dewi Anggraini": the person is the
	// name after the description.
	if desc, name := splitTrailingName(run); len(desc) > 0 && len(name) > 0 {
		if p, ok := a.resolveRun(name, st); ok {
			return p, true
		}
	}
	low := make([]string, len(run))
	for i, t := range run {
		low[i] = t.lower
	}
	phrase := strings.Join(low, " ")

	// Institutions described by a head noun.
	if head := low[len(low)-1]; descriptionHeads[head] && !run[len(run)-1].capitalized() || isMinistry(low) {
		return a.institution(owner, run, st)
	}
	if ref, ok := a.place[phrase]; ok && !ref.isAdj {
		if ref.seat != "" {
			return ref.seat, true
		}
		return ref.country, true
	}
	for _, t := range run {
		if !t.capitalized() && t.lower != "of" && t.lower != "the" && t.lower != "de" && t.lower != "al" && t.lower != "bin" {
			return "", false
		}
	}
	return st.personName(run), true
}

// isMinistry reports whether words name a ministry ("Foreign Ministry",
// "Ministry of Foreign Affairs").
func isMinistry(low []string) bool {
	for _, w := range low {
		if w == "ministry" {
			return true
		}
	}
	return false
}

// institution names a described institution: "Indonesia’s foreign
// ministry" is the Indonesian Foreign Ministry, "the Chinese side" is
// China, and a bare "the foreign ministry" is the last one named.
func (a *Attributor) institution(owner string, run []token, st *docState) (string, bool) {
	var ref placeRef
	var haveRef bool
	if owner != "" {
		ref, haveRef = a.place[owner]
	}
	// A demonym or country inside the run: "Chinese Foreign Ministry".
	var rest []token
	for i := 0; i < len(run); i++ {
		if n := a.places.match(run, i); n > 0 && !haveRef {
			key := make([]string, n)
			for k := range key {
				key[k] = run[i+k].lower
			}
			ref, haveRef = a.place[strings.Join(key, " ")]
			i += n - 1
			continue
		}
		rest = append(rest, run[i])
	}
	low := make([]string, len(rest))
	for i, t := range rest {
		low[i] = t.lower
	}
	desc := strings.Join(low, " ")
	switch desc {
	case "side", "government", "administration", "presidency", "cabinet":
		if haveRef {
			return ref.country, true
		}
		if st.lastInst != "" {
			return st.lastInst, true
		}
		return "", false
	case "spokesperson", "spokesman", "spokeswoman":
		if p, ok := st.lastWithTitle("spokes"); ok {
			return p, true
		}
		return "", false
	}
	if isMinistry(low) {
		kind := "Foreign Ministry"
		switch {
		case contains(low, "defence") || contains(low, "defense"):
			kind = "Defence Ministry"
		case contains(low, "commerce") || contains(low, "trade"):
			kind = "Commerce Ministry"
		}
		if haveRef && ref.demonym != "" {
			return ref.demonym + " " + kind, true
		}
		for i := len(st.ministries) - 1; i >= 0; i-- {
			if strings.HasSuffix(st.ministries[i], kind) {
				return st.ministries[i], true
			}
		}
		return kind, true
	}
	return "", false
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
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

// remember records a speaker as the most recent one of its kind.
func (a *Attributor) remember(speaker string, st *docState) {
	if speaker == "" || speaker == Unknown {
		return
	}
	st.lastSpeaker = speaker
	if st.isPerson(speaker) {
		st.lastPerson = speaker
	} else {
		st.lastInst = speaker
	}
}

// recentPerson is who "he" or "she" most likely refers to: the last
// person who spoke, or else the last person named before this paragraph's
// end.
func (st *docState) recentPerson() string {
	if st.lastPerson != "" {
		return st.lastPerson
	}
	best, bestPara := "", 0
	for _, p := range st.people {
		if p.first <= st.para && p.first >= bestPara {
			best, bestPara = p.name, p.first
		}
	}
	return best
}

// isPerson reports whether a speaker is a person met in the document.
func (st *docState) isPerson(name string) bool {
	for _, p := range st.people {
		if p.name == name {
			return true
		}
	}
	return false
}

// personName maps a name as written to the canonical full name: a single
// word or a shorter form resolves to the first full name containing all
// its words ("Xi" and "President Xi" are "Xi Jinping").
func (st *docState) personName(run []token) string {
	var low []string
	var parts []string
	for _, t := range run {
		low = append(low, t.lower)
		parts = append(parts, t.text)
	}
	for _, p := range st.people {
		if containsAll(p.words, low) {
			return p.name
		}
	}
	name := strings.Join(parts, " ")
	st.people = append(st.people, person{name: name, words: low, first: st.para})
	return name
}

// lastWithTitle returns the most recently listed person whose titles
// include one starting with prefix.
func (st *docState) lastWithTitle(prefix string) (string, bool) {
	for i := len(st.people) - 1; i >= 0; i-- {
		for _, t := range st.people[i].titles {
			if strings.HasPrefix(t, prefix) {
				return st.people[i].name, true
			}
		}
	}
	return "", false
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !contains(have, w) {
			return false
		}
	}
	return true
}

// scanNames reads the whole document once for full names of people
// ("Vladimir Putin", "Foreign Minister Sergei Lavrov") and named foreign
// ministries, so that a later short form ("Putin") or description ("the
// ministry") resolves even when the full form first appeared in narration.
func (a *Attributor) scanNames(paras []paragraph, st *docState) {
	for _, p := range paras {
		st.para = p.index
		toks := tokenize(p.text)
		for i := 0; i < len(toks); {
			if !toks[i].capitalized() && toks[i].lower != "foreign" {
				i++
				continue
			}
			j := i
			for j < len(toks) && toks[j].word && (toks[j].capitalized() || descriptionHeads[toks[j].lower] ||
				(toks[j].lower == "of" && j > i)) {
				j++
			}
			a.noteRun(toks[i:j], st)
			if j == i {
				j++
			}
			i = j
		}
	}
}

// noteRun records a capitalized run as a person or a ministry.
func (a *Attributor) noteRun(run []token, st *docState) {
	var owner string
	for i := len(run) - 1; i >= 0; i-- {
		if base, ok := possessive(run[i].lower); ok {
			owner = base
			run = run[i+1:]
			break
		}
	}
	for len(run) > 0 && (sentenceStarters[run[0].lower] || timeWords[run[0].lower]) {
		run = run[1:]
	}
	var titles []string
	for len(run) > 0 {
		n := a.titles.match(run, 0)
		if n == 0 {
			break
		}
		titles = append(titles, strings.ToLower(joinText(run[:n])))
		run = run[n:]
	}
	if desc, name := splitTrailingName(run); len(desc) > 0 && len(name) > 0 {
		a.noteRun(desc, st)
		if owner != "" && len(titles) == 0 {
			// Keep the owner for the ministry in "Indonesia’s foreign
			// ministry spokesperson Dewi Anggraini".
			if n, ok := a.institution(owner, desc, st); ok && n != "Foreign Ministry" && !contains(st.ministries, n) {
				st.ministries = append(st.ministries, n)
			}
		}
		for _, t := range desc {
			titles = append(titles, t.lower)
		}
		run = name
	}
	low := make([]string, len(run))
	for i, t := range run {
		low[i] = t.lower
	}
	if isMinistry(low) {
		if name, ok := a.institution(owner, run, st); ok && name != "Foreign Ministry" && !contains(st.ministries, name) {
			st.ministries = append(st.ministries, name)
		}
		return
	}
	// A person's name: two to four capitalized words, none a place or a
	// description.
	if len(run) < 2 || len(run) > 4 {
		return
	}
	for _, t := range run {
		if !t.capitalized() || isAllCaps(t.text) && utf8.RuneCountInString(t.text) > 1 {
			return
		}
		if _, isPlace := a.place[t.lower]; isPlace {
			return
		}
		if _, ok := possessive(t.lower); ok {
			return
		}
	}
	if _, isPlace := a.place[strings.Join(low, " ")]; isPlace {
		return
	}
	for k, p := range st.people {
		if containsAll(p.words, low) {
			st.people[k].titles = append(st.people[k].titles, titles...)
			return
		}
	}
	parts := make([]string, len(run))
	for i, t := range run {
		parts[i] = t.text
	}
	st.people = append(st.people, person{name: strings.Join(parts, " "), words: low, titles: titles, first: st.para})
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

// splitTrailingName splits a run into a lower-case description and the
// capitalized name that ends it: "foreign ministry spokesperson Dewi
// Anggraini" gives ("foreign ministry spokesperson", "Dewi Anggraini").
// A run that is all capitals, or ends in a lower-case word, has no such
// split.
func splitTrailingName(run []token) (desc, name []token) {
	k := len(run)
	for k > 0 && (run[k-1].capitalized() ||
		(k > 1 && k < len(run) && (run[k-1].lower == "of" || run[k-1].lower == "the") && run[k-2].capitalized())) {
		k--
	}
	if k == 0 || k == len(run) {
		return nil, nil
	}
	return run[:k], run[k:]
}
