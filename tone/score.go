package tone

import (
	"hash/crc32"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone/naivebayes"
	"github.com/demarche/demarche/tone/wordsplit"
)

// Model gives the log-odds that a text is positive. The Naive Bayes model
// in package naivebayes is one.
type Model interface {
	LogOdds(text string) float64
}

// cachingModel is a Model that can keep the words it looked up in a
// cache its caller holds, as package naivebayes's does: an [Analyzer]
// lends one to each document it scores.
type cachingModel interface {
	LogOddsCached(text string, c *naivebayes.Cache) float64
}

// Weights are the constants of the scoring model. [DefaultWeights] holds
// the values demarche uses; docs/TONE.md says how they were chosen.
type Weights struct {
	// NegationFactor multiplies a positive term a negator reaches: "not
	// helpful" is a reproach. Negative, and below 1 in size, since a
	// negated term is weaker than its opposite.
	NegationFactor float64
	// NegatedNegative multiplies a negative term a negator reaches:
	// "never refused dialogue" is conciliatory, but "prevent escalation"
	// is hardly warm, so it is negative and smaller in size than
	// NegationFactor. A prohibition ("must not", "should not", "do not")
	// keeps a negative term's sign instead.
	NegatedNegative float64
	// NegationReach is how many words after a negator it reaches.
	NegationReach int
	// ModifierReach is how many words after an intensifier or downtoner it
	// reaches.
	ModifierReach int
	// BeforeContrast and AfterContrast weight terms before and after a
	// contrast word ("welcomes ... but remains concerned") in a sentence,
	// and inside and after a concession ("although ..., ").
	BeforeContrast, AfterContrast float64
	// Imperative multiplies a demand that opens a clause, bare or after
	// politeness words: "Stop ...", "Please withdraw ...".
	Imperative float64
	// Concern, Pressure and Situation weigh terms by what they do,
	// against verdicts (condemnation, rejection, protest, accusation,
	// criticism; welcome, praise, gratitude, support, agreement,
	// cooperation, friendship, consultation, commitment), which weigh 1.
	// Concern covers the concern ladder; Pressure demands, warnings and
	// appeals; Situation the words for peace (ceasefire, peace process)
	// and for a bad state of affairs (crisis, tension), which name what a
	// statement is about rather than the speaker's stance.
	Concern, Pressure, Situation float64
	// Threat weighs threats ("will take resolute countermeasures", "those
	// who play with fire will get burned", "will pay dearly"), apart from
	// the demands, warnings and appeals Pressure weighs: a threat is
	// hostile whoever it names.
	Threat float64
	// Conflict weighs the words for events of war (attack, shelling,
	// invasion), apart from Situation's words for peace and for a bad
	// state of affairs.
	Conflict float64
	// Hostility, Delegitimising, Regret and Euphemism weigh the negative
	// terms of their category (aggression; so-called; it is unfortunate;
	// a frank and candid exchange), which say less, or more, than a
	// verdict on someone's act (condemnation, rejection, protest,
	// accusation, criticism), which weighs 1.
	Hostility, Delegitimising, Regret, Euphemism float64
	// Target multiplies the negative terms of a clause that names a state
	// (by name, alias, demonym, capital or seat of government): a
	// judgement aimed at a party ("Russia has rejected ...") weighs more
	// than one about a state of affairs.
	Target float64
	// Positive weighs terms with a positive tone in a statement that also
	// has negative ones. Below 1, it lets a judgement stand out in a
	// statement that also names peace or cooperation as its subject
	// ("rejected a draft that had peace at its heart"); a statement with
	// only positive terms keeps their full weight.
	Positive float64
	// Object weighs a term that is the object of a stance term a few
	// words before it (ObjectReach words at most, with no pause or
	// contrast between): in "welcomes the agreement" or "condemns the
	// attack" the stance is what the speaker says of the object, and the
	// object's own tone would count the same judgement twice, or against
	// itself ("condemns the peace plan").
	Object      float64
	ObjectReach int
	// Saturation sets how fast summed evidence approaches ±1:
	// score = sum / sqrt(sum² + Saturation).
	Saturation float64
	// ModelWeight is the Naive Bayes share of tone when the lexicon has no
	// evidence; it shrinks as ModelWeight / (1 + ModelDecay·evidence).
	ModelWeight, ModelDecay float64
	// ModelTemperature divides the model's log-odds before they are
	// squashed to [-1, 1] with tanh: the model is overconfident on text
	// unlike its film reviews.
	ModelTemperature float64
}

// DefaultWeights are the weights demarche scores with.
func DefaultWeights() Weights {
	return Weights{
		NegationFactor:   -1,
		NegatedNegative:  -0.1,
		NegationReach:    4,
		ModifierReach:    2,
		Object:           0.75,
		ObjectReach:      4,
		BeforeContrast:   0.4,
		AfterContrast:    1.2,
		Imperative:       1.75,
		Target:           4,
		Concern:          0.75,
		Pressure:         0.13,
		Threat:           0.5,
		Situation:        0,
		Conflict:         0.25,
		Hostility:        0.38,
		Delegitimising:   0.5,
		Regret:           0.25,
		Euphemism:        1.13,
		Positive:         0.5,
		Saturation:       0.5,
		ModelWeight:      0,
		ModelDecay:       4,
		ModelTemperature: 6,
	}
}

// categoryWeight returns the weight of the group a weighted entry's
// category belongs to; see [Weights].
// Positive terms weigh 1 here; Score applies Positive afterwards when
// the statement has negative terms too.
func (w *Weights) categoryWeight(e *lexicon.Entry) float64 {
	if e.Category == lexicon.Peace {
		return w.Situation
	}
	if e.Tone > 0 {
		return 1
	}
	switch e.Category {
	case lexicon.Threat:
		return w.Threat
	case lexicon.Demand, lexicon.Warning, lexicon.Appeal:
		return w.Pressure
	case lexicon.Concern:
		return w.Concern
	case lexicon.Situation:
		return w.Situation
	case lexicon.Conflict:
		return w.Conflict
	case lexicon.Hostility:
		return w.Hostility
	case lexicon.Delegitimising:
		return w.Delegitimising
	case lexicon.Regret:
		return w.Regret
	case lexicon.Euphemism:
		return w.Euphemism
	}
	return 1
}

// Scorer scores statements with a lexicon and a model. It is read-only and
// safe for concurrent use.
type Scorer struct {
	lex   *lexicon.Lexicon
	model Model
	// cached is model as a cachingModel, when it is one: asserted once
	// here, not for every statement.
	cached  cachingModel
	weights Weights
	parties *partyFinder // states named as parties, not as places
	cats    categorySets
}

// categorySets are the sets of categories scoreTokens tests each match's
// category against (lexicon.Match.Set): one AND each, where comparing
// the category's name takes several compares.
type categorySets struct {
	modifier  lexicon.CategorySet // any of the modifiers below, which carry no weight
	negator   lexicon.CategorySet
	scaling   lexicon.CategorySet // intensifiers and downtoners
	polite    lexicon.CategorySet
	contrast  lexicon.CategorySet // contrast words and concessions
	assertion lexicon.CategorySet // boosters and hedges
	stance    lexicon.CategorySet // see stanceSet
	demand    lexicon.CategorySet
}

// newCategorySets returns the sets scoreTokens tests.
func newCategorySets() categorySets {
	cs := categorySets{
		negator:   lexicon.Negator.Set(),
		scaling:   lexicon.SetOf(lexicon.Intensifier, lexicon.Downtoner),
		polite:    lexicon.Politeness.Set(),
		contrast:  lexicon.SetOf(lexicon.Contrast, lexicon.Concession),
		assertion: lexicon.SetOf(lexicon.Booster, lexicon.Hedge),
		stance:    stanceSet(),
		demand:    lexicon.Demand.Set(),
	}
	cs.modifier = cs.negator | cs.scaling | cs.polite | cs.contrast
	return cs
}

// NewScorer returns a scorer over lex and model with the default weights.
// A nil model leaves the Naive Bayes part out (NBPositive is 0.5).
func NewScorer(lex *lexicon.Lexicon, model Model) *Scorer {
	parties, err := newPartyFinder(partyNames(), targetsTSV)
	if err != nil {
		// The embedded data are checked by the package's tests.
		panic("tone: embedded " + err.Error())
	}
	cached, _ := model.(cachingModel)
	return &Scorer{lex: lex, model: model, cached: cached, weights: DefaultWeights(), parties: parties, cats: newCategorySets()}
}

// WithWeights returns a copy of s that scores with w.
func (s *Scorer) WithWeights(w Weights) *Scorer {
	c := *s
	c.weights = w
	return &c
}

// Weights returns the weights s scores with.
func (s *Scorer) Weights() Weights { return s.weights }

// obligationModal reports whether w, before a negator, makes it a
// prohibition: "must not escalate" demands, it does not reassure.
func obligationModal(w string) bool {
	switch w {
	case "must", "should", "shall", "ought", "obliged", "obligated":
		return true
	}
	return false
}

// stanceSet returns the set of the categories of terms that state the
// speaker's stance toward what follows them: "welcomes the agreement",
// "condemns the attack", "concerned about the violence".
func stanceSet() lexicon.CategorySet {
	return lexicon.SetOf(lexicon.Condemnation, lexicon.Rejection, lexicon.Protest, lexicon.Criticism,
		lexicon.Accusation, lexicon.Concern, lexicon.Regret, lexicon.Welcome, lexicon.Praise,
		lexicon.Gratitude, lexicon.Congratulation, lexicon.Support)
}

// newVerb reports whether a coordinated verb starts between words[from]
// and words[to]: "oppose this provocation and will take countermeasures"
// (a conjunction, then a modal or a subject pronoun), after which a term
// is no object of the stance before.
func newVerb(words []string, from, to int) bool {
	for i := from; i+1 <= to && i+1 < len(words); i++ {
		if !coordinator(words[i]) {
			continue
		}
		switch words[i+1] {
		case "will", "would", "shall", "must", "should", "can", "could", "may", "might",
			"we", "i", "they", "it", "he", "she", "is", "are", "was", "were", "has", "have", "had":
			return true
		}
	}
	return false
}

// pauseBetween reports whether a pause (comma, dash, bracket) comes
// before one of the words cl.words[from:to+1].
func pauseBetween(cl clause, from, to int) bool {
	for i := from; i <= to && i < len(cl.pause); i++ {
		if cl.pause[i] {
			return true
		}
	}
	return false
}

// coordinator reports whether w joins a second verb to the first: "should
// keep a cool head and not engage in ...": the obligation carries over
// and the negator forbids.
func coordinator(w string) bool { return w == "and" || w == "or" }

// prohibitive reports whether the negator match m forbids rather than
// negates: after an obligation modal, or a "do not" or "don't" opening the
// clause, or itself "mustn't" or "shouldn't".
func prohibitive(words []string, m lexicon.Match, open int) bool {
	switch words[m.Start] {
	case "mustn't", "shouldn't", "shan't":
		return true
	case "don't":
		return m.Start == open
	}
	if m.Start > 0 && obligationModal(words[m.Start-1]) {
		return true
	}
	return m.Start == open+1 && words[open] == "do"
}

// Score reads one statement. It panics when text is longer than
// [MaxDocument].
func (s *Scorer) Score(text string) Score {
	checkLength(len(text))
	return s.score(text, &scoreBuf{})
}

// scoreBuf holds the working memory of scoring, reused from one statement
// to the next by one goroutine: an [Analyzer] keeps one with each set of
// docBuffers, for a document and then the next, so that scoring a
// statement allocates little more than its result.
type scoreBuf struct {
	toks     []token
	store    strings.Builder // the store of the texts tokenized whose words have forms to write: see appendTokens
	words    []string
	pause    []bool
	clauses  []clause
	matches  []lexicon.Match
	factors  []float64
	conceded []bool
	bare     []string // see partyFinder.named
	terms    []Term   // a statement's terms, copied out at its end
	// kept and texts hold the terms and the multi-word term texts of the
	// statements scored so far, handed out by keep and join: one
	// allocation for many statements instead of one or more each. Memory
	// handed out is never written again.
	kept  []Term
	texts strings.Builder
	// slabLimit, when not 0, is the most terms a slab after reserve's
	// has room for (see keep).
	slabLimit int
	// lex remembers what the words of the statements scored so far
	// start in the lexicon. It holds no text, so that it stays from one
	// document to the next.
	lex lexicon.Cache
	// nb, when not nil, is the model's word cache, when it has one (see
	// cachingModel).
	nb *naivebayes.Cache
}

// score is Score with the working memory in buf.
func (s *Scorer) score(text string, buf *scoreBuf) Score {
	return s.scoreTokens(text, "", nil, buf, true)
}

// scoreTokens is score; toks, when not nil, are text's tokens, which it
// then reads instead of tokenizing text. Without withModel, the model is
// left out when its share of tone is 0 (see [Analyzer.WithoutModel]).
func (s *Scorer) scoreTokens(text, src string, toks []token, buf *scoreBuf, withModel bool) (sc Score) {
	// sc is a named result, written where the caller reads it: a local
	// would be copied there at the end (120 bytes per statement).
	w := &s.weights // not a copy: Weights is 192 bytes
	cs := &s.cats   // not a copy either
	var coopSum, assertSum float64

	if toks == nil {
		toks, src = buf.tokenize(text)
	}
	buf.terms = buf.terms[:0]
	for _, cl := range buf.splitClauses(src, toks, wordsplit.IsASCII(text)) {
		words := cl.words
		buf.matches = s.lex.AppendAllCached(buf.matches[:0], words, &buf.lex)
		matches := buf.matches
		if len(matches) == 0 {
			continue // most clauses: nothing to weigh
		}
		var contrast []float64 // nil: every word weighs 1
		if hasContrast(matches, cs.contrast) {
			contrast = buf.contrastFactors(cl, matches, w)
		}
		// Whether the clause names a party matters only to its negative
		// terms: it is found at the first, if any.
		target, targetKnown := 1.0, false
		negatedUntil := -1 // the last word index a negator reaches
		prohibition := false
		scale, scaleUntil := 1.0, -1
		open := 0        // words before open are politeness or degree words opening the clause
		obliged := false // an obligation modal came earlier in the clause
		stance := -1     // the end of the last stance term whose object may follow
		next := 0        // obliged covers the words before next
		for _, m := range matches {
			e := m.Entry
			opening := m.Start == open
			switch c := m.Set; {
			case c&cs.modifier == 0:
				// A term with a weight (most matches): below.
			case c&cs.negator != 0:
				// Only a negator reads obliged: the words up to it are
				// looked at here, not before every term (most clauses
				// have no negator).
				for ; next < m.Start; next++ {
					obliged = obliged || obligationModal(words[next])
				}
				negatedUntil = m.End - 1 + w.NegationReach
				prohibition = prohibitive(words, m, open) || obliged && m.Start > 0 && coordinator(words[m.Start-1])
				continue
			case c&cs.scaling != 0:
				if m.Start <= scaleUntil {
					scale *= e.Scale
				} else {
					scale = e.Scale
				}
				scaleUntil = m.End - 1 + w.ModifierReach
				if opening {
					open = m.End
				}
				continue
			case c&cs.polite != 0:
				// Politeness adds nothing: "kindly stop" is still a demand.
				if opening {
					open = m.End
				}
				continue
			default: // contrast words and concessions
				stance = -1 // "welcome it but ...": what follows is no object
				// Nor does a negator reach past one: in "no choice but to
				// take countermeasures" and "not war but peace" what
				// follows is affirmed.
				negatedUntil = -1
				continue // applied through contrast
			}
			if m.Set&cs.assertion != 0 && opening {
				open = m.End // "Immediately stop ..." is still an imperative
			}
			if e.Tone == 0 && e.Cooperation == 0 {
				// A term without tone or cooperation (boosters and
				// hedges) is kept by no statement, and no negator,
				// contrast or party changes it: it adds its
				// assertiveness only, as the rules below would.
				if m.Set&cs.stance != 0 {
					stance = m.End
				}
				assert := e.Assertiveness
				if m.Start <= scaleUntil {
					assert *= scale
				}
				if m.Set&cs.demand != 0 && opening {
					assert = math.Max(assert, imperativeAssertiveness)
				}
				assertSum += assert
				continue
			}
			text := words[m.Start] // most terms are one word, their text without a call
			if m.End-m.Start > 1 {
				text = buf.termText(e.Term, words[m.Start:m.End])
			}
			// The term is written in place, in buf.terms, not copied
			// there at its end: a Term is 112 bytes.
			n := len(buf.terms)
			if n < cap(buf.terms) {
				buf.terms = buf.terms[:n+1]
			} else {
				buf.terms = append(buf.terms, Term{})
			}
			t := &buf.terms[n]
			*t = Term{Text: text, Category: e.Category, Base: e.Tone,
				Group: w.categoryWeight(e), Modifier: 1, Negation: 1, Contrast: 1, Directive: 1, Target: 1}
			if contrast != nil {
				t.Contrast = contrast[m.Start]
			}
			if m.Set&cs.stance != 0 {
				stance = m.End
			} else if stance >= 0 && m.Start-stance < w.ObjectReach && !pauseBetween(cl, stance, m.Start) &&
				!newVerb(words, stance, m.Start) {
				// "welcomes the agreement", "condemns the attack": the
				// stance says what the speaker thinks of its object.
				t.Object = true
				t.Group *= w.Object
			}
			tone := e.Tone * t.Group
			coop, assert := e.Cooperation, e.Assertiveness
			if m.Start <= scaleUntil {
				t.Modifier = scale
				tone, coop, assert = tone*scale, coop*scale, assert*scale
			}
			if m.Start <= negatedUntil && e.Tone != 0 && e.Category != lexicon.Delegitimising && !s.selfNegated(words[m.Start:m.End]) {
				// A negator changes the first weighted term it reaches and
				// no more: in "never refused dialogue" only the refusal
				// is negated. A delegitimising label stays one.
				switch {
				case e.Tone > 0:
					t.Negation = w.NegationFactor
				case prohibition:
					t.Prohibited = true
				default:
					t.Negation = w.NegatedNegative
				}
				t.Negated = !t.Prohibited
				tone *= t.Negation
				coop *= t.Negation
				negatedUntil = -1
			}
			if m.Set&cs.demand != 0 && opening {
				t.Imperative = true
				t.Directive = w.Imperative
				tone *= w.Imperative
				assert = math.Max(assert, imperativeAssertiveness)
			}
			if tone < 0 {
				if !targetKnown {
					if s.parties.named(words, &buf.bare) {
						target = w.Target
					}
					targetKnown = true
				}
				t.Target = target
				tone *= target
			}
			tone *= t.Contrast
			coop *= t.Contrast
			t.Scale = t.Modifier * t.Target * t.Contrast * t.Directive
			t.Weight = tone
			assertSum += assert
			coopSum += coop
		}
	}
	if len(buf.terms) > 0 {
		sc.Terms = buf.keep(buf.terms)
	}
	// A statement is mixed when it has a negative term of its own; a
	// negated positive ("does not mean agreeing") does not make it so.
	mixed := false
	for i := range sc.Terms {
		if t := &sc.Terms[i]; t.Base < 0 && t.Weight < 0 { // not a copy: a Term is 112 bytes
			mixed = true
			break
		}
	}
	for i := range sc.Terms {
		t := &sc.Terms[i]
		if mixed && t.Weight > 0 && t.Base > 0 {
			t.Group *= w.Positive
			t.Weight *= w.Positive
		}
		sc.LexiconSum += t.Weight
		sc.Evidence += math.Abs(t.Weight)
	}

	sc.Lexicon = saturate(sc.LexiconSum, w.Saturation)
	sc.Cooperation = saturate(coopSum, w.Saturation)
	sc.Assertiveness = 0.5 + 0.5*saturate(assertSum, w.Saturation)

	sc.NBPositive = 0.5
	if s.model != nil && (withModel || w.ModelWeight != 0) {
		var lo float64
		if s.cached != nil && buf.nb != nil {
			lo = s.cached.LogOddsCached(text, buf.nb)
		} else {
			lo = s.model.LogOdds(text)
		}
		sc.NBLogOdds = lo
		sc.NBPositive = 1 / (1 + math.Exp(-lo))
		sc.NBTone = math.Tanh(lo / w.ModelTemperature)
		sc.ModelShare = w.ModelWeight / (1 + w.ModelDecay*sc.Evidence)
	}
	sc.Tone = clamp((1-sc.ModelShare)*sc.Lexicon+sc.ModelShare*sc.NBTone, -1, 1)
	sc.Label = LabelFor(sc.Tone)
	return sc
}

// keep returns a copy of terms in memory of buf's that no later call
// writes: a slab shared by the statements of a document (reserve starts
// each document's on a new slab), whose capacity ends with the copy.
func (buf *scoreBuf) keep(terms []Term) []Term {
	if len(buf.kept)+len(terms) > cap(buf.kept) {
		// The first slab holds the first statement's terms and no more
		// ([Scorer.Score] scores one; see reserve for a document); the
		// next ones double, from 16 up to slabTerms, or up to the
		// limit reserve set.
		n := len(terms)
		if cap(buf.kept) > 0 {
			limit := slabTerms
			if buf.slabLimit > 0 {
				limit = buf.slabLimit
			}
			n = max(n, min(2*cap(buf.kept), limit), 16)
		}
		buf.kept = make([]Term, 0, n)
	}
	n := len(buf.kept)
	buf.kept = append(buf.kept, terms...)
	return buf.kept[n:len(buf.kept):len(buf.kept)]
}

// forget drops the terms handed out, which are the caller's, and clears
// the working memory that refers to a statement's text, so that a
// scoreBuf kept for later documents keeps no text alive.
func (buf *scoreBuf) forget() {
	buf.kept, buf.slabLimit = nil, 0
	clear(buf.words[:cap(buf.words)])
	clear(buf.bare[:cap(buf.bare)])
	clear(buf.terms[:cap(buf.terms)])
	// The texts the document's terms may be views of stay where they
	// are; the next document's go into a new store.
	buf.store = strings.Builder{}
}

// slabTerms is the size of the largest slabs keep makes: 512 terms, 56
// KiB.
const slabTerms = 512

// reserve makes keep's first slab one with room for n terms, or a full
// slab for more: for a short document, one slab of about the size its
// statements need rather than several grown from the first statement's.
// A document with more terms than that gets slabs of a quarter of n
// after it, not twice n: on the tree of make bench-corpus, a slab of
// twice n for the last few terms made a quarter of the memory handed to
// terms go unused.
func (buf *scoreBuf) reserve(n int) {
	buf.kept = make([]Term, 0, min(n, slabTerms))
	buf.slabLimit = min(max(n/4, 16), slabTerms)
}

// imperativeAssertiveness is the least assertiveness of a demand that
// opens its clause ("Stop the shelling"), with or without a tone.
const imperativeAssertiveness = 0.6

// termText returns the text of a term that matched words, two or more:
// the words joined by spaces. A term without a prefix word ('*') matched
// words equal to its own: its text is the term, not a copy.
func (buf *scoreBuf) termText(term string, words []string) string {
	if strings.IndexByte(term, '*') < 0 {
		return term
	}
	return buf.join(words)
}

// join returns words joined by spaces: one word as it is, more in
// buf.texts, whose bytes are never written again.
func (buf *scoreBuf) join(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	if buf.texts.Cap()-buf.texts.Len() < n {
		// A new builder rather than the old one grown: strings handed out
		// keep the old one's memory alive, and growing would copy it.
		buf.texts = strings.Builder{}
		buf.texts.Grow(max(n, 512))
	}
	start := buf.texts.Len()
	for i, w := range words {
		if i > 0 {
			buf.texts.WriteByte(' ')
		}
		buf.texts.WriteString(w)
	}
	return buf.texts.String()[start:]
}

// selfNegated reports whether a term's own words include a negator ("no
// credibility", "not helpful"): such a term is already negated, and a
// negator before it ("no validity, no credibility") does not turn it.
func (s *Scorer) selfNegated(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			if e, end := s.lex.Lookup(words[i:j], 0); e != nil && end == j-i && e.Category == lexicon.Negator {
				return true
			}
		}
	}
	return false
}

// wordPhrases is a set of phrases of lower-case words, indexed by their
// first word.
type wordPhrases struct {
	first wordFilter // the phrases' first words
	// slots holds the phrases by their first word, in an open-addressing
	// table probed from the filterHash the first filter computed: a map
	// would hash the word again. At most half its slots are full.
	slots []phrasesSlot
	mask  uint32
}

// phrasesSlot is a slot of wordPhrases's table: the phrases that start
// with the word first, or none for an empty slot.
type phrasesSlot struct {
	first   string
	phrases [][]string
}

// startingWith returns the phrases that start with the word w, whose
// filterHash is h.
func (wp *wordPhrases) startingWith(w string, h uint32) [][]string {
	for i := h & wp.mask; ; i = (i + 1) & wp.mask {
		sl := &wp.slots[i]
		if sl.phrases == nil || sl.first == w {
			return sl.phrases
		}
	}
}

// newWordPhrases returns the set of phrases, each read as words. It is
// built at start-up from some thousands of names: their tokens are read
// into one reused array, their lower-case forms written into one
// builder, and their words cut from one growing array, instead of an
// allocation or more each.
func newWordPhrases(phrases []string) *wordPhrases {
	wp := new(wordPhrases)
	byFirst := make(map[string][][]string, len(phrases))
	var (
		toks  []token
		store strings.Builder
		all   = make([]string, 0, 2*len(phrases)) // the phrases' words, back to back
		order []string                            // the keys of byFirst, as they came
	)
	for _, p := range phrases {
		var src string
		toks, src = appendTokens(toks[:0], strings.TrimPrefix(p, "the "), &store)
		start := len(all)
		for i := range toks {
			if t := &toks[i]; t.word {
				all = append(all, foldAccents(t.lower(src)))
			}
		}
		if len(all) > start {
			words := all[start:len(all):len(all)] // a later append does not write it
			if _, ok := byFirst[words[0]]; !ok {
				order = append(order, words[0])
			}
			byFirst[words[0]] = append(byFirst[words[0]], words)
			wp.first.add(words[0])
		}
	}
	size := 16
	for size < 2*len(byFirst) {
		size *= 2
	}
	wp.slots, wp.mask = make([]phrasesSlot, size), uint32(size-1)
	// The first words in the order the phrases gave them, not a map's:
	// the table, which parties_table.go records, is the same at each run.
	for _, w := range order {
		list := byFirst[w]
		i := filterHash(w) & wp.mask
		for wp.slots[i].phrases != nil {
			i = (i + 1) & wp.mask
		}
		wp.slots[i] = phrasesSlot{first: w, phrases: list}
	}
	return wp
}

// partyFinder finds the states a clause names as parties: a judgement
// aimed at one weighs more (Weights.Target). A state named only as the
// place where something happens ("the violence in eastern Ukraine") is
// not a party, nor is a state that opens the clause as the speaker of a
// formula ("Indonesia calls upon ...", "The Republic of Korea expresses
// ..."): UN delegations speak of themselves by name.
type partyFinder struct {
	names *wordPhrases
	// frame holds, as placeWord bits, the prepositions after which a
	// state is a place and the words that may stand between them ("in
	// the eastern regions of" is not reached: only single words): one
	// lookup a word.
	frame map[string]placeWord
	// speaking holds the verbs of a delegation speaking of itself, and
	// stance the words after "is" or "remains" that make it the one
	// taking a stance ("is gravely concerned", "remains committed").
	speaking, stance map[string]bool
}

// placeWord is what a word may be before a state named as a place.
type placeWord uint8

const (
	placeLocation placeWord = 1 << iota // "in", "across": a state after it is a place
	placeBefore                         // "the", "eastern": it may stand between them
)

// newPartyFinder returns a finder of the given state names, with the
// location prepositions and determiners of the target frame words
// (data/targets.tsv).
// partyNames returns the names of states a party finder looks for: the
// embedded gazetteer's names, aliases, demonyms, capitals and seats of
// government, read as words. They are the table parties_table.go
// declares, which the linker lays out, when that was generated from the
// embedded countries.tsv, as the package's tests check; otherwise they are
// read from it (some 3 ms of `demarche score`'s 32, most in fresh memory,
// on the machine of issue #6).
func partyNames() *wordPhrases {
	if len(countriesTSV) == partyTableSourceLen && crc32.ChecksumIEEE([]byte(countriesTSV)) == partyTableSourceCRC {
		return &partyTable
	}
	return buildPartyNames(countriesTSV)
}

// buildPartyNames reads the names partyNames returns from the gazetteer
// data, in the format of countries.tsv.
func buildPartyNames(data string) *wordPhrases {
	countries, err := parseCountries(data)
	if err != nil {
		// The embedded gazetteer is checked by the package's tests.
		panic("tone: embedded " + err.Error())
	}
	var names []string
	for _, c := range countries {
		names = append(names, c.name)
		for _, list := range [][]string{c.aliases, c.demonyms, c.capitals, c.seats} {
			names = append(names, list...)
		}
	}
	return newWordPhrases(names)
}

func newPartyFinder(names *wordPhrases, frames string) (*partyFinder, error) {
	// Only the one-word location and determiner phrases count, read
	// from the lists: building every kind's phrase set, as target
	// finding does, would cost a scorer some 230 KB of fresh memory.
	lists, err := parseFrameLists(frames)
	if err != nil {
		return nil, err
	}
	singleWords := func(k frameKind) []string {
		var out []string
		for _, p := range lists[k] {
			if words := lowerWords(p); len(words) == 1 {
				out = append(out, words[0])
			}
		}
		return out
	}
	set := func(words ...string) map[string]bool {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			m[w] = true
		}
		return m
	}
	p := &partyFinder{
		names: names,
		frame: make(map[string]placeWord),
		speaking: set("expresses", "reaffirms", "reiterates", "welcomes", "calls", "requests", "urges", "supports",
			"believes", "remains", "shares", "joins", "voted", "abstained", "notes", "recalls", "appreciates",
			"thanks", "commends", "condemns", "deplores", "regrets", "encourages", "underlines", "stresses", "emphasizes",
			"emphasises", "wishes", "hopes", "considers", "attaches", "fully", "strongly", "also", "therefore", "continues",
			"takes", "firmly", "once", "again", "categorically", "opposes", "rejects", "insists", "seeks"),
		stance: set("concerned", "worried", "alarmed", "troubled", "deeply", "gravely", "seriously", "extremely",
			"profoundly", "greatly", "particularly", "convinced", "ready", "committed", "determined", "pleased",
			"grateful", "always", "firmly", "fully", "strongly", "resolutely", "of"),
	}
	for _, w := range singleWords(frameLocation) {
		p.frame[w] |= placeLocation
	}
	for _, w := range append(singleWords(frameDeterminer), "eastern", "western", "northern", "southern", "central",
		"north-eastern", "north-western", "south-eastern", "south-western", "occupied", "parts", "part", "of") {
		p.frame[w] |= placeBefore
	}
	return p, nil
}

// named reports whether words name a state as a party. A name in the
// possessive or in a compound counts: "Russia's veto", "pro-Russian
// militants", "Russian-backed forces". buf is working memory, reused
// from one call to the next.
func (p *partyFinder) named(words []string, buf *[]string) bool {
	if first := firstStem(words); first >= 0 {
		// words without a possessive ending, in a copy
		bare := append((*buf)[:0], words...)
		*buf = bare
		for i := first; i < len(bare); i++ {
			if !mayBeParty(bare[i]) {
				continue
			}
			if s, ok := partyStem(bare[i]); ok {
				bare[i] = s
			}
		}
		words = bare
	}
	for i := 0; i < len(words); i++ {
		h := filterHash(words[i])
		if !p.names.first.has(h) {
			continue
		}
		end := i
		for _, ph := range p.names.startingWith(words[i], h) {
			if e := i + len(ph); e <= len(words) && e > end && equalWords(words[i:e], ph) {
				end = e
			}
		}
		if end == i {
			continue
		}
		if !p.place(words, i) && !p.speaker(words, end) {
			return true
		}
		i = end - 1 // "the Republic of Korea" is one name, not also "Korea"
	}
	return false
}

// firstStem returns the index of the first of words in which partyStem
// finds a name, or -1 (most clauses): a loop that keeps nothing else in
// registers.
func firstStem(words []string) int {
	for i, w := range words {
		if !mayBeParty(w) {
			continue // most words, without a call to partyStem
		}
		if _, ok := partyStem(w); ok {
			return i
		}
	}
	return -1
}

// mayBeParty reports whether partyStem may find a name in w: only a word
// that starts with "pro-", or ends with "'s" or "ed" ("-backed"), can
// hold one (not a plural, nor "peace", "president" or "said").
func mayBeParty(w string) bool {
	n := len(w)
	if n >= 4 && w[0] == 'p' && w[1] == 'r' && w[2] == 'o' && w[3] == '-' {
		return true
	}
	return n >= 2 && (w[n-1] == 'd' && w[n-2] == 'e' || w[n-1] == 's' && w[n-2] == '\'')
}

// partyStem returns the word a state's name may hide in: "russia's" →
// "russia", "pro-russian" → "russian", "russian-backed" → "russian"
// (also -led, -controlled, -sponsored, -supported, -installed).
func partyStem(w string) (string, bool) {
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s, true
	}
	if s, ok := strings.CutPrefix(w, "pro-"); ok {
		return s, true
	}
	if w == "" || w[len(w)-1] != 'd' {
		return w, false // every ending below ends in d: most words stop here
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		switch w[i+1:] {
		case "backed", "led", "controlled", "sponsored", "supported", "installed":
			return w[:i], true
		}
	}
	return w, false
}

// place reports whether the state named at words[i] follows a location
// preposition, perhaps with determiners between: "in eastern Ukraine".
func (p *partyFinder) place(words []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		f := p.frame[words[k]]
		if f&placeLocation != 0 {
			return true
		}
		if f&placeBefore == 0 && !number(words[k]) {
			return false
		}
	}
	return false
}

// number reports whether w is a figure or a small number word: "in six
// eastern Ukrainian towns".
func number(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some":
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// speaker reports whether the state named just before words[end] is
// the one speaking: a delegation's formula verb follows it ("Indonesia
// calls upon ...", "Ukraine reaffirms ...") or a stance it takes ("The
// United Kingdom is gravely concerned ...").
func (p *partyFinder) speaker(words []string, end int) bool {
	if end >= len(words) {
		return false
	}
	if p.speaking[words[end]] {
		return true
	}
	switch words[end] {
	case "is", "remains", "was", "has", "stands":
		return end+1 < len(words) && p.stance[words[end+1]]
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// contrastFactors returns the contrast weight of each word of a clause.
// A concession ("although", "while", "despite") weighs BeforeContrast
// from its word to the next comma, and the words after that weigh
// AfterContrast. Words after the last contrast word ("but", "however")
// weigh AfterContrast and those before it BeforeContrast. A word gets one
// factor, not a product: conceded words weigh less even after a "but",
// and a clause between two contrast words weighs as the one before the
// last.
//
// The result is in buf's memory, valid until the next call. The caller
// asks hasContrast first: a clause with neither (most clauses) has no
// factors, and all its words weigh 1.
func (buf *scoreBuf) contrastFactors(cl clause, matches []lexicon.Match, w *Weights) []float64 {
	n := len(cl.words)
	f := grow(buf.factors, n)
	for i := range f {
		f[i] = 1
	}
	conceded := grow(buf.conceded, n)
	clear(conceded)
	buf.factors, buf.conceded = f, conceded
	last := -1
	for k, m := range matches {
		switch m.Entry.Category {
		case lexicon.Contrast:
			last = k
		case lexicon.Concession:
			end := n
			for b := m.End; b < n; b++ {
				if cl.pause[b] {
					end = b
					break
				}
			}
			for i := m.Start; i < n; i++ {
				if i < end {
					conceded[i] = true
				} else {
					f[i] = w.AfterContrast
				}
			}
		}
	}
	if last >= 0 {
		m := matches[last]
		for i := range f {
			switch {
			case i < m.Start:
				f[i] = w.BeforeContrast
			case i >= m.End:
				f[i] = w.AfterContrast
			}
		}
	}
	for i, c := range conceded {
		if c {
			f[i] = w.BeforeContrast
		}
	}
	return f
}

// hasContrast reports whether matches hold a contrast word or a
// concession, whose categories are the set contrast: most clauses have
// neither, and scoreTokens asks before it calls contrastFactors.
func hasContrast(matches []lexicon.Match, contrast lexicon.CategorySet) bool {
	for i := range matches {
		if matches[i].Set&contrast != 0 {
			return true
		}
	}
	return false
}

// saturate maps a sum of weights to (-1, 1).
func saturate(sum, k float64) float64 {
	if sum == 0 {
		return 0
	}
	return sum / math.Sqrt(sum*sum+k)
}

func clamp(v, lo, hi float64) float64 {
	switch {
	case math.IsNaN(v):
		return 0
	case v < lo:
		return lo
	case v > hi:
		return hi
	}
	return v
}

// abbreviation reports whether a lower-case word followed by a period is
// a title or abbreviation rather than the end of a sentence: "Mr.",
// "Dr.", "U.S.", a single letter.
func abbreviation(w string) bool {
	if len(w) > len("messrs") {
		// The longest title below (a longer one added there must
		// change this test): most words before a period are longer and
		// need only the test for a period of their own.
		return strings.IndexByte(w, '.') >= 0
	}
	switch w {
	case "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "lt", "col", "sen", "rep", "amb", "hon", "messrs", "vs", "art", "para":
		return true
	}
	return len(w) == 1 || strings.IndexByte(w, '.') >= 0
}

// clause is a sentence or clause as the scorer reads it: its words, lower
// case with accents folded, and where a pause (comma, dash, bracket)
// comes before a word.
type clause struct {
	words []string
	pause []bool // pause[i]: a pause comes just before words[i]
}

// tokenize returns the tokens of text, in buf's memory, valid until the
// next call.
func (buf *scoreBuf) tokenize(text string) (toks []token, src string) {
	if n := len(text)/5 + 1; cap(buf.toks) < n {
		// Room for the usual number of tokens, not grown one by one.
		buf.toks = make([]token, 0, n)
	}
	buf.toks, src = appendTokens(buf.toks[:0], text, &buf.store)
	return buf.toks, src
}

// splitClauses cuts a text's tokens into sentences of words: punctuation
// that ends a sentence or a clause (. ! ? ; :) separates them, so that
// neither a multi-word term nor a negator reaches across. asciiToks says
// that the tokens are all ASCII (three statements in four are), which
// foldAccents would return as they are.
//
// The clauses and their words are in buf's memory, valid until the next
// call.
func (buf *scoreBuf) splitClauses(src string, toks []token, asciiToks bool) []clause {
	if n := len(toks); cap(buf.words) < n {
		// Room for every word, not grown one by one.
		buf.words = make([]string, 0, n)
		buf.pause = make([]bool, 0, n)
	}
	// The clauses are appended to buf.clauses, in memory: a slice in
	// three registers would leave fewer to the loop over tokens.
	words, pause := buf.words[:0], buf.pause[:0]
	buf.clauses = buf.clauses[:0]
	start := 0 // where the current clause's words start
	paused := false
	for i := 0; i < len(toks); i++ {
		// Most tokens are ASCII words in a row: they are read in a loop
		// of their own that calls nothing, so that the slices and
		// indexes stay in registers through it (a call would make every
		// iteration store them).
		n := len(words)
		words, pause = words[:cap(words)], pause[:cap(pause)]
		if asciiToks {
			// The same loop without the test of each word's bytes. Only
			// its first word may follow a pause: the others are stored
			// without one, which keeps paused out of the loop.
			if i < len(toks) && n < len(words) && n < len(pause) && toks[i].word {
				words[n], pause[n] = toks[i].lower(src), paused
				paused = false
				n++
				for i++; i < len(toks) && n < len(words) && n < len(pause) && toks[i].word; i++ {
					words[n], pause[n] = toks[i].lower(src), false
					n++
				}
			}
		} else {
			for ; i < len(toks) && n < len(words) && n < len(pause); i++ {
				t := &toks[i] // not a copy: tokens are 24 bytes
				w := t.lower(src)
				if !t.word || !ascii(w) {
					break
				}
				words[n], pause[n] = w, paused
				paused = false
				n++
			}
		}
		words, pause = words[:n], pause[:n]
		if i == len(toks) {
			break
		}
		t := &toks[i]
		if t.word {
			words = append(words, foldAccents(t.lower(src)))
			pause = append(pause, paused)
			paused = false
			continue
		}
		switch t.text(src) {
		case ".":
			if n := len(words); n > start && abbreviation(words[n-1]) {
				continue // "Mr. President" is one clause
			}
		case "!", "?", ";", ":", "…":
		case ",", "—", "–", "-", "(", ")", "[", "]":
			paused = true
			continue
		default:
			continue
		}
		buf.clauses = appendClause(buf.clauses, words, pause, start)
		start = len(words)
		paused = false
	}
	buf.clauses = appendClause(buf.clauses, words, pause, start)
	buf.words, buf.pause = words, pause
	return buf.clauses
}

// ascii reports whether w is all ASCII, which foldAccents returns as it
// is: tested in the caller's loop, most words cost no call.
func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendClause appends to out the clause of words[start:], if it has
// words.
func appendClause(out []clause, words []string, pause []bool, start int) []clause {
	if len(words) > start {
		out = append(out, clause{words: words[start:len(words):len(words)], pause: pause[start:len(pause):len(pause)]})
	}
	return out
}

// grow returns s resliced to length n, reallocated when its capacity is
// smaller. Its contents are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, max(n, 2*cap(s)))
	}
	return s[:n]
}
