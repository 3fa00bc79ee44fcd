package tone

// Limits of a document's headline (see headlines): how many paragraphs
// at its top may be headline lines, and how long each may be.
const (
	headlineParas = 6
	headlineLen   = 300
)

// headlines returns how many of a document's first paragraphs are its
// headline lines: a title, a subtitle, a byline or a date line ("Foreign
// Minister Wang Lei Holds Talks with Brazilian Foreign Minister Ana
// Costa", "By Ana Ruiz"), which end no sentence, above the paragraph that
// opens its text, which ends one. None is when the document has no such
// text below them (a list of headlines is no headline), or when its first
// line heads a speech (see speechOpener), whose heading says who speaks.
func headlines(paras []paragraph) int {
	for i, p := range paras {
		if i > headlineParas || len(p.text) > headlineLen && !endsSentence(p.text) {
			return 0
		}
		if endsSentence(p.text) {
			if _, n := speechOpenerAt(headingText(paras[0].text)); i > 0 && n > 0 {
				return 0
			}
			return i
		}
	}
	return 0
}

// headlineVerbs are verbs of what diplomats do, in the forms a headline
// gives them ("Wang Lei Holds Talks with …", "Council Fails to Adopt …"),
// lower case: in a headline set in title case they are capitalized and
// would join the name before them. The verbs of speech are the cues'.
var headlineVerbs = map[string]bool{
	"adopt": true, "adopts": true, "agree": true, "agrees": true, "arrive": true, "arrives": true,
	"attend": true, "attends": true, "back": true, "backs": true, "begin": true, "begins": true,
	"call": true, "calls": true, "chair": true, "chairs": true, "congratulate": true,
	"congratulates": true, "discuss": true, "discusses": true, "end": true, "ends": true,
	"fail": true, "fails": true, "hold": true, "holds": true, "host": true, "hosts": true,
	"launch": true, "launches": true, "leave": true, "leaves": true, "meet": true, "meets": true,
	"open": true, "opens": true, "pledge": true, "pledges": true, "receive": true,
	"receives": true, "reject": true, "rejects": true, "seek": true, "seeks": true, "sign": true,
	"signs": true, "slam": true, "slams": true, "travel": true, "travels": true, "visit": true,
	"visits": true, "vow": true, "vows": true, "welcome": true, "welcomes": true,
}

// unmarkTitleCase reads the headline lines paras[:n] (see headlines) of a
// document: in one set in title case ("Foreign Minister Wang Lei Holds
// Talks with Brazilian Foreign Minister Ana Costa"), a capital marks no
// name, and a run of capitalized words reads as one name ("Wang Lei Holds
// Talks"). There, a word is no name word when it is a verb (see
// headlineVerbs, and the words that start a cue: "Says") or when the
// document writes it in lower case too ("talks"; lowered holds such
// words, see docState.lowered). A word it writes nowhere else stays a
// name word: a headline may be the only place that gives a name whole
// ("Interview with Foreign Minister Ana Ruiz"). A headline in sentence
// case keeps its names as they are.
//
// The tokens changed are appended to unmarked, which is returned: the
// caller sets their name flag again (see remark) once it has read the
// document's names, for a paragraph's tokens are what tokenizing it gives
// (see paragraph.span), and the scorer and the reading of targets read
// them after.
func (a *Attributor) unmarkTitleCase(paras []paragraph, n int, lowered map[string]bool, unmarked []*token) []*token {
	for _, p := range paras[:n] {
		if !titleCased(p.src, p.toks) {
			continue
		}
		for k := range p.toks {
			t := &p.toks[k]
			if !t.name || !t.upper {
				continue
			}
			if low := t.lower(p.src); lowered[low] || a.isVerb(low) {
				t.name = false
				unmarked = append(unmarked, t)
			}
		}
	}
	return unmarked
}

// isVerb reports whether low, a word in lower case, is one of
// headlineVerbs or starts a cue.
func (a *Attributor) isVerb(low string) bool {
	return headlineVerbs[low] || a.cues.slotOf(low, filterHash(low)).phrases != nil
}

// remark sets the name flag of the tokens unmarkTitleCase cleared again,
// and returns the list emptied for the next document.
func remark(unmarked []*token) []*token {
	for _, t := range unmarked {
		t.name = true
	}
	clear(unmarked)
	return unmarked[:0]
}

// titleCased reports whether a line, whose tokens are toks of the store
// src, is set in title case: at least three of its words of four letters
// or more are capitalized, and at most one in five is not ("Foreign
// Minister Wang Lei Holds Talks with Brazilian Foreign Minister Ana
// Costa"; not "Xi warns Putin the path to peace is not smooth").
func titleCased(src string, toks []token) bool {
	caps, long := 0, 0
	for k := range toks {
		t := &toks[k]
		if !t.word || len(t.lower(src)) < 4 {
			continue
		}
		long++
		if t.upper {
			caps++
		}
	}
	return caps >= 3 && 5*caps >= 4*long
}
