package tone

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/demarche/demarche/tone/actor"
	"github.com/demarche/demarche/tone/wordsplit"
)

//go:embed data/targets.tsv
var targetsTSV string

// Target is an actor a statement speaks about, with the tone toward it.
type Target struct {
	// Actor is the canonical name of a state, organisation, group, court,
	// armed group or collective. A person named stands for the state or
	// organisation they serve ("Blinken" is the United States).
	Actor string
	Kind  actor.Kind
	// Mentions are the words that named the actor, as written
	// ("Washington", "US", "they").
	Mentions []string
	// Text is the part of the statement that concerns the actor: its
	// clauses or phrases in order, joined by " … ". Score is the reading
	// of Text: the tone toward the actor, with the terms that set it.
	Text string
	Score
}

// frameKind is what a word of data/targets.tsv does. It is a number, not
// its name in the file, so that frameWords.is, which targets asks a few
// times a word, finds a kind's words without hashing a key.
type frameKind uint8

// The kinds of data/targets.tsv; frameNone is none.
const (
	frameNone frameKind = iota
	frameClause
	frameRelative
	frameWith
	frameOf
	frameBy
	frameToward
	frameAgainst
	framePlace
	frameLocation
	framePatient
	frameThing
	frameDeterminer
	framePronoun
	frameDescription
	frameSpeaker
	frameKinds // how many there are, frameNone included
)

// frameKindNames are the kinds' names in data/targets.tsv.
var frameKindNames = [frameKinds]string{
	frameClause: "clause", frameRelative: "relative", frameWith: "with", frameOf: "of", frameBy: "by",
	frameToward: "toward", frameAgainst: "against", framePlace: "place", frameLocation: "location",
	framePatient: "patient", frameThing: "thing", frameDeterminer: "determiner", framePronoun: "pronoun",
	frameDescription: "description", frameSpeaker: "speaker",
}

// frameWords are the words of data/targets.tsv by kind.
type frameWords [frameKinds]*phraseSet

func parseFrameWords(data string) (frameWords, error) {
	lists, err := parseFrameLists(data)
	if err != nil {
		return frameWords{}, err
	}
	var out frameWords
	for k := frameNone + 1; k < frameKinds; k++ {
		out[k] = newPhraseSet(lists[k])
	}
	return out, nil
}

// parseFrameLists reads the phrases of targets.tsv by kind, as written.
func parseFrameLists(data string) ([frameKinds][]string, error) {
	var lists [frameKinds][]string
	rows := lines(data)
	if len(rows) == 0 {
		return lists, fmt.Errorf("targets.tsv: no rows")
	}
	for i, row := range rows[1:] {
		f := strings.Split(row, "\t")
		if len(f) != 2 {
			return lists, fmt.Errorf("targets.tsv: row %d has %d fields; want 2", i+2, len(f))
		}
		k := slices.Index(frameKindNames[:], strings.TrimSpace(f[1]))
		if k <= int(frameNone) { // not found, or empty
			return lists, fmt.Errorf("targets.tsv: row %d: unknown kind %q", i+2, f[1])
		}
		lists[k] = append(lists[k], strings.TrimSpace(f[0]))
	}
	return lists, nil
}

// is reports whether the word token at toks[i] starts a phrase of kind k,
// and how many tokens it spans.
func (fw *frameWords) is(k frameKind, src string, toks []token, i int) int {
	return fw[k].match(src, toks, i)
}

// preposition returns the kind of frame the preposition at toks[i] opens,
// or frameNone.
func (fw *frameWords) preposition(src string, toks []token, i int) frameKind {
	for _, k := range []frameKind{frameWith, frameAgainst, frameOf, frameBy, frameToward} {
		if fw.is(k, src, toks, i) > 0 {
			return k
		}
	}
	return frameNone
}

// ref is an actor named or referred to in a statement.
type ref struct {
	start, end int // token span
	actor      string
	kind       actor.Kind
	form       actor.Form
	text       string // as written
	poss       bool   // in the possessive: "Russia's"
	pronoun    bool
	self       bool
}

// memory is what target finding remembers of a document: the actors of its
// latest sentences, for pronouns.
type memory struct {
	sentences [][]ref // latest last
	// speaker, when set, is the speaker of the statement being read: it
	// is remembered as the subject of its sentence.
	speaker *ref
	// bufs, when not nil, is the working memory of finding the
	// document's targets (the worker's; see targetBuffers).
	bufs *targetBuffers
}

// buffers returns m's working memory, or nil: none, or no m.
func (m *memory) buffers() *targetBuffers {
	if m == nil {
		return nil
	}
	return m.bufs
}

// targetBuffers are the working memory of finding one document's targets:
// findRefs' arrays, the statements' tokens and the store of their forms
// (which refs' texts may be views of), and the scoring of the targets'
// texts with its word caches. A worker's affiliator keeps them from one
// document to the next (see affiliator.empty). The methods of a nil
// *targetBuffers allocate anew at each call.
type targetBuffers struct {
	texts, norm []string
	toks        []token
	store       strings.Builder
	score       scoreBuf
}

// forget empties b for the next document, keeping its arrays and the
// word caches: nothing of the document read stays alive.
func (b *targetBuffers) forget() {
	b.texts, b.norm = clearAll(b.texts), clearAll(b.norm)
	b.toks = b.toks[:0]
	b.store = strings.Builder{}
	b.score.forget()
}

// tokenize tokenizes a statement's text as tokenize does. The tokens are
// the statement's until the next is tokenized.
func (b *targetBuffers) tokenize(text string) (toks []token, src string) {
	if b == nil {
		return tokenize(text)
	}
	b.toks, src = appendTokens(b.toks[:0], text, &b.store)
	return b.toks, src
}

// words returns two arrays of n strings, for a statement's words as
// written and normalized.
func (b *targetBuffers) words(n int) (texts, norm []string) {
	if b == nil {
		return make([]string, n), make([]string, n)
	}
	b.texts, b.norm = grow(b.texts, n), grow(b.norm, n)
	return b.texts, b.norm
}

// scoreOf scores a target's text as s.Score does.
func (b *targetBuffers) scoreOf(s *Scorer, text string) Score {
	if b == nil {
		return s.Score(text)
	}
	return s.score(text, &b.score)
}

// memoryDepth is how many sentences back a pronoun may look.
const memoryDepth = 3

func (m *memory) remember(refs []ref) {
	if m.speaker != nil {
		refs = append([]ref{*m.speaker}, refs...)
		m.speaker = nil
	}
	if len(refs) == 0 {
		m.sentences = append(m.sentences, nil)
	} else {
		m.sentences = append(m.sentences, refs)
	}
	if len(m.sentences) > memoryDepth {
		m.sentences = m.sentences[len(m.sentences)-memoryDepth:]
	}
}

// antecedent returns the subject of the latest remembered sentence that
// names an actor (not one of self, when skipSelf): its first actor and
// those coordinated with it.
func (m *memory) antecedent(self map[string]bool, skipSelf bool) []ref {
	if m == nil {
		return nil
	}
	for i := len(m.sentences) - 1; i >= 0; i-- {
		for _, r := range m.sentences[i] {
			if skipSelf && self[r.actor] {
				continue
			}
			return []ref{r}
		}
	}
	return nil
}

// findRefs returns the actors named in toks, resolved to the states and
// organisations they stand for, without places and names of things, in
// text order. Pronouns are left to resolvePronouns.
func (x *Actors) findRefs(src string, toks []token, self map[string]bool, bufs *targetBuffers) []ref {
	// The gazetteer compares normalized words: a word token's lower-case
	// form is its normalized form (tokenizer.forms), and punctuation is
	// normalized here, most often as it is.
	texts, norm := bufs.words(len(toks))
	for i := range toks {
		t := &toks[i]
		texts[i] = t.text(src)
		if t.word {
			norm[i] = t.lower(src)
		} else {
			norm[i] = wordsplit.Normalize(texts[i])
		}
	}
	var out []ref
	for _, m := range x.gaz.FindNormalized(texts, norm) {
		if x.isPlace(src, toks, m) || x.inThingName(src, toks, m) {
			continue
		}
		name, kind := m.Actor, m.Kind
		if kind == actor.Person {
			name = x.gaz.Affiliation(m.Actor, "")
			a, _ := x.gaz.Actor(name)
			kind = a.Kind
		}
		r := ref{start: m.Start, end: m.End, actor: name, kind: kind, form: m.Form, text: joinText(src, toks[m.Start:m.End]),
			poss: m.Possessive, self: self[name]}
		if m.InWord {
			r.text = toks[m.Start].text(src)
		}
		// "the Japanese Foreign Office": a seat right after a demonym or
		// possessive is that state's institution, whoever else's name
		// it is.
		if n := len(out); n > 0 && m.Form == actor.FormSeat && out[n-1].end == m.Start && !m.InWord &&
			(out[n-1].form == actor.FormDemonym || out[n-1].poss) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// isPlace reports whether a capital or seat is used as a place: "talks in
// Tokyo", "travel to Manila".
func (x *Actors) isPlace(src string, toks []token, m actor.Mention) bool {
	if m.Form != actor.FormCapital && m.Form != actor.FormSeat {
		return false
	}
	k := m.Start - 1
	for k >= 0 && toks[k].word && x.words.is(frameDeterminer, src, toks, k) > 0 {
		k--
	}
	return k >= 0 && toks[k].word && x.words.is(framePlace, src, toks, k) > 0
}

// inThingName reports whether a state's name is part of the name of a
// thing: "the South China Sea", "the Sea of Japan", "the Minsk agreements".
func (x *Actors) inThingName(src string, toks []token, m actor.Mention) bool {
	if m.Kind != actor.State || m.Possessive || m.InWord {
		return false
	}
	if e := m.End; e < len(toks) && toks[e].word && x.words.is(frameThing, src, toks, e) > 0 {
		return true
	}
	k := m.Start - 1
	if k >= 0 && toks[k].word && toks[k].lower(src) == "the" {
		k--
	}
	return k >= 1 && toks[k].lower(src) == "of" && toks[k-1].word && x.words.is(frameThing, src, toks, k-1) > 0 && toks[k-1].capitalized()
}

// resolvePronouns adds the actors that pronouns and descriptions refer to:
// "its" to the nearest actor before it in the statement, "they", "their"
// and "the regime" to the nearest one that is not the speaker, or else to
// the subject of the latest sentence of the document that names one.
func (x *Actors) resolvePronouns(src string, toks []token, refs []ref, self map[string]bool, mem *memory) []ref {
	inRef := make([]bool, len(toks))
	for _, r := range refs {
		for k := r.start; k < r.end; k++ {
			inRef[k] = true
		}
	}
	var added []ref
	before := 0 // refs[:before] start before the token read
	var itRefs []ref
	for i := 0; i < len(toks); i++ {
		if !toks[i].word || inRef[i] {
			continue
		}
		if toks[i].lower(src) == "it" && i > 0 && x.words.is(frameClause, src, toks, i-1) > 0 {
			// "India values …, but it cannot accept …": "it" after a
			// clause word is the sentence's subject.
			if r, ok := sentenceSubject(src, toks, refs, i); ok {
				r.start, r.end, r.text, r.pronoun = i, i+1, toks[i].text(src), true
				added = append(added, r)
				itRefs = append(itRefs, r)
			}
			continue
		}
		n := x.words.is(framePronoun, src, toks, i)
		if n == 0 {
			n = x.words.is(frameDescription, src, toks, i)
		}
		if n == 0 {
			continue
		}
		singular := toks[i].lower(src) == "its" || toks[i].lower(src) == "itself"
		for before < len(refs) && refs[before].start < i {
			before++
		}
		var ante []ref
		for k := before - 1; k >= 0 && k >= before-lookbackRefs; k-- {
			r := refs[k]
			if r.pronoun {
				continue
			}
			if !singular && r.self {
				continue
			}
			if singular && (r.form == actor.FormDemonym || x.afterLocation(src, toks, r)) {
				// "the destiny of the Ukrainian people … its actions",
				// "interfering in Ukraine … its threats"
				continue
			}
			ante = x.coordinated(src, toks, refs, k)
			break
		}
		// A subject "it" after a clause word comes nearer: "…, but it
		// cannot accept interference in its internal affairs".
		if singular && len(itRefs) > 0 {
			if last := itRefs[len(itRefs)-1]; len(ante) == 0 || last.start > ante[0].start {
				ante = []ref{last}
			}
		}
		if ante == nil && singular {
			// Nothing before "its" in the statement: the nearest actor is
			// one a description or pronoun before it stood for, else the
			// speaker, the subject of the sentence a reported statement
			// comes from ("Japan's defence ministry said the missiles
			// landed outside its exclusive economic zone").
			if k := len(added) - 1; k >= 0 {
				ante = []ref{added[k]}
			} else if mem != nil && mem.speaker != nil {
				ante = []ref{*mem.speaker}
			}
		}
		if ante == nil {
			ante = mem.antecedent(self, !singular)
		}
		for _, a := range ante {
			added = append(added, ref{start: i, end: i + n, actor: a.actor, kind: a.kind, form: a.form,
				text: joinText(src, toks[i:i+n]), pronoun: true, self: self[a.actor]})
		}
		i += n - 1
	}
	all := append(slices.Clone(refs), added...)
	slices.SortStableFunc(all, func(a, b ref) int { return a.start - b.start })
	return all
}

// lookbackRefs is how many actors back in a statement a pronoun looks for
// its antecedent.
const lookbackRefs = 20

// maxSentenceTokens bounds how far back the start of a sentence is looked
// for, keeping a statement without full stops linear.
const maxSentenceTokens = 300

// afterLocation reports whether a preposition of place stands before r,
// determiners aside: "in Ukraine".
func (x *Actors) afterLocation(src string, toks []token, r ref) bool {
	k := r.start - 1
	for k >= 0 && toks[k].word && x.words.is(frameDeterminer, src, toks, k) > 0 {
		k--
	}
	return k >= 0 && toks[k].word && x.words.is(frameLocation, src, toks, k) > 0
}

// sentenceSubject returns the actor that opens the sentence toks[i] is in,
// when one is named among its first three words.
func sentenceSubject(src string, toks []token, refs []ref, i int) (ref, bool) {
	start := max(0, i-maxSentenceTokens)
	for k := i - 1; k >= start; k-- {
		if t := toks[k].text(src); t == "." || t == "!" || t == "?" || t == ";" {
			start = k + 1
			break
		}
	}
	k, _ := slices.BinarySearchFunc(refs, start, func(r ref, at int) int { return r.start - at })
	if k < len(refs) && refs[k].start < i && wordsBetween(toks, start, refs[k].start) <= 2 {
		return refs[k], true
	}
	return ref{}, false
}

// coordinated returns refs[k] and the refs joined to it by "and", "or" or
// commas ("Japan and South Korea").
func (x *Actors) coordinated(src string, toks []token, refs []ref, k int) []ref {
	lo, hi := k, k
	for lo > 0 && x.joined(src, toks, refs[lo-1].end, refs[lo].start) {
		lo--
	}
	for hi+1 < len(refs) && x.joined(src, toks, refs[hi].end, refs[hi+1].start) {
		hi++
	}
	return slices.Clone(refs[lo : hi+1])
}

// joined reports whether the tokens from a to b only join two actors: "and",
// "or", commas, determiners, or nothing.
func (x *Actors) joined(src string, toks []token, a, b int) bool {
	joiner := false
	for i := a; i < b; i++ {
		t := toks[i]
		switch {
		case t.text(src) == "," || t.text(src) == "/" || t.text(src) == "&" || (t.word && (t.lower(src) == "and" || t.lower(src) == "or")):
			joiner = true
		case t.word && (t.lower(src) == "as" || t.lower(src) == "well"):
		case t.word && x.words.is(frameDeterminer, src, toks, i) > 0:
		default:
			return false
		}
	}
	return joiner
}
