package tone

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isTranscript reports whether a document of paras paragraphs, of which
// labels open with a speaker label, is speaker-labelled: at least two do,
// and at least a third of them. The caller counts the labels the name
// scan cut (docState.labels) instead of cutting them again.
func isTranscript(labels, paras int) bool {
	return labels >= 2 && 3*labels >= paras
}

// fieldLabels are the names, lower case, of the fields a document's
// heading or a database export may set out as "Name: value" lines, which
// would otherwise read as speaker labels: scrapers' and e-mails' headers
// ("Title:", "Date:", "Source:", "From:"), the fields of LexisNexis
// exports ("Byline:", "Section:", "Length:", "Load-Date:"), and the notes
// of a record ("Note:"). Such a line is a line of the text, not a turn:
// three of them at the head of a short news report made it a transcript
// whose "Source" turn took the report. So are the kinds of text a page's
// heading or its links name ("Interview: Foreign Minister Penny Wong with
// …", "Related: …", "Read more: …"): "Interview" took the heading as a
// turn, and then the interviewee's answers.
var fieldLabels = []string{
	"abstract", "analysis", "attachment", "attachments", "author", "authors", "byline", "caption",
	"categories", "category", "cc", "company", "copyright", "correction-date", "country",
	"credit", "date", "dateline", "document id", "document-type", "edition", "editorial",
	"explainer", "factbox", "file", "filename", "from", "geographic", "graphic", "headline",
	"highlight", "industry", "interview", "journal-code", "keywords", "language", "last updated",
	"length", "link", "load-date", "location", "note", "notes", "opinion", "organization",
	"page", "participants", "person", "photo", "place", "posted", "present", "publication", "publication-type",
	"published", "publisher", "read more", "readout", "reference", "related", "section",
	"see also", "sent", "source", "sources", "speakers", "subhead", "subject", "subtitle", "summary",
	"tags", "time", "title", "to", "topic", "topics", "transcript", "updated", "url", "video",
	"word count", "words",
}

// maxFieldLabel is the length of the longest of fieldLabels.
const maxFieldLabel = len("publication-type")

// fieldLabelsByShape holds fieldLabels by length and first letter: a
// label is compared with the few of its shape, most often none. It is
// only read.
var fieldLabelsByShape = func() (t [maxFieldLabel + 1][26][]string) {
	for _, f := range fieldLabels {
		t[len(f)][f[0]-'a'] = append(t[len(f)][f[0]-'a'], f)
	}
	return t
}()

// isFieldLabel reports whether a label (see cutLabel) names a field of
// fieldLabels, in any case, rather than a speaker.
func isFieldLabel(label string) bool {
	if len(label) == 0 || len(label) > maxFieldLabel {
		return false
	}
	c := label[0] | 0x20 // an ASCII letter in lower case
	if c < 'a' || c > 'z' {
		return false
	}
	for _, f := range fieldLabelsByShape[len(label)][c-'a'] {
		if strings.EqualFold(label, f) {
			return true
		}
	}
	return false
}

// turnLabel is the label of a transcript paragraph.
type turnLabel struct {
	label, rest string
	ok          bool // the paragraph opens with a label
	role        bool // a header line naming who holds a role: "President: Mr. Osei (Ghana)"
	speaker     string
	cue         string // the label and its colon, the cue of the turn
	journalist  bool   // a reporter's question: "QUESTION:", "Reuters:"
	answer      bool   // "A:", the interviewee's answer
	followUp    bool   // "Follow-up:", the last questioner's next question
}

// transcript reads a speaker-labelled document: each labelled paragraph
// is a turn, an unlabelled one continues the turn before it. Paragraphs
// before the first turn are read as news, except that in a briefing whose
// heading names the host, those after the heading are the host's opening.
// Reported speech inside a turn by someone else ("FBI Director Wray said
// that …") is a statement of its own. The statements are appended to out.
// st must have been through scanNames, which reads the labels.
func (a *Attributor) transcript(out []Statement, paras []paragraph, st *docState) []Statement {
	labels := grow(st.turnLabels, len(paras))
	clear(labels)
	st.turnLabels = labels
	first := -1
	// The name scan cut the labels: cutting them again cost about 1%
	// of the instructions of analyzing a transcript.
	for _, c := range st.labels {
		i, l := c.para, &labels[c.para]
		*l = turnLabel{label: c.label, rest: c.rest, ok: true}
		if first < 0 {
			if name, ok := a.roleLine(l.label, l.rest, st); ok {
				st.roles[strings.ToLower(strings.TrimSpace(l.label))] = name
				if side := a.bracketState(l.rest); side != "" {
					st.roleSides[name] = side // "President: Mr. Osei (Ghana)"
				}
				l.role = true
				continue
			}
			first = i
		}
	}
	a.officeHolders(st)
	// The speakers who may host, in order of their first turn: the
	// order decides between two a heading both names, so that the same
	// text always gets the same host.
	var hosts []string
	isHost := map[string]bool{}
	// A transcript's labels repeat turn after turn: each is read into
	// words, and into a speaker, once. labelSpeaker's answer depends
	// only on the label here: no turn has been read yet, and a person it
	// adds to the document matches no earlier label.
	if st.labelForms == nil {
		st.labelForms = make(map[string]*labelForm)
	}
	forms := st.labelForms
	for i := range labels {
		if l := &labels[i]; l.ok && !l.role {
			f := forms[l.label]
			if f == nil {
				f = newLabelForm(l.label)
				f.speaker, f.journalist, f.answer = a.labelSpeaker(f, st)
				// "Official Spokesperson, Shri Rohan Malhotra:" names who
				// holds the title that labels the later turns alone.
				if title, _, ok := strings.Cut(l.label, ", "); ok && f.speaker != "" && titleCommaLabel(l.label) {
					if key := strings.ToLower(title); st.roles[key] == "" {
						st.roles[key] = f.speaker
					}
				}
				f.cue = l.label + ":"
				if t := paras[i].text; len(t) > len(l.label) && t[len(l.label)] == '.' && strings.HasPrefix(t, l.label) {
					f.cue = l.label + "." // "Senator HALL." (see recordLabel)
				}
				forms[l.label] = f
			}
			l.speaker, l.cue, l.journalist, l.answer = f.speaker, f.cue, f.journalist, f.answer
			l.followUp = isFollowUp(f.low)
			l.journalist = l.journalist || l.followUp
			if !l.journalist && !l.answer && l.speaker != "" && !isHost[l.speaker] {
				isHost[l.speaker] = true
				hosts = append(hosts, l.speaker)
			}
		}
	}
	// The host: a speaker the heading names.
	host, heading := "", -1
	for i := 0; i < first && heading < 0; i++ {
		if labels[i].ok {
			continue
		}
		low := lowerWords(paras[i].text)
		for _, h := range hosts {
			if containsAny(low, strings.Fields(strings.ToLower(h))) {
				host, heading = h, i
				break
			}
		}
	}
	var turnBuf []Statement // a turn's own reading, in memory reused from turn to turn
	var cont turnText       // the text of a turn that goes on over paragraphs
	cur := -1               // index in out of the turn being read
	// A label with no turn after it ("Ana Ruiz (00:01:45):" on a line
	// of its own) gives the next paragraph without one its speaker.
	var pending, pendingCue string
	interviewee := host
	if host != "" && onlyAsks(labels, host) {
		// The heading names the interviewer first, or the interviewer's
		// turn comes first ("Interview: Foreign Minister Penny Wong with
		// Patricia Karvelas"): the one who answers is the other it names.
		low := lowerWords(paras[heading].text)
		for _, h := range hosts {
			if h != host && !onlyAsks(labels, h) && containsAny(low, strings.Fields(strings.ToLower(h))) {
				interviewee = h
				break
			}
		}
	}
	if interviewee == "" && first > 0 {
		// No label names the one who answers: the heading may
		// ("Foreign Ministry Spokesperson Mao Ning's Remarks on …", then
		// "Q: …" and "A: …").
		if h, ok := a.speechHeading(paras[:first], st); ok {
			interviewee = h.speaker
		} else if h, ok := a.possessiveHeading(paras[:first], st); ok {
			interviewee = h.speaker
		}
	}
	asker := ""         // the speaker of the last question, whom "Follow-up:" is
	var byline []string // who wrote the introduction: not the one who answers
	for i, p := range paras {
		st.para = p.index
		l := labels[i]
		switch {
		case l.role:
			continue
		case i < first || first < 0:
			if host != "" && i > heading && isOpening(p.text) && !namesSpeaker(p.text, hosts, st) {
				speaker := host
				if cur >= 0 {
					speaker = "" // the announcement goes on
				}
				cur = a.turn(p, speaker, p.text, "", st, &out, &turnBuf, &cont, cur)
				continue
			}
			n, m := len(out), len(st.mentions)
			out = a.paragraph(out, p, st)
			if isByline(p.text) {
				for _, mn := range st.mentions[m:] {
					if mn.kind == mentionPerson {
						byline = append(byline, mn.name)
					}
				}
			}
			for _, s := range out[n:] {
				if interviewee == "" && s.Kind != Narration && s.Speaker != Unknown && st.isPerson(s.Speaker) {
					interviewee = s.Speaker
				}
			}
			continue
		case !l.ok && isProcedural(p.text):
			// The record's own line: it ends the turn before it.
			out = append(out, Statement{Paragraph: p.index, Kind: Narration, Text: p.text})
			cur, pending = -1, ""
			continue
		case !l.ok && pending != "":
			cur = a.turn(p, pending, p.text, pendingCue, st, &out, &turnBuf, &cont, -1)
			if cur >= 0 {
				pending = ""
			}
			continue
		case !l.ok:
			cur = a.turn(p, "", p.text, "", st, &out, &turnBuf, &cont, cur)
			continue
		}
		speaker := l.speaker
		switch {
		case l.followUp && asker != "":
			speaker = asker
		case l.followUp:
			speaker = journalistSpeaker
		case l.journalist:
			asker = speaker
		}
		if l.answer {
			speaker = interviewee
			if speaker == "" {
				speaker = st.firstPerson(byline)
			}
			if speaker == "" {
				speaker = Unknown
			}
		}
		cur = a.turn(p, speaker, l.rest, l.cue, st, &out, &turnBuf, &cont, -1)
		pending, pendingCue = "", ""
		if cur < 0 {
			pending, pendingCue = speaker, l.cue
		}
	}
	cont.flush(out)
	return out
}

// onlyAsks reports whether every turn of speaker is a question, as an
// interviewer's are.
func onlyAsks(labels []turnLabel, speaker string) bool {
	for _, l := range labels {
		if l.ok && l.speaker == speaker && !strings.HasSuffix(strings.TrimSpace(l.rest), "?") {
			return false
		}
	}
	return true
}

// journalistSpeaker is the speaker of a reporter's question whose outlet the
// transcript does not say ("QUESTION:", "Q:").
const journalistSpeaker = "journalist"

// isFollowUp reports whether a label, in lower case, marks a question that
// follows up the one before, by the same reporter, as foreign ministries'
// transcripts write it ("Follow-up:").
func isFollowUp(low string) bool {
	switch low {
	case "follow-up", "follow up", "followup", "follow-up question", "follow up question":
		return true
	}
	return false
}

// turnText gathers the text of a turn that goes on over paragraphs, to be
// joined once it ends: adding each paragraph to the text as it came copied
// all of it every time, which on a long run of paragraphs without labels
// (a collection of briefings and reports read as one transcript) was the
// largest part of what analyzing it allocated (issue #6).
type turnText struct {
	at    int      // index of the turn in the statements, when parts is not empty
	parts []string // its text, then each paragraph that goes on with it
}

// add adds text to the turn at out[at].
func (c *turnText) add(out []Statement, at int, text string) {
	if len(c.parts) == 0 || c.at != at {
		c.flush(out)
		c.at = at
		c.parts = append(c.parts, out[at].Text)
	}
	c.parts = append(c.parts, text)
}

// flush sets the text of the turn being gathered, if any, and starts
// over.
func (c *turnText) flush(out []Statement) {
	if len(c.parts) > 0 {
		out[c.at].Text = strings.Join(c.parts, " ")
	}
	clear(c.parts)
	c.parts = c.parts[:0]
}

// turn adds a paragraph to the transcript: a new turn by speaker when
// speaker is set, else a continuation of the turn at out[cur]. Reported
// speech in it by someone other than the turn's speaker is added after it.
// It returns the index of the turn being read. buf is memory for reading
// the paragraph, reused from one turn to the next: what is kept of it is
// copied to out. cont gathers the text of a turn that goes on; the
// caller flushes it at the end.
func (a *Attributor) turn(p paragraph, speaker, text, cue string, st *docState, out, buf *[]Statement, cont *turnText, cur int) int {
	p.tokens() // and so its store, which inner's tokens share
	inner := paragraph{index: p.index, src: p.src}
	// The turn is most often the end of the paragraph, after its label:
	// the paragraph's own tokens are read from there rather than
	// tokenized again (a label ends at a colon or space, so a token
	// starts at off). They also tell, at less cost than reading its
	// bytes, that cleanTurn would return the text as it is.
	if off := len(p.text) - len(text); off >= 0 && p.text[off:] == text {
		// The tokens are moved in place: they are the paragraph's
		// again once the turn is read, or at once when they are not
		// read.
		if toks, asIs := turnTokens(p.tokens(), off, text); asIs {
			inner.toks = toks
			defer moveTokens(toks, int32(off))
		} else {
			moveTokens(toks, int32(off))
		}
	}
	if inner.toks == nil {
		text = cleanTurn(text)
		if off := len(p.text) - len(text); off >= 0 && p.text[off:] == text {
			inner.toks = st.tokensFrom(p.tokens(), off)
		}
	}
	if text == "" {
		return cur
	}
	inner.text = text
	if speaker == "" {
		if cur < 0 {
			*out = append(*out, Statement{Paragraph: p.index, Kind: Narration, Text: text})
			return cur
		}
		cont.add(*out, cur, text)
		speaker = (*out)[cur].Speaker
	} else {
		*out = append(*out, Statement{Paragraph: p.index, Speaker: speaker, Kind: Turn, Text: text, Cue: cue})
		cur = len(*out) - 1
	}
	if st.isPerson(speaker) {
		st.mention(speaker, mentionPerson, "")
	}
	saved, own := st.floating, st.ownState
	st.floating = ""
	side := a.sideOf(speaker, (*out)[cur].Cue)
	if side == "" {
		side = st.roleSides[speaker]
	}
	if side != "" {
		// "The Government call on Israel …" in a British minister's
		// turn is his government: no report of another's.
		st.ownState = side
	}
	st.inTurn = true
	*buf = a.paragraph((*buf)[:0], inner, st)
	st.ownState, st.inTurn = own, false
	for k := range *buf {
		// Read in place: a Statement is large to copy.
		if s := &(*buf)[k]; s.Kind != Narration && s.Cue != "" && s.Speaker != speaker && s.Speaker != "" &&
			!(s.Kind == Reported && a.ownSide(s.Speaker, side)) {
			*out = append(*out, *s)
		}
	}
	st.floating = saved
	return cur
}

// ownSide reports whether state, the speaker of a statement reported in a
// turn, is side, the state the turn's speaker speaks for (see sideOf and
// docState.roleSides): a spokesperson's "China firmly opposes …" is the
// spokesperson speaking, not a report of China's, and counted twice it
// would weigh twice per country.
func (a *Attributor) ownSide(state, side string) bool {
	if _, ok := a.demonymOf[state]; !ok {
		return false // no state: most reports in a turn are of people
	}
	return state == side
}

// bracketState returns the state in the first brackets after the start
// of s, as a UN record's label and header line give it ("Mr. De Rivière
// (France) (spoke in French):", "President: Mr. Osei (Ghana)"), or "".
func (a *Attributor) bracketState(s string) string {
	open := affiliationAt(s)
	if open <= 0 {
		return ""
	}
	// The first brackets': a UN record's stage direction may follow.
	in := s[open+1:]
	if k := strings.IndexAny(in, ")]"); k >= 0 {
		in = in[:k]
	}
	if ref, ok := a.place[strings.ToLower(strings.TrimSpace(in))]; ok && !ref.isAdj && ref.seat == "" {
		return ref.country
	}
	return ""
}

// sideOf returns the state a turn's speaker speaks for, or "": a person's
// of the actor gazetteer ("Mao Ning" is China's), the state a label gives
// in brackets ("Mr. Kyslytsya (Ukraine):"), an institution's by its
// adjective ("Ukrainian Foreign Ministry"), or the state itself.
func (a *Attributor) sideOf(speaker, cue string) string {
	low := strings.ToLower(speaker)
	if state, ok := a.stateOf[low]; ok {
		return state
	}
	if state := a.bracketState(cue); state != "" {
		return state
	}
	if adj, _, ok := strings.Cut(low, " "); ok {
		if ref, ok := a.place[adj]; ok && ref.isAdj {
			return ref.country
		}
	}
	if ref, ok := a.place[low]; ok && !ref.isAdj && ref.seat == "" {
		return ref.country // the state itself
	}
	return ""
}

// proceduralOpenings open the lines a meeting record writes in its own
// voice between turns (UN verbatim records: "The meeting rose at 12.40
// p.m.", "The meeting was suspended at 11.20 a.m. and resumed at 11.45
// a.m.", "A vote was taken by show of hands."), lower case.
var proceduralOpenings = []string{
	"the meeting rose ",
	"the meeting was suspended ",
	"the meeting was resumed ",
	"the meeting resumed ",
	"the meeting was called to order ",
	"the meeting was adjourned ",
	"the meeting adjourned ",
	"the meeting ended ",
	"the meeting closed ",
	"a vote was taken ",
}

// isProcedural reports whether a paragraph of a transcript is a line of
// the record's own (see proceduralOpenings) rather than more of the turn
// before it: a sentence of a few words that opens with one of them.
func isProcedural(text string) bool {
	if len(text) > 120 || !endsSentence(text) {
		return false
	}
	for _, o := range proceduralOpenings {
		if len(text) > len(o) && strings.EqualFold(text[:len(o)], o) {
			return true
		}
	}
	return false
}

// isOpening reports whether a paragraph before the first turn is prose
// (an announcement) rather than a heading line.
func isOpening(text string) bool {
	return endsSentence(text) && words(text) >= 6 && !strings.HasSuffix(strings.TrimSpace(text), ":")
}

// namesSpeaker reports whether text names one of the transcript's
// speakers who are persons, by a word of the name: a paragraph after the
// heading that speaks of one of them in the third person ("Vladimir Putin
// held talks with Prime Minister of Hungary Viktor Orban") is the
// record's narration, not the host's opening, even where the heading
// names the host ("Meeting with Prime Minister of Hungary Viktor Orban").
func namesSpeaker(text string, speakers []string, st *docState) bool {
	low := lowerWords(text)
	for _, s := range speakers {
		if st.isPerson(s) && containsAny(low, strings.Fields(strings.ToLower(s))) {
			return true
		}
	}
	return false
}

func containsAny(have, want []string) bool {
	for _, w := range want {
		if contains(have, w) {
			return true
		}
	}
	return false
}

// shiftAsIs moves the offsets of toks, the tokens of text at byte offset
// off of their paragraph, back by off, and reports whether cleanTurn(text)
// is text, as cleanTurn's first test finds it (no parenthesis, single
// spaces): a text has a token every five or six bytes, so walking them
// costs less than reading its bytes, and the walk that moves them makes
// the test as well (issue #6). Tokenizing drops exactly the space runes
// (unicode.IsSpace, as strings.Fields) and makes every other rune part
// of a token, so text is single-spaced when its tokens start at its
// start, end at its end, and each follows the one before or one space
// after it.
func shiftAsIs(toks []token, off int32, text string) bool {
	if len(toks) == 0 {
		return text == ""
	}
	asIs := toks[0].start == off && int(toks[len(toks)-1].end-off) == len(text)
	end := int32(0)
	for k := range toks {
		t := &toks[k]
		t.start -= off
		t.end -= off
		if t.start != end && (t.start != end+1 || text[end] != ' ') || !t.word && t.start >= 0 && int(t.start) < len(text) && text[t.start] == '(' {
			asIs = false
		}
		end = t.end
	}
	return asIs
}

// singleSpaced reports whether s is its words joined by single spaces:
// no space at either end, no other space character, none doubled.
func singleSpaced(s string) bool {
	prevSpace := true // no space at the start
	for i := 0; i < len(s); {
		// Eight bytes at a time while none is a control or part of a
		// multi-byte rune (most of a turn's text): the same tests as the
		// loop below, on all eight at once.
		if i+8 <= len(s) {
			if sp, ok := asciiSpaces8(load8(s, i)); ok {
				if prevSpace && sp&0x80 != 0 || sp&(sp>>8) != 0 {
					return false // a space after a space, or first
				}
				prevSpace = sp>>63 != 0
				i += 8
				continue
			}
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n
			prevSpace = false
			continue
		}
		switch c {
		case ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case '\t', '\n', '\v', '\f', '\r':
			return false
		default:
			prevSpace = false
		}
		i++
	}
	return !prevSpace || s == ""
}

// asciiSpaces8 reads 8 bytes, loaded as one 64-bit word x (see load8): ok
// reports whether all are printable ASCII or spaces (0x20 to 0x7F), and
// spaces has 0x80 in each byte that is a space. It takes the word, not
// the string, to be cheap enough for the compiler to inline it into
// singleSpaced's loop. Taking 0x20 from each byte, a byte
// under 0x20 borrows into its own high bit (only such a byte starts a
// borrow), and a byte of 0x80 or more has its high bit already; a space
// is the byte that x^0x20… makes zero, found exactly by the "has zero
// byte" method without the carries of a subtraction.
func asciiSpaces8(x uint64) (spaces uint64, ok bool) {
	const lows = ^uint64(highBits) // the seven low bits of each byte
	if bytesBelow(x, 0x20)|x&highBits != 0 {
		return 0, false
	}
	y := x ^ 0x20*lowBits
	return ^((y&lows + lows) | y | lows), true
}

// tokensFrom returns the tokens of toks from byte offset off on, with
// offsets counted from off, in memory the document state reuses from one
// transcript turn to the next: they are valid until the next call.
func (st *docState) tokensFrom(toks []token, off int) []token {
	// One copy, then the offsets moved in place: copying token by token
	// paid for append's checks (and, when a token held a string, for a
	// write barrier on each while the collector ran).
	st.turnToks = append(st.turnToks[:0], toks[firstAt(toks, off, 0):]...)
	moveTokens(st.turnToks, -int32(off))
	return st.turnToks
}

// turnTokens returns the tokens of toks, a paragraph's, from byte offset
// off on, with their offsets moved to count from off, for a turn's text,
// the end of the paragraph from off on; it also reports whether cleanTurn
// leaves text as it is (see shiftAsIs), a test made in the same walk over
// the tokens. The tokens are moved in place, not copied: the caller moves
// them back (moveTokens) once it has read them. A copy of most of a
// transcript's tokens, with a write barrier for each one's string while
// the collector ran (when a token held one), was about 2% of the CPU time
// of two jobs on the bench file.
func turnTokens(toks []token, off int, text string) ([]token, bool) {
	turn := toks[firstAt(toks, off, 0):]
	return turn, shiftAsIs(turn, int32(off), text)
}

// moveTokens moves the offsets of toks forward by off: it undoes
// turnTokens' move.
func moveTokens(toks []token, off int32) {
	for i := range toks {
		toks[i].start += off
		toks[i].end += off
	}
}

// firstPerson returns the first person named in the document but those
// of but.
func (st *docState) firstPerson(but []string) string {
	for _, m := range st.mentions {
		if m.kind == mentionPerson && !slices.Contains(but, m.name) {
			return m.name
		}
	}
	return ""
}

// isByline reports whether a paragraph is a byline: "By" and a name, an
// outlet perhaps, in a few words ("By Hannah Okonkwo-Brandt").
func isByline(text string) bool {
	rest, ok := strings.CutPrefix(text, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(text, "BY ")
	}
	return ok && len(strings.Fields(rest)) <= 8 && !endsSentence(rest)
}

// roleLine reports whether a label line before the first turn names who
// holds a role rather than opening a turn: "President: Mr. Osei (Ghana)".
// It returns the person.
func (a *Attributor) roleLine(label, rest string, st *docState) (string, bool) {
	if open := strings.IndexByte(rest, '('); open > 0 && strings.HasSuffix(rest, ")") {
		rest = rest[:open]
	}
	rest = strings.Trim(rest, " .…")
	toks, src := tokenize(rest)
	toks = wordsOf(toks)
	if len(toks) == 0 || len(toks) > 5 {
		return "", false
	}
	if a.titles.match(src, toks, 0) == 0 {
		return "", false
	}
	name := a.nameIn(src, toks, st)
	if len(name) == 0 {
		return "", false
	}
	return st.personName(src, name), true
}

// officeHolders gives each office that a label of the document names
// with its holder ("The Prime Minister (Keir Starmer)", see officeLabel)
// that holder as its role: the office's turns, under that label and
// under the office alone ("The Prime Minister:"), are the holder's.
func (a *Attributor) officeHolders(st *docState) {
	for _, c := range st.labels {
		if !mayBeOffice(c.label) {
			continue
		}
		office, holder, ok := cutOffice(c.label)
		if !ok {
			continue
		}
		toks, src := tokenize(holder)
		toks = wordsOf(toks)
		if a.isPlace(src, toks) {
			continue // "The President (Russian Federation)": a state's
		}
		name := a.nameIn(src, toks, st)
		if len(name) == 0 {
			continue
		}
		otoks, osrc := tokenize(office)
		otoks = wordsOf(otoks)[1:] // without "The"
		st.roles[lowerPhrase(osrc, otoks)] = st.personName(src, name)
	}
}

// labelForm is what a transcript reads of a label: its words, which
// depend on the label alone, and the speaker labelSpeaker finds in them.
type labelForm struct {
	// low is the label's words in lower case, without an affiliation in
	// parentheses or a final period.
	low string
	// titled are those words, in title case when the label is in
	// capitals ("MR MILLER" gives "Mr Miller").
	titled []token
	src    string // the store of titled (see token)
	// speaker, journalist and answer are what labelSpeaker answers for
	// the label.
	speaker            string
	journalist, answer bool
	// cue is the label and its colon, the cue of its turns: joined once
	// per label, not at each turn.
	cue string
	// affiliation is what the label gives in brackets after the name, as
	// written, brackets and all: "(Russian Federation)", "[Reuters]".
	affiliation string
}

// newLabelForm reads a label into words.
func newLabelForm(label string) *labelForm {
	aff := ""
	if open := affiliationAt(label); open > 0 {
		aff = label[open:]
		label = strings.TrimSpace(label[:open])
	}
	if k := nameCommaLabel(label); k > 0 {
		label = label[:k] // "SERGEY LAVROV, RUSSIAN FOREIGN MINISTER": the name
	}
	label = strings.TrimSuffix(label, ".")
	toks, src := tokenize(label)
	toks = wordsOf(toks)
	f := &labelForm{low: lowerPhrase(src, toks), titled: toks, src: src, affiliation: aff}
	if recased, ok := recaseLabel(label); ok {
		toks, src = tokenize(recased)
		f.titled, f.src = wordsOf(toks), src
	}
	return f
}

// allNameWords reports whether every token of toks is a name word and
// none a connector ("of", "the").
func allNameWords(src string, toks []token) bool {
	for i := range toks {
		if !toks[i].name || isConnector(toks[i].lower(src)) {
			return false
		}
	}
	return true
}

// stageDirection reports whether the words in a label's brackets direct
// the stage rather than name an affiliation: "Inaudible", "Off-mike",
// "Via Interpreter", "Spoke in French".
func stageDirection(s string) bool {
	low := strings.ToLower(s)
	for _, p := range []string{"inaudible", "off", "via ", "through ", "spoke", "speaking", "in ", "translat", "interpret", "crosstalk", "laugh", "applause"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// recaseLabel returns a label in capitals in title case ("MR MILLER" is
// "Mr Miller"), and a label of the Congressional Record's with its name
// in capitals ("Senator HALL" is "Senator Hall"); ok is false for a label
// written otherwise.
func recaseLabel(label string) (string, bool) {
	if isAllCaps(label) {
		return titleCase(label), true
	}
	if title, name, ok := strings.Cut(label, " "); ok && recordTitles[title] && isAllCaps(name) {
		return title + " " + titleCase(name), true
	}
	return "", false
}

// labelSpeaker turns a transcript label into a speaker: "MR MILLER" is
// "Miller" (or the fuller name the document gives), "Reuters" the outlet,
// "QUESTION" a journalist, "The President" whoever a header line names;
// "A" is the interviewee, found by the caller.
func (a *Attributor) labelSpeaker(f *labelForm, st *docState) (speaker string, journalist, answer bool) {
	low := f.low
	switch {
	case low == "a" || low == "answer":
		return "", false, true
	case a.word[low].kind == kindJournalist:
		// "Question (Reuters):", "Question [AFP]:": the reporter's
		// outlet, as a label of the outlet's own is.
		if aff := f.affiliation; len(aff) > 2 {
			inner := strings.TrimSpace(aff[1 : len(aff)-1])
			if name, ok := a.outlet[strings.ToLower(inner)]; ok {
				return name, true, false
			}
			// An outlet the list does not know, as the label names it
			// ("Question [TVP]:"), but no stage direction ("Question
			// (Inaudible):", "(Via Interpreter)").
			if n := len(strings.Fields(inner)); n >= 1 && n <= 4 && labelName(inner) && !stageDirection(inner) {
				return inner, true, false
			}
		}
		return journalistSpeaker, true, false
	}
	if name, ok := a.outlet[low]; ok {
		return name, true, false
	}
	toks, src := f.titled, f.src
	if len(toks) > 0 && toks[0].lower(src) == "the" {
		toks = toks[1:]
	}
	if name, ok := st.roles[lowerPhrase(src, toks)]; ok {
		return name, false, false
	}
	if name := a.nameIn(src, toks, st); len(name) > 0 {
		return st.personName(src, name), false, false
	}
	if title, _, ok := a.titleOnly(src, toks); ok {
		if name, ok := st.personWithTitle(title, "", nil); ok {
			return name, false, false
		}
	}
	// A name that is also a word ("Senator Hall"): without its titles,
	// but an office's complement is not a name ("President of the
	// Republic"), nor a title after another ("Official Spokesperson").
	for len(toks) > 1 {
		n := a.titles.match(src, toks, 0)
		if n == 0 || n >= len(toks) || !allNameWords(src, toks[n:]) || a.titles.match(src, toks, n) > 0 {
			break
		}
		toks = toks[n:]
	}
	return joinText(src, toks), false, false
}

// cleanTurn removes stage directions — "(Laughter.)", "(spoke in
// French)", "(Via interpreter)", "(Off-mike.)" — from a turn: a
// parenthesis of at most twelve words that opens the turn or follows the
// end of a sentence.
func cleanTurn(s string) string {
	if strings.IndexByte(s, '(') < 0 && singleSpaced(s) {
		return s // as the general case below would return it
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		open := strings.IndexByte(s[i:], '(')
		if open < 0 {
			b.WriteString(s[i:])
			break
		}
		open += i
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			b.WriteString(s[i:])
			break
		}
		end += open
		before := strings.TrimRightFunc(s[:open], unicode.IsSpace)
		r, _ := utf8.DecodeLastRuneInString(before)
		if (before == "" || strings.ContainsRune(".!?:;—–-", r) || r == '”' || r == '"') && words(s[open+1:end]) <= 12 {
			b.WriteString(s[i:open])
			i = end + 1
			continue
		}
		b.WriteString(s[i : end+1])
		i = end + 1
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
