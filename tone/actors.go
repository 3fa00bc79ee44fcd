package tone

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/demarche/demarche/tone/actor"
	"github.com/demarche/demarche/tone/naivebayes"
)

// The actor gazetteer's data beyond countries.tsv (see data.go).
var (
	//go:embed data/actors/organisations.tsv
	organisationsTSV string
	//go:embed data/actors/people.tsv
	peopleTSV string
)

// DefaultActors parses the embedded gazetteer: the states of
// data/countries.tsv, the organisations, groups, courts, armed groups and
// collectives of data/actors/organisations.tsv and the office-holders of
// data/actors/people.tsv. The files are checked by the package's tests, so
// an error here means a broken build.
func DefaultActors() ([]actor.Actor, error) {
	var all []actor.Actor
	for _, f := range []struct{ name, data string }{
		{"countries.tsv", countriesTSV},
		{"actors/organisations.tsv", organisationsTSV},
		{"actors/people.tsv", peopleTSV},
	} {
		rows, err := actor.Parse(strings.NewReader(f.data), f.name)
		if err != nil {
			return nil, fmt.Errorf("embedded gazetteer: %w", err)
		}
		all = append(all, rows...)
	}
	return all, nil
}

// NewGazetteer returns the embedded gazetteer extended by extra sets of
// actors (parsed from the user's files with [actor.Parse]), in order.
func NewGazetteer(extra ...[]actor.Actor) (*actor.Gazetteer, error) {
	def, err := DefaultActors()
	if err != nil {
		return nil, err
	}
	return actor.New(append([][]actor.Actor{def}, extra...)...)
}

// Actors finds, in attributed statements, the state or organisation each
// speaker speaks for and the actors each statement speaks about, with the
// tone toward each. Build one with [NewActors]; it is read-only afterwards
// and safe for concurrent use.
//
// A statement's targets are the actors it names — by name, alias,
// demonym, capital or seat standing for a government, office-holder — or
// refers to with a pronoun ("they", "its", "the regime"), except the
// speaker and the state it speaks for. The tone toward each is the score of
// the clauses or phrases that concern it: in "China is ready to work with
// Russia against hegemony and the bullying of the US", "China is ready to
// work with Russia" for Russia and "the bullying of the US" for the US.
// What the words of a clause do lives in data/targets.tsv.
type Actors struct {
	gaz    *actor.Gazetteer
	scorer *Scorer
	words  frameWords
	// titles and descWords are the words that may stand before a
	// speaker's name: "Chinese Foreign Ministry spokesperson Mao Ning".
	titles    *phraseSet
	descWords map[string]bool
	// descFilter holds descWords' words, asked first (isDescWord): the
	// words asked about are mostly not titles.
	descFilter wordFilter
}

// NewActors returns an Actors that finds actors with g and scores the tone
// toward them with s.
func NewActors(g *actor.Gazetteer, s *Scorer) (*Actors, error) {
	words, err := parseFrameWords(targetsTSV)
	if err != nil {
		return nil, err
	}
	speakers, err := parseSpeakers(speakersTSV)
	if err != nil {
		return nil, err
	}
	titles := lines(titlesTxt)
	x := &Actors{gaz: g, scorer: s, words: words, titles: newPhraseSet(titles), descWords: make(map[string]bool, len(titles)+len(speakers))}
	for _, t := range titles {
		for _, w := range lowerWords(t) {
			x.descWords[w] = true
		}
	}
	for p, w := range speakers {
		if w.kind == kindInstitution || w.kind == kindAgent || w.kind == kindState || w.kind == kindBody {
			for _, word := range strings.Fields(p) {
				if word != "and" { // "Ministry of Foreign and Diaspora Affairs"
					x.descWords[word] = true
				}
			}
		}
	}
	for w := range x.descWords {
		x.descFilter.add(w)
	}
	return x, nil
}

// isDescWord reports whether w, a lower-case word, is one of descWords.
func (x *Actors) isDescWord(w string) bool {
	return x.descFilter.mayHave(w) && x.descWords[w]
}

// Gazetteer returns the gazetteer x finds actors with.
func (x *Actors) Gazetteer() *actor.Gazetteer { return x.gaz }

// Targets returns the actors text speaks about, with the tone toward each,
// in the order they are first named. speaker, when not empty, is who says
// it — a name, country or organisation: neither it nor the state or
// organisation it speaks for is a target.
func (x *Actors) Targets(text, speaker string) []Target {
	return x.targets(text, x.selfOf(speaker, x.lookup(speaker)), nil)
}

// TargetsAfter is Targets for a text that follows context, earlier
// sentences of the same document by the same speaker: pronouns in text
// may stand for actors context names.
func (x *Actors) TargetsAfter(context, text, speaker string) []Target {
	self := x.selfOf(speaker, x.lookup(speaker))
	mem := &memory{}
	if context != "" {
		x.remember(context, self, mem)
	}
	return x.targets(text, self, mem)
}

// WithScorer returns a copy of x that scores the tone toward targets with
// s.
func (x *Actors) WithScorer(s *Scorer) *Actors {
	c := *x
	c.scorer = s
	return &c
}

// Read sets each statement's SpeakerCountry and, with targets, its
// Targets. doc is the document the statements were attributed from: the
// words around a speaker's name in it ("Poland's foreign minister, Tomasz
// Zielinski") say whom they speak for. Statements must be in document
// order, narration included, so that pronouns find what they refer to.
func (x *Actors) Read(doc string, stmts []Scored, targets bool) {
	x.read(x.newAffiliator(doc), stmts, targets)
}

// read is Read, with the document's affiliator.
func (x *Actors) read(aff *affiliator, stmts []Scored, targets bool) {
	// A speaker's statements come in runs: each run is listed once, not
	// each statement.
	var speakers []string
	for i := range stmts {
		if sp := stmts[i].Speaker; stmts[i].Kind != Narration && (len(speakers) == 0 || speakers[len(speakers)-1] != sp) {
			speakers = append(speakers, sp)
		}
	}
	aff.expect(speakers)
	mem := &memory{}
	if targets {
		if aff.targets.score.nb == nil && x.scorer.cached != nil {
			// The model's word cache pays off over many documents.
			aff.targets.score.nb = new(naivebayes.Cache)
		}
		mem.bufs = &aff.targets
	}
	// The actors a speaker is, for the run of statements of one speaker
	// (and country) being read: nothing changes a self set once made.
	var selfSpeaker, selfCountry string
	var self map[string]bool
	for i := range stmts {
		s := &stmts[i]
		if s.Kind != Narration {
			s.SpeakerCountry = aff.country(s.Speaker)
		}
		if !targets {
			continue
		}
		if self == nil || s.Speaker != selfSpeaker || s.SpeakerCountry != selfCountry {
			self, selfSpeaker, selfCountry = x.selfOf(s.Speaker, s.SpeakerCountry), s.Speaker, s.SpeakerCountry
		}
		if s.Kind == Narration {
			x.remember(s.Text, self, mem)
			continue
		}
		// The speaker is the subject of the sentence a reported statement
		// comes from ("Washington announced …"): "they" in the next may
		// be them.
		mem.speaker = x.speakerRef(s.SpeakerCountry)
		s.Targets = x.targets(s.Text, self, mem)
	}
}

// speakerRef is a ref to the state or organisation a speaker speaks for.
func (x *Actors) speakerRef(country string) *ref {
	a, ok := x.gaz.Actor(country)
	if !ok {
		return nil
	}
	return &ref{actor: a.Name, kind: a.Kind, form: actor.FormName, text: a.Name}
}

// selfOf returns the actors a speaker is: its country and, when the
// speaker's name is itself an actor ("Kremlin", "NATO"), what that stands
// for.
func (x *Actors) selfOf(speaker, country string) map[string]bool {
	self := make(map[string]bool, 2)
	if country != "" {
		self[country] = true
	}
	if c := x.lookup(speaker); c != "" {
		self[c] = true
	}
	return self
}

// lookup returns the state or organisation a name stands for when the
// whole name is one of the gazetteer's ("Kremlin", "Mao Ning", "the
// State Department"), or "".
func (x *Actors) lookup(name string) string {
	toks := actor.Split(name)
	if len(toks) > 1 && strings.EqualFold(toks[0], "the") {
		toks = toks[1:]
	}
	ms := x.gaz.Find(toks)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(toks) || ms[0].InWord {
		return ""
	}
	return x.gaz.Affiliation(ms[0].Actor, "")
}

// remember records the actors a sentence names, for pronouns after it.
func (x *Actors) remember(text string, self map[string]bool, mem *memory) {
	bufs := mem.buffers()
	toks, src := bufs.tokenize(text)
	mem.remember(x.resolvePronouns(src, toks, x.findRefs(src, toks, self, bufs), self, mem))
}

// targets finds the targets of one statement; mem, when not nil, holds the
// document before it and learns the statement's actors.
func (x *Actors) targets(text string, self map[string]bool, mem *memory) []Target {
	bufs := mem.buffers()
	toks, src := bufs.tokenize(text)
	refs := x.resolvePronouns(src, toks, x.findRefs(src, toks, self, bufs), self, mem)
	if mem != nil {
		mem.remember(refs)
	}
	ph := x.phrases(src, toks, refs)
	var out []Target
	index := make(map[string]int)
	for _, r := range refs {
		if r.self {
			continue
		}
		i, ok := index[r.actor]
		if !ok {
			i = len(out)
			index[r.actor] = i
			out = append(out, Target{Actor: r.actor, Kind: r.kind})
		}
		if !slices.Contains(out[i].Mentions, r.text) {
			out[i].Mentions = append(out[i].Mentions, r.text)
		}
	}
	for i := range out {
		out[i].Text = x.phraseText(text, src, toks, ph.spans[out[i].Actor])
		out[i].Score = bufs.scoreOf(x.scorer, out[i].Text)
	}
	// A statement about one actor, named as no victim, place or object of
	// another's act, whose own words say nothing of it, concerns it in
	// every sentence that names it: "While quick to condemn others,
	// Russia has yet to issue a single condemnation."
	if len(out) == 1 && !ph.own[out[0].Actor] && len(out[0].Terms) == 0 {
		var spans []tspan
		for _, r := range refs {
			if r.actor != out[0].Actor {
				continue
			}
			for _, s := range ph.sentences {
				if r.start >= s.a && r.start < s.b {
					spans = append(spans, s)
				}
			}
		}
		out[0].Text = x.phraseText(text, src, toks, spans)
		out[0].Score = bufs.scoreOf(x.scorer, out[0].Text)
	}
	return out
}

// phraseText joins the spans of text with " … ", merged where they overlap
// or only punctuation and clause words stand between them ("We appreciate
// …, but Manila must stop …" keeps its "but", which the score weighs).
func (x *Actors) phraseText(text, src string, toks []token, spans []tspan) string {
	slices.SortFunc(spans, func(a, b tspan) int { return a.a - b.a })
	var merged []tspan
	for _, s := range spans {
		// Leave out punctuation at either end.
		for s.a < s.b && !toks[s.a].word {
			s.a++
		}
		for s.b > s.a && !toks[s.b-1].word && toks[s.b-1].text(src) != "’" && toks[s.b-1].text(src) != "'" {
			s.b--
		}
		if s.b <= s.a {
			continue
		}
		if n := len(merged); n > 0 && (s.a <= merged[n-1].b || x.onlyJoins(src, toks, merged[n-1].b, s.a)) {
			merged[n-1].b = max(merged[n-1].b, s.b)
			continue
		}
		merged = append(merged, s)
	}
	parts := make([]string, len(merged))
	for i, s := range merged {
		parts[i] = text[toks[s.a].start:toks[s.b-1].end]
	}
	return strings.Join(parts, " … ")
}

// onlyJoins reports whether toks[a:b] holds only punctuation that ends no
// sentence and clause words.
func (x *Actors) onlyJoins(src string, toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		t := toks[k]
		if t.word && x.words.is(frameClause, src, toks, k) == 0 {
			return false
		}
		if !t.word && t.text(src) != "," && t.text(src) != ";" && t.text(src) != "—" && t.text(src) != "–" {
			return false
		}
	}
	return true
}
