package tone

import (
	"slices"
	"strings"

	"github.com/demarche/demarche/tone/dateline"
)

// speechOpeners open the heading of a prepared statement, speech or
// remarks before the speaker's name, lower case: "Statement by H.E.
// Ms. Ana Ruiz, Minister for Foreign Affairs of Chile, at the General
// Debate", "Remarks by President Lula at the G20 Summit". Such texts
// (the speeches of the UN General Debate, a ministry's statements, a
// leader's remarks) name their speaker once, at the top, and quote no
// one: read as news, they had no statement at all.
var speechOpeners = []string{
	"statement by ", "remarks by ", "address by ", "speech by ", "intervention by ", "message by ",
	"keynote address by ", "keynote speech by ", "opening remarks by ", "closing remarks by ",
	"opening statement by ", "closing statement by ", "statement delivered by ",
	"remarks delivered by ", "speech delivered by ", "remarks as prepared for delivery by ",
	"statement of ", "remarks of ", "address of ", "speech of ",
	"declaration by ", "joint statement by ", "joint declaration by ", "press statement by ",
	"joint statement of ", "joint statement between ", "joint declaration of ", "joint declaration between ",
	// Articles under their author's name: a ministry's "signed article"
	// by an ambassador, an op-ed.
	"signed article by ", "article by ", "op-ed by ", "opinion article by ", "opinion piece by ",
	// A ministry's comment or answer under its spokesperson's name, as
	// Russia's heads them ("Comment by Foreign Ministry Spokeswoman Maria
	// Zakharova on …", "Answer by … to a media question").
	"comment by ", "comments by ", "answer by ", "answers by ",
}

// asciiLower returns s with its ASCII capitals in lower case, and every
// other byte as it is: as long as s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// speechOpener returns the length of the opener of speechOpeners that
// text opens with, in any case of its ASCII letters, or 0.
func speechOpener(text string) int {
	for _, o := range speechOpeners {
		if hasPrefixFold(text, o) {
			return len(o)
		}
	}
	return 0
}

// maxHeadingTopic is the longest subject an EEAS heading gives before its
// opener (see speechOpenerAt).
const maxHeadingTopic = 60

// followingOpeners open the line a press release gives its statement
// under, lower case, up to the "by" that names its speaker: "The
// following statement was issued today by the Spokesperson for UN
// Secretary-General António Guterres:".
var followingOpeners = []string{"the following statement ", "the following is a statement ", "the following is the statement "}

// speechOpenerAt returns where the opener of a speech heading starts in
// text and its length, or 0, 0 when text is no such heading: one that
// opens with an opener of speechOpeners; one that names its subject first,
// as the EU's foreign service heads its statements ("Georgia: Statement by
// the High Representative on behalf of the EU on …"); or a press
// release's line before the statement (see followingOpeners), whose
// opener runs to " by ".
func speechOpenerAt(text string) (start, n int) {
	if n := speechOpener(text); n > 0 {
		return 0, n
	}
	if k := strings.Index(text, ": "); k > 0 && k <= maxHeadingTopic && !strings.ContainsAny(text[:k], ".!?") {
		if n := speechOpener(text[k+2:]); n > 0 {
			return k + 2, n
		}
	}
	for _, o := range followingOpeners {
		if hasPrefixFold(text, o) {
			if k := strings.Index(asciiLower(text), " by "); k > 0 {
				return 0, k + len(" by ")
			}
		}
	}
	// A letter of the UN's documents: "Letter dated 5 March 2024 from the
	// Permanent Representative of Chile to the United Nations addressed
	// to the Secretary-General".
	if hasPrefixFold(text, "letter dated ") || hasPrefixFold(text, "letter from ") {
		if k := strings.Index(asciiLower(text), " from "); k > 0 {
			return 0, k + len(" from ")
		}
	}
	return 0, 0
}

// hasPrefixFold reports whether s starts with prefix, which is lower
// case, in any case of s's ASCII letters; it allocates nothing.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// headingText returns a heading without the marks of a Markdown heading or
// of bold type ("# Statement by …", "**Remarks by …**").
func headingText(text string) string {
	return strings.Trim(strings.TrimLeft(text, "# "), "*_ ")
}

// speechHeadingParas is how many paragraphs at the top of a document may
// hold its speech heading; speechHeadingLen the longest such heading.
const (
	speechHeadingParas = 3
	speechHeadingLen   = 400
)

// speechHead is the heading of a speech: its paragraph (an index in the
// document's paragraphs), its speaker and its cue ("Statement by").
type speechHead struct {
	para    int
	speaker string
	cue     string
	// body is set when the speaker is a state or an organisation, which
	// names itself in the third person ("The European Union condemns
	// …"), where a person does not (see namesFirst).
	body bool
	// clauses is set when the paragraphs after the heading are the
	// clauses of a resolution (see resolutionHeading): each is said,
	// though it ends with a comma or a semicolon and no sentence.
	clauses bool
}

// speechHeading finds the heading of a speech (see speechOpeners) among
// the first paragraphs of a document, and the speaker it names, a person
// or office as a transcript's label would name them. A heading whose
// name the attributor cannot read as a speaker is none.
func (a *Attributor) speechHeading(paras []paragraph, st *docState) (speechHead, bool) {
	for i := 0; i < min(len(paras), speechHeadingParas+docHeaderLines(paras)); i++ {
		text := headingText(paras[i].text)
		if len(text) > speechHeadingLen {
			continue
		}
		start, n := speechOpenerAt(text)
		if n == 0 {
			continue
		}
		// The line above a press release's statement ends with a colon.
		text = strings.TrimSuffix(text[start:], ":")
		name := text[n:]
		end := nameEnd(name)
		speaker, ok := a.headingSpeaker(a.beforeTitle(strings.TrimSpace(name[:end])), st)
		if !ok {
			return speechHead{}, false
		}
		// "Declaration by the High Representative on behalf of the EU
		// on …": the statement is the EU's.
		// A joint statement's parties name themselves in the third
		// person too ("The United States and Japan reaffirm …").
		body := a.isBody(speaker) || hasPrefixFold(text, "joint ")
		if rest, ok := cutPrefixFold(name[end:], " on behalf of "); ok {
			if name, ok := a.bodyNamed(rest[:nameEnd(rest)]); ok {
				speaker, body = name, true
			}
		}
		return speechHead{para: i, speaker: speaker, cue: strings.TrimSpace(text[:n]), body: body}, true
	}
	return speechHead{}, false
}

// docHeaderLines returns how many of a document's first paragraphs are a
// UN document's header, which stands above a letter's heading: its symbol
// ("United Nations S/2025/74"), its organ alone ("Security Council"), its
// distribution and date ("Distr.: General 4 February 2025"), its language
// ("Original: English").
func docHeaderLines(paras []paragraph) int {
	n := 0
	for _, p := range paras {
		t := p.text
		if len(t) > 80 || endsSentence(t) {
			return n
		}
		switch {
		case strings.Contains(t, "Distr.:"), strings.HasPrefix(t, "Original:"), unSymbol(t):
		case t == "Security Council", t == "General Assembly", t == "Economic and Social Council", t == "Human Rights Council":
		default:
			return n
		}
		n++
	}
	return n
}

// unSymbol reports whether text holds a UN document's symbol: a capital,
// a slash and a number after it, as "S/2025/74" and "A/79/123" are.
func unSymbol(text string) bool {
	for w := range strings.FieldsSeq(text) {
		if len(w) >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '/' && isASCIIDigit(w[2]) {
			return true
		}
	}
	return false
}

// nameEnd returns where the name at the start of the rest of a heading
// ends: where it goes on to a title, a place or an occasion, in any case
// ("… AT THE GENERAL DEBATE"). The stops are ASCII: lower-cased by its
// ASCII letters only, the lower-case form's offsets are name's.
func nameEnd(name string) int {
	low, end := asciiLower(name), len(name)
	for _, stop := range []string{",", " at ", " on ", " to ", " before ", " during ", " in ", " (", " – ", " - ", " — "} {
		if k := strings.Index(low, stop); k >= 0 && k < end {
			end = k
		}
	}
	return end
}

// cutPrefixFold is strings.CutPrefix with prefix, which is lower case,
// matched in any case of s's ASCII letters.
func cutPrefixFold(s, prefix string) (string, bool) {
	if !hasPrefixFold(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// bodyNamed returns the state or the organisation of the actor gazetteer
// that name is, with or without "the" ("the EU", "the European Union",
// "Japan"), as statements name it.
func (a *Attributor) bodyNamed(name string) (string, bool) {
	toks, src := tokenize(strings.TrimSpace(name))
	toks = wordsOf(toks)
	if ref, ok := a.placeOf(src, toks); ok && ref.seat == "" {
		return ref.country, true
	}
	return a.orgNamed(src, toks)
}

// orgOfficials returns the organisation of the actor gazetteer whose
// unnamed officials toks name, who speak for it as they do in a sentence
// (see orgQualifier): "the Foreign Ministers of the G7", "G7 Leaders".
func (a *Attributor) orgOfficials(src string, toks []token) (string, bool) {
	toks = wordsOf(toks)
	if len(toks) > 0 && toks[0].lower(src) == "the" {
		toks = toks[1:]
	}
	head, post := a.splitPost(src, toks)
	if ps, _, w, ok := a.lastWordPhrase(src, head); ok && w.kind == kindAnonymous {
		// A heading's capitals make "Foreign Ministers of the G7" one
		// name, which splitPost does not split.
		if of := head[ps+a.words.match(src, head, ps):]; len(of) > 1 && of[0].lower(src) == "of" {
			post = of
		}
		return a.orgQualifier(src, nil, head[:ps], post)
	}
	return "", false
}

// headingSpeaker returns the speaker a speech heading names, as a
// transcript's label would name them, when name may be a name (see
// speechName) and names someone.
func (a *Attributor) headingSpeaker(name string, st *docState) (string, bool) {
	if !speechName(name) {
		return "", false
	}
	// A state, an organisation and an institution are named as the
	// statements name them.
	if body, ok := a.bodyNamed(name); ok {
		return body, true
	}
	toks, src := tokenize(name)
	if inst, ok := a.institutionName(src, toks, st); ok {
		return inst, true
	}
	if org, ok := a.orgOfficials(src, toks); ok {
		return org, true
	}
	speaker, journalist, answer := a.labelSpeaker(newLabelForm(name), st)
	if speaker == "" || speaker == Unknown || journalist || answer {
		return "", false
	}
	return speaker, true
}

// speechNouns name a speech in a heading that gives its speaker in the
// possessive (see possessiveHeading), lower case; longer ones first.
var speechNouns = []string{
	"keynote speech", "keynote address", "opening remarks", "closing remarks",
	"opening statement", "closing statement", "press statement", "video address",
	"speech", "remarks", "statement", "address", "lecture", "message",
}

// communiqueNouns name, in a heading, the documents a summit or a
// grouping issues in its own name, lower case: "G7 Leaders' Communiqué",
// "Chairman's Statement of the 44th ASEAN Summit", "Joint Communiqué of
// the Meeting of BRICS Ministers of Foreign Affairs".
var communiqueNouns = []string{"communiqué", "communique", "chairman's statement", "chair's statement", "chair's summary",
	"chairman’s statement", "chair’s statement", "chair’s summary", "summit declaration", "leaders' declaration", "leaders’ declaration",
	"declaration"}

// communiqueHeading finds, among the first paragraphs of a document, a
// heading that names a communiqué or a chair's statement (see
// communiqueNouns) and the organisation it names ("G7", "ASEAN"), or else
// the one state: the document is theirs, as a speech, in the first person
// plural ("We, the Leaders of the G7, …"). So that a news report headed
// "G7 communique slams China" stays news, the noun ends the heading or
// goes on with a preposition ("… of the 44th ASEAN Summit", "… on
// Ukraine"), and a paragraph after the heading speaks in the first
// person (see speaksFirst).
func (a *Attributor) communiqueHeading(paras []paragraph) (speechHead, bool) {
	for i := 0; i < min(len(paras), speechHeadingParas); i++ {
		text := headingText(paras[i].text)
		if len(text) > speechHeadingLen || endsSentence(text) {
			continue
		}
		low := asciiLower(text)
		k, noun := -1, ""
		for _, n := range communiqueNouns {
			if k = strings.Index(low, n); k >= 0 {
				noun = n
				break
			}
		}
		if k < 0 || !headingEnds(low[k+len(noun):]) || !speaksFirst(paras[i+1:min(len(paras), i+4)]) {
			continue
		}
		speaker, ok := a.weBody(paras[i+1 : min(len(paras), i+4)])
		if !ok {
			speaker, ok = a.bodyIn(text)
		}
		if !ok {
			return speechHead{}, false
		}
		return speechHead{para: i, speaker: speaker, cue: text[k : k+len(noun)], body: true}, true
	}
	return speechHead{}, false
}

// conclusionsHeading finds, among the first paragraphs of a document, the
// heading of an organisation's conclusions ("European Council conclusions
// on the Middle East", "Conclusions of the European Council"): the
// document is the organisation's, each paragraph said by it as a speech's
// is, though it names itself in the third person ("2. The European Union
// remains fully committed …", "5. The European Council invites the
// Council to …", which no cue reads). So that a news report headed "EU
// conclusions disappoint Kyiv" stays news, a paragraph after the heading
// opens, a list's number aside, with the organisation's name.
func (a *Attributor) conclusionsHeading(paras []paragraph) (speechHead, bool) {
	const noun = "conclusions"
	for i := 0; i < min(len(paras), speechHeadingParas); i++ {
		text := headingText(paras[i].text)
		if len(text) > speechHeadingLen || endsSentence(text) {
			continue
		}
		low := asciiLower(text)
		k := strings.Index(low, noun)
		if k < 0 || !headingEnds(low[k+len(noun):]) {
			continue
		}
		body, ok := a.orgIn(text)
		if !ok || !a.opensWithOrg(paras[i+1:min(len(paras), i+4)], body) {
			continue
		}
		return speechHead{para: i, speaker: body, cue: text[k : k+len(noun)], body: true}, true
	}
	return speechHead{}, false
}

// opensWithOrg reports whether one of paras opens, a list's number aside,
// with "The" and the name of the organisation org.
func (a *Attributor) opensWithOrg(paras []paragraph, org string) bool {
	for _, p := range paras {
		rest, ok := strings.CutPrefix(strings.TrimLeft(p.text, "0123456789.() "), "The ")
		if !ok {
			continue
		}
		words := strings.Fields(rest)
		for n := min(len(words), 4); n > 0; n-- {
			if name, ok := a.orgIn(strings.Join(words[:n], " ")); ok && name == org {
				return true
			}
		}
	}
	return false
}

// weBody returns the organisation that a communiqué's first person names
// in apposition, as summits write it: "We, the Heads of State and
// Government of the North Atlantic Alliance, …" is NATO's, whatever city
// the heading names ("Washington Summit Declaration"). A state's leaders
// ("We, the Leaders of Brazil, …") name no organisation.
func (a *Attributor) weBody(paras []paragraph) (string, bool) {
	for _, p := range paras {
		rest, ok := strings.CutPrefix(strings.TrimLeft(p.text, "0123456789.() "), "We, ")
		if !ok {
			continue
		}
		who, _, _ := strings.Cut(rest, ",")
		return a.orgIn(who)
	}
	return "", false
}

// resolutionHeading finds the opening of a body's resolution or decision:
// a paragraph among the first that names an organisation alone and ends
// with a comma ("The Security Council,", "The General Assembly,"), followed by
// one of its clauses ("Recalling its resolutions …", "Deeply concerned
// …", "1. Condemns …"). The paragraphs after it are the body's speech.
func (a *Attributor) resolutionHeading(paras []paragraph) (speechHead, bool) {
	for i := 0; i+1 < len(paras) && i < speechHeadingParas; i++ {
		name, ok := strings.CutSuffix(strings.TrimSpace(paras[i].text), ",")
		if !ok || len(name) > 60 || !strings.HasPrefix(name, "The ") || strings.ContainsAny(name, ",.;:") ||
			!resolutionClause(paras[i+1].text) {
			continue
		}
		// An organisation adopts resolutions; a state does not.
		toks, src := tokenize(name)
		speaker, ok := a.orgNamed(src, wordsOf(toks))
		if !ok {
			speaker, ok = a.orgBefore(paras[:i], name)
		}
		if ok {
			return speechHead{para: i, speaker: speaker, body: true, clauses: true}, true
		}
	}
	return speechHead{}, false
}

// orgBefore returns the organisation that name, "The" and one noun ("The
// Council,", "The Assembly,"), stands for in a decision whose paragraphs
// before it name the organisation in full ("Communiqué of the 1200th
// meeting of the Peace and Security Council"): the one the nearest of
// them names alone, whose name has the noun.
func (a *Attributor) orgBefore(paras []paragraph, name string) (string, bool) {
	noun, ok := strings.CutPrefix(name, "The ")
	if !ok || noun == "" || strings.Contains(noun, " ") {
		return "", false
	}
	noun = strings.ToLower(noun)
	for i := len(paras) - 1; i >= 0; i-- {
		body, ok := a.orgIn(paras[i].text)
		if ok && slices.Contains(strings.Fields(strings.ToLower(body)), noun) {
			return body, true
		}
	}
	return "", false
}

// resolutionClause reports whether a paragraph opens as a clause of a
// resolution, after its number if it has one: with a participle or an
// adjective of the preamble ("Recalling", "Deeply concerned", "Mindful")
// or a verb of the operative part, in the third person ("Condemns",
// "Decides").
func resolutionClause(text string) bool {
	text = strings.TrimLeft(text, "0123456789. ")
	w, _, _ := strings.Cut(text, " ")
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	w = strings.ToLower(w)
	switch w {
	case "mindful", "aware", "cognizant", "cognisant", "conscious":
		return true
	}
	for _, end := range []string{"ing", "ed", "ly", "s"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// headingEnds reports whether the rest of a heading, lower case, after the
// noun it names its document by, is nothing or a complement (" of …", " on
// …", ": …"), not a headline's verb ("slams China").
func headingEnds(rest string) bool {
	rest = strings.TrimRight(rest, " ")
	if rest == "" {
		return true
	}
	for _, p := range []string{" of ", " on ", " at ", " from ", " for ", " in ", " following ", ": ", " – ", " - ", " — ", ", "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// speaksFirst reports whether one of paras opens, a list's number aside,
// in the first person, as a speech or a communiqué does and a news report
// does not: "1. We, the Heads of State/Government of ASEAN, …", "I am
// glad to be here", "Our countries …".
func speaksFirst(paras []paragraph) bool {
	for _, p := range paras {
		text := strings.TrimLeft(p.text, "0123456789.() ")
		for _, w := range []string{"We ", "We,", "I ", "Our ", "My "} {
			if strings.HasPrefix(text, w) {
				return true
			}
		}
	}
	return false
}

// possessiveSpeech is possessiveHeading for a document whose caller gives
// no speaker: a heading that names its speaker in the possessive ("Foreign
// Minister Wang Yi's Speech at the Munich Security Conference") heads a
// speech when the noun ends it or goes on with a complement, and a
// paragraph after it speaks in the first person; a news headline ("Wang
// Yi's speech angers Washington") does neither.
func (a *Attributor) possessiveSpeech(paras []paragraph, st *docState) (speechHead, bool) {
	h, ok := a.possessiveHeading(paras, st)
	if !ok {
		return speechHead{}, false
	}
	text := headingText(paras[h.para].text)
	k := strings.Index(text, h.cue)
	if k < 0 || !headingEnds(asciiLower(text[k+len(h.cue):])) || !speaksFirst(paras[h.para+1:min(len(paras), h.para+4)]) {
		return speechHead{}, false
	}
	return h, true
}

// bodyIn returns the organisation text names, as statements name it, or
// else the state it names, and false when it names none, or two
// organisations, or no organisation and two states: "G7 Leaders'
// Communiqué on Ukraine" is the G7's.
func (a *Attributor) bodyIn(text string) (string, bool) {
	toks, src := tokenize(text)
	toks = wordsOf(toks)
	var org, state string
	states := 0 // how many states, told apart
	for i := 0; i < len(toks); i++ {
		if n, phrase := a.orgs.matchText(src, toks, i); n > 0 {
			if org != "" && org != a.org[phrase] {
				return "", false
			}
			org = a.org[phrase]
			i += n - 1
		} else if n, phrase := a.places.matchText(src, toks, i); n > 0 {
			if ref := a.place[phrase]; ref.seat == "" && ref.country != state {
				state = ref.country
				states++
			}
			i += n - 1
		}
	}
	switch {
	case org != "":
		return org, true
	case states == 1:
		return state, true
	}
	return "", false
}

// orgIn is bodyIn for an organisation only: a state is no body that
// adopts a resolution or speaks as a summit's "We".
func (a *Attributor) orgIn(text string) (string, bool) {
	body, ok := a.bodyIn(text)
	if _, state := a.demonymOf[body]; !ok || state {
		return "", false
	}
	return body, true
}

// possessiveHeading finds, among the first paragraphs of a document, a
// heading that names its speaker in the possessive, as government sites
// title a speech's page ("Foreign Secretary's speech at the Munich
// Security Conference", "Secretary Caldwell’s Remarks to the Press"). A
// news headline may read so too ("Xi's speech at the congress signals a
// shift"): only a text the caller knows to be a speech is read by it
// (see Analyzer.AnalyzeSpeech).
func (a *Attributor) possessiveHeading(paras []paragraph, st *docState) (speechHead, bool) {
	for i := 0; i < min(len(paras), speechHeadingParas); i++ {
		text := headingText(paras[i].text)
		if len(text) > speechHeadingLen || endsSentence(text) {
			continue
		}
		k := strings.Index(text, "'s ")
		n := len("'s ")
		if c := strings.Index(text, "’s "); c >= 0 && (k < 0 || c < k) {
			k, n = c, len("’s ")
		}
		// A plural's: "G7 Foreign Ministers' Statement".
		for _, mark := range []string{"s' ", "s’ "} {
			if c := strings.Index(text, mark); c >= 0 && (k < 0 || c+1 < k) {
				k, n = c+1, len(mark)-1
			}
		}
		if k <= 0 {
			continue
		}
		rest := text[k+n:]
		for _, noun := range speechNouns {
			if !hasPrefixFold(rest, noun) || len(rest) > len(noun) && rest[len(noun)] != ' ' && rest[len(noun)] != ':' && rest[len(noun)] != ',' {
				continue
			}
			if speaker, ok := a.headingSpeaker(text[:k], st); ok {
				// "G7 Foreign Ministers' Statement": a body's, which
				// speaks of itself as a speech of a body does.
				return speechHead{para: i, speaker: speaker, cue: rest[:len(noun)], body: a.isBody(speaker)}, true
			}
			break
		}
	}
	return speechHead{}, false
}

// beforeTitle returns name cut before a title that follows a name with
// no comma between, as a heading set on several lines reads once its
// lines are joined: "H.E. Mr. Tomas Berg Prime Minister of Norway" is
// "H.E. Mr. Tomas Berg". Titles before the name stay ("President Lula"),
// and so do the state or organisation that qualifies them ("Chinese
// Foreign Minister Wang Yi", "US Secretary of State Antony Blinken",
// "EU High Representative Kaja Kallas") and what follows their "of"
// ("the President of the European Commission"): those are no name.
func (a *Attributor) beforeTitle(name string) string {
	if _, ok := a.bodyNamed(name); ok {
		return name // "the European Union", whose "Union" is no title
	}
	named := false // a word of the name itself was read
	prev := ""     // the word before, lower case, "the" passed over
	for i := 0; i < len(name); {
		for i < len(name) && name[i] == ' ' {
			i++
		}
		j := i
		for j < len(name) && name[j] != ' ' {
			j++
		}
		w := strings.ToLower(strings.Trim(name[i:j], ".,"))
		switch {
		case w == "":
		case a.descWords[w]:
			if named {
				return strings.TrimSpace(name[:i])
			}
		case w == "of" || w == "the" || w == "and" || w == "for":
		case prev == "of":
			// The complement of a title: "of the European Commission".
		case a.qualifierWord(w):
		default:
			named = true
		}
		if w != "the" {
			prev = w
		}
		i = j
	}
	return name
}

// speechName reports whether the words after a speech heading's opener,
// up to its first comma or preposition, may be a name: one to ten words,
// each capitalized or a particle ("H.E. Ms. Ana Ruiz", "the Minister of
// Foreign Affairs of Chile"), not a headline's clause ("Lavrov angers
// Kyiv").
func speechName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		switch w {
		case "of", "the", "for", "and", "de", "al", "bin", "van", "von":
			continue
		}
		if !labelWord(w) {
			return false
		}
	}
	return true
}

// speech reads a document that h heads as a speech: the heading and the
// paragraphs before it as news (none when h.para is -1: a speech whose
// speaker the caller knows), then each paragraph as a statement of h's
// speaker (kind Speech), but for an address to the audience ("Mr.
// President,"), a line of place and date and a letter's signature
// ("(Signed) Vassily Nebenzia"), which are narration.
// Quotations and reported speech of others in a paragraph are their
// speakers' statements too, as in a transcript's turn.
func (a *Attributor) speech(out []Statement, paras []paragraph, h speechHead, st *docState) []Statement {
	var buf []Statement
	var cont turnText
	if h.body {
		st.ownState = a.stateNamed(h.speaker)
	} else if h.para >= 0 && h.para < len(paras) {
		// A person's heading names the state they speak for: "Statement
		// by H.E. Mr. Tomas Halvorsen, Minister for Foreign Affairs of
		// the Kingdom of Norway, at the General Debate …".
		st.ownState = a.stateNamed(paras[h.para].text)
	}
	news := false // a news report after the document, from its dateline on
	for i, p := range paras {
		st.para = p.index
		news = news || i > h.para+1 && datelineEnd(p.text) > 0
		if news || i <= h.para || !h.clauses && (isSalutation(p.text) || isHeadingLine(p.text)) || isPlaceAndDate(p.text) || hasPrefixFold(p.text, "(signed)") ||
			isIssuedLine(p.text) ||
			!h.body && a.namesFirst(p.text, h.speaker) {
			out = a.paragraph(out, p, st)
			continue
		}
		if cur := a.turn(p, h.speaker, p.text, h.cue, st, &out, &buf, &cont, -1); cur >= 0 {
			out[cur].Kind = Speech
			out = dropOwnReports(out, cur+1, h.body, st.ownState)
		}
	}
	cont.flush(out)
	return out
}

// dropOwnReports removes from out[from:] the reported statements of own,
// the state whose body or representative speaks, and, in the speech of a
// body (body set), those of no known speaker. In the speech
// of a state, an organisation or the parties to a joint statement, they
// are its own words in the third person ("The two countries condemn …",
// "The EU and its Member States call on …", "Both leaders reaffirmed …",
// "The Government of the Republic of Korea strongly condemns …" in a
// statement of its foreign ministry): the speech says them already, and a
// second statement of the same words would be counted apart from it. So
// it is of a minister's "Norway condemns …" in Norway's general-debate
// speech; but a person's speech may report someone unnamed ("As the
// Secretary-General told us").
func dropOwnReports(out []Statement, from int, body bool, own string) []Statement {
	kept := from
	for _, s := range out[from:] {
		if s.Kind == Reported && (body && s.Speaker == Unknown || own != "" && s.Speaker == own) {
			continue
		}
		out[kept] = s
		kept++
	}
	clear(out[kept:])
	return out[:kept]
}

// isBody reports whether a speech heading's speaker is a body, which names
// itself in the third person: a state, an organisation of the actor
// gazetteer or a state's institution, not a person.
func (a *Attributor) isBody(speaker string) bool {
	_, ok := a.bodyNamed(speaker)
	return ok || a.stateInstitution(speaker)
}

// stateInstitution reports whether a speaker's name is an institution of
// a state ("South Korean Foreign Ministry", "Chinese Embassy"), which
// names its government in the third person as the state does.
func (a *Attributor) stateInstitution(name string) bool {
	toks, src := tokenize(name)
	w := wordsOf(toks)
	if _, _, word, ok := a.lastWordPhrase(src, w); !ok || word.kind != kindInstitution {
		return false
	}
	return a.stateNamed(name) != ""
}

// stateNamed returns the one state a text names, as a state, a demonym or
// a seat ("South Korean Foreign Ministry", "Ministry of Foreign Affairs of
// Japan", a heading that names a minister's state), or "" when it names
// none or several.
func (a *Attributor) stateNamed(text string) string {
	toks, src := tokenize(text)
	w := wordsOf(toks)
	state := ""
	for i := 0; i < len(w); i++ {
		n, phrase := a.places.matchText(src, w, i)
		if n == 0 {
			continue
		}
		c := a.place[phrase].country
		if state != "" && c != state {
			return ""
		}
		state = c
		i += n - 1
	}
	return state
}

// isIssuedLine reports whether a paragraph of a speech says who issued
// or adopted the document, and when, as a page prints it under the title
// ("Issued by NATO Heads of State and Government participating in the
// meeting of the North Atlantic Council in Washington, D.C. 10 July
// 2024"): narration, though it is long and names the speaker.
func isIssuedLine(text string) bool {
	for _, p := range []string{"Issued by ", "Issued on ", "Adopted by ", "Adopted on ", "Adopted at ", "Adopted in ", "Released by ", "Published by ", "Done at ", "Done in "} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// isHeadingLine reports whether a paragraph of a speech is a line of its
// page or a heading of its sections rather than something said: a short
// line that ends no sentence and starts with a capital or a digit
// ("Published", "Foreign, Commonwealth & Development Office", "Our
// security"), not an item of a list ("- new funds for …").
func isHeadingLine(text string) bool {
	if len(text) > 100 || text == "" || endsSentence(text) || strings.HasSuffix(text, ";") {
		return false // a heading ends no clause: "1. Reaffirm our commitment …;"
	}
	c := text[0]
	return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// namesFirst reports whether a paragraph opens with the speaker's name,
// after titles and honorifics at most: a speaker does not open with their
// own name in the third person, but a page's summary of the speech does
// ("Foreign Secretary Anna Lowe set out the UK's approach to European
// security.").
func (a *Attributor) namesFirst(text, speaker string) bool {
	k := strings.Index(text, speaker)
	if speaker == "" || k < 0 || k > 60 {
		return false
	}
	for w := range strings.FieldsSeq(text[:k]) {
		low := strings.ToLower(strings.TrimRight(w, ".,"))
		if !labelWord(w) || !a.descWords[low] && genderOf(low) == noGender && low != "h.e" {
			return false
		}
	}
	return true
}

// isSalutation reports whether a paragraph addresses the audience rather
// than says something: "Mr. President,", "Excellencies, ladies and
// gentlemen,".
func isSalutation(text string) bool {
	if strings.HasPrefix(text, "We ") || strings.HasPrefix(text, "We,") {
		return false // "We, the Leaders of …, gathered in Vientiane:"
	}
	return len(text) <= 120 && (strings.HasSuffix(text, ",") || strings.HasSuffix(text, ":"))
}

// isPlaceAndDate reports whether a paragraph is a short line of a place
// and a date, as a speech's heading has them ("New York, 25 September
// 2024").
func isPlaceAndDate(text string) bool {
	if len(text) > 80 || endsSentence(text) {
		return false
	}
	_, ok := dateline.Find(text)
	return ok
}
