package tone

import (
	"slices"

	"github.com/demarche/demarche/tone/actor"
)

// tclause is a tspan of a statement that no target phrase crosses: a
// sentence, or a part of one split at a clause word ("but", "while",
// "and" before a verb), a relative word, or punctuation.
type tclause struct {
	start, end int // token tspan
	body       int // the first token after the opening clause or relative word
	sentence   int
	conj       bool // opened by a clause word
	relative   bool // opened by a relative word
}

// continuationVerbs open a clause that continues the subject of the clause
// before: "Russia, a permanent member of the Council, must withdraw".
var continuationVerbs = map[string]bool{
	"must": true, "should": true, "has": true, "have": true, "had": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "can": true, "cannot": true, "could": true,
	"continues": true, "continue": true, "remains": true, "remain": true, "bears": true, "bear": true,
	"shall": true, "may": true, "might": true, "did": true, "does": true, "do": true,
}

// splitClauses cuts a statement's tokens into clauses.
func (x *Actors) splitClauses(src string, toks []token, refs []ref) []tclause {
	startsRef := make(map[int]bool, len(refs))
	endsRef := make(map[int]bool, len(refs)) // the token after an actor's name
	inRef := make(map[int]bool, len(refs))
	for _, r := range refs {
		startsRef[r.start] = true
		endsRef[r.end] = true
		for k := r.start; k < r.end; k++ {
			inRef[k] = true
		}
	}
	// refAfter reports whether an actor starts at i, after determiners.
	refAfter := func(i int) bool {
		for i < len(toks) && toks[i].word && !startsRef[i] && x.words.is(frameDeterminer, src, toks, i) > 0 {
			i++
		}
		return i < len(toks) && startsRef[i]
	}
	var out []tclause
	cur := tclause{}
	sentence := 0
	cut := func(at int, next tclause) {
		if at > cur.start {
			cur.end = at
			cur.sentence = sentence
			out = append(out, cur)
		}
		cur = next
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			switch t.text(src) {
			case ".", "!", "?":
				if t.text(src) == "." && i > 0 && toks[i-1].word && ((abbreviations[toks[i-1].lower(src)] || toks[i-1].lower(src) == "no") || len([]rune(toks[i-1].text(src))) == 1 ||
					containsRune(toks[i-1].text(src), '.')) {
					continue
				}
				cut(i, tclause{start: i + 1, body: i + 1})
				sentence++
			case ";", ":", "…", "(", ")", "[", "]", "—", "–", "-":
				cut(i, tclause{start: i + 1, body: i + 1})
			}
			// A comma alone splits nothing: lists ("a good comrade, good
			// friend"), appositives and participles ("…, killing four
			// civilians") belong to their clause. It ends a relative
			// clause: "those who took the observers hostage, Russia …".
			if t.text(src) == "," && cur.relative {
				cut(i, tclause{start: i + 1, body: i + 1})
			}
			continue
		}
		if inRef[i] {
			continue
		}
		if n := x.words.is(frameRelative, src, toks, i); n > 0 && i > cur.start {
			cut(i, tclause{start: i, body: i + n, relative: true})
			i += n - 1
			continue
		}
		if n := x.words.is(frameClause, src, toks, i); n > 0 {
			switch t.lower(src) {
			case "and", "or", "nor":
				// "Russia and China" is one subject; ", and Kyiv thanks"
				// starts a clause, unless the comma is in a list of
				// actors ("Japan, Korea, and China").
				listComma := i > 0 && toks[i-1].text(src) == "," && i > 1 && !endsRef[i-1]
				if refAfter(i+n) && !listComma {
					continue
				}
			case "but":
				if i > 0 && toks[i-1].word {
					switch toks[i-1].lower(src) {
					case "nothing", "anything", "all", "everything", "none", "last":
						continue
					}
				}
			}
			if i == cur.start {
				cur.conj, cur.body = true, i+n
			} else {
				cut(i, tclause{start: i, body: i + n, conj: true})
			}
			i += n - 1
		}
	}
	cut(len(toks), tclause{})
	return out
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// tspan is a token span [a, b).
type tspan struct{ a, b int }

// group is actors named together ("Japan and South Korea") in a clause.
type group struct {
	refs     []ref
	detStart int       // the first token, determiners included
	gov      int       // the governing preposition, or -1
	govKind  frameKind // its kind
	self     bool      // every actor is the speaker's own
}

func (g group) frameStart() int {
	if g.gov >= 0 {
		return g.gov
	}
	return g.detStart
}

func (g group) sameActors(h group) bool {
	for _, r := range h.refs {
		if !slices.ContainsFunc(g.refs, func(q ref) bool { return q.actor == r.actor }) {
			return false
		}
	}
	return true
}

// agent says who does what a clause says.
type agent int

const (
	agentNone  agent = iota // nobody named: "The coup in Niger must be reversed"
	agentSelf               // the speaker: "We condemn …", "China urges …"
	agentOther              // another actor: "Russia attacked …"
)

// phrasing is what phrases finds in a statement.
type phrasing struct {
	// spans are, for each actor other than the speaker's own, the spans
	// of the statement that concern it.
	spans map[string][]tspan
	// own marks the actors that stand somewhere as a victim, a place or
	// the object of another actor's act: only their own words concern
	// them there.
	own map[string]bool
	// sentences are the statement's sentences.
	sentences []tspan
}

// phrases finds the spans of a statement that concern each actor.
func (x *Actors) phrases(src string, toks []token, refs []ref) phrasing {
	clauses := x.splitClauses(src, toks, refs)
	p := phrasing{spans: make(map[string][]tspan), own: make(map[string]bool)}
	for _, c := range clauses {
		if n := len(p.sentences); n == c.sentence+1 {
			p.sentences[n-1].b = c.end
		} else {
			p.sentences = append(p.sentences, tspan{c.start, c.end})
		}
	}
	out := p.spans
	add := func(g group, s tspan) {
		if s.b <= s.a {
			return
		}
		for _, r := range g.refs {
			if !r.self {
				out[r.actor] = append(out[r.actor], s)
			}
		}
	}
	var prevGroups []group
	var prevSubject *group
	prevAgent := agentNone
	prevSentence := -1
	for _, c := range clauses {
		if c.sentence != prevSentence {
			prevGroups, prevSubject, prevAgent = nil, nil, agentNone
			prevSentence = c.sentence
		}
		groups := x.groups(src, toks, refs, c)
		subject := x.subject(src, toks, c, groups)
		ag := agentNone
		limit := c.end
		if len(groups) > 0 {
			limit = groups[0].frameStart()
		}
		switch {
		case x.speakerWordIn(src, toks, c.body, min(limit, c.body+5)):
			ag = agentSelf
		case subject >= 0:
			ag = agentOther
			if groups[subject].self {
				ag = agentSelf
			}
		case c.relative && len(prevGroups) > 0:
			ag = agentOther
			if prevGroups[len(prevGroups)-1].self {
				ag = agentSelf
			}
		case c.conj || x.continues(src, toks, c):
			ag = prevAgent
		}
		// A relative clause speaks of the actor just named; a clause that
		// opens with a verb continues the subject before it ("…, must
		// withdraw", "… and are simply smearing China").
		first := c.end
		for _, g := range groups {
			if !g.self {
				first = g.frameStart()
				break
			}
		}
		switch {
		case c.relative && len(prevGroups) > 0:
			add(prevGroups[len(prevGroups)-1], tspan{c.body, first})
		case subject < 0 && prevSubject != nil && ag != agentSelf && (x.continues(src, toks, c) || c.conj):
			add(*prevSubject, tspan{c.body, first})
		}
		// First each group's role, and for the groups that are victims,
		// places or the objects of another's act their own words; then
		// the other groups' phrases, which run to the next group that
		// has a phrase of its own and leave out the own words of those
		// between.
		roles := make([]groupRole, len(groups))
		for gi := range groups {
			roles[gi] = x.role(src, toks, c, groups, gi, subject, ag)
		}
		for gi, g := range groups {
			r := roles[gi]
			if r.own {
				add(g, r.span)
				for _, ref := range g.refs {
					p.own[ref.actor] = true
				}
				continue
			}
			if gi == subject {
				// The subject owns the clause but for the other actors'
				// own words.
				for _, sp := range x.subjectSpans(src, toks, c, groups, roles, gi) {
					add(g, sp)
				}
				continue
			}
			b := r.span.b
			var holes []tspan
			for hi := gi + 1; hi < len(groups); hi++ {
				h := groups[hi]
				if h.self || g.sameActors(h) {
					continue
				}
				if !roles[hi].own {
					b = min(b, h.frameStart())
					break
				}
				holes = append(holes, roles[hi].span)
			}
			for _, sp := range cut(tspan{r.span.a, b}, holes) {
				add(g, sp)
			}
		}
		prevGroups = groups
		if subject >= 0 {
			prevSubject = &groups[subject]
		}
		prevAgent = ag
	}
	return p
}

// subject returns the group that is the clause's subject, or -1: the first
// group, when it is not after a preposition and stands among the first
// words of the clause ("The Kremlin bears …", "North Korea's launch is …"),
// or follows "of" or "by" in the clause's first noun phrase ("The crimes of
// the Zionist regime …", "Today's statement by the Russian Foreign
// Minister …").
func (x *Actors) subject(src string, toks []token, c tclause, groups []group) int {
	if len(groups) == 0 {
		return -1
	}
	g := groups[0]
	switch {
	case g.gov < 0 && wordsBetween(toks, c.body, g.detStart) <= 2:
		return 0
	case (g.govKind == frameOf || g.govKind == frameBy) && wordsBetween(toks, c.body, g.gov) <= 3 &&
		x.words.is(framePatient, src, toks, g.gov-1) == 0 && !x.prepBetween(src, toks, c.body, g.gov) && !x.speakerWordIn(src, toks, c.body, g.gov):
		return 0
	}
	return -1
}

// subjectSpans returns the clause without the other actors' own words: the
// frames and names of the groups after the subject ("Russia has refused …
// outstretched hand" without "Ukraine's").
func (x *Actors) subjectSpans(src string, toks []token, c tclause, groups []group, roles []groupRole, gi int) []tspan {
	g := groups[gi]
	var holes []tspan
	for hi := gi + 1; hi < len(groups); hi++ {
		h := groups[hi]
		if h.self || g.sameActors(h) {
			continue
		}
		if roles[hi].own {
			holes = append(holes, roles[hi].span)
		} else {
			holes = append(holes, tspan{h.frameStart(), x.coreEnd(src, toks, h, c)})
		}
	}
	return cut(tspan{c.body, c.end}, holes)
}

// cut returns s without the holes, which are in order.
func cut(s tspan, holes []tspan) []tspan {
	var out []tspan
	a := s.a
	for _, h := range holes {
		if h.b <= a || h.a >= s.b {
			continue
		}
		if h.a > a {
			out = append(out, tspan{a, h.a})
		}
		a = max(a, h.b)
	}
	if a < s.b {
		out = append(out, tspan{a, s.b})
	}
	return out
}

// groupRole is what a group is in its clause: the span that concerns it
// before other groups are taken into account, and whether that span is
// its own words only.
type groupRole struct {
	span tspan
	own  bool
}

// role returns the role of groups[gi] in clause c, whose subject and
// agent are known.
func (x *Actors) role(src string, toks []token, c tclause, groups []group, gi, subject int, ag agent) groupRole {
	g := groups[gi]
	b := c.end
	if g.gov >= 0 {
		b = x.frameEnd(src, toks, g, c)
	}
	switch {
	case g.govKind == frameWith:
		// "work with Russia", up to the next frame: "against hegemony".
		return groupRole{span: tspan{c.body, b}}
	case g.govKind == frameAgainst:
		return groupRole{span: tspan{g.gov, min(b, x.verbAfter(src, toks, g, c))}, own: true}
	case x.victims(src, toks, g):
		// "the Ukrainian people", "four Ukrainian civilians", "in
		// Ukraine's internal affairs".
		return groupRole{span: tspan{g.frameStart(), x.coreEnd(src, toks, g, c)}, own: true}
	case g.govKind != frameBy && g.gov >= 0 && (ag == agentOther && gi != subject || x.placeFrame(src, toks, g)):
		// Someone else acts on it, or it is where something happens:
		// only the frame's own words concern it.
		return groupRole{span: tspan{g.gov, min(b, x.verbAfter(src, toks, g, c))}, own: true}
	case g.govKind == frameOf && g.gov > 0 && x.words.is(framePatient, src, toks, g.gov-1) > 0:
		return groupRole{span: tspan{g.gov, min(b, x.verbAfter(src, toks, g, c))}, own: true}
	case gi == subject:
		return groupRole{span: tspan{c.body, c.end}}
	case g.govKind != frameNone:
		return groupRole{span: tspan{x.segmentStart(src, toks, c, groups, gi, ag), c.end}}
	case gi > 0 && g.gov < 0 && groups[gi-1].refs[len(groups[gi-1].refs)-1].poss && groups[gi-1].refs[len(groups[gi-1].refs)-1].end == g.detStart:
		// "Sweden's NATO membership": it qualifies another actor's noun.
		return groupRole{span: tspan{g.detStart, x.coreEnd(src, toks, g, c)}, own: true}
	case ag == agentOther:
		return groupRole{span: tspan{g.detStart, x.coreEnd(src, toks, g, c)}, own: true}
	}
	return groupRole{span: tspan{c.body, c.end}}
}

// verbAfter returns the first auxiliary or modal among the few words
// after a group's names ("against Ukraine must end"), or the clause's end.
func (x *Actors) verbAfter(src string, toks []token, g group, c tclause) int {
	end := g.refs[len(g.refs)-1].end
	for k := end; k < c.end && k < end+12; k++ {
		if toks[k].word && continuationVerbs[toks[k].lower(src)] {
			return k
		}
	}
	return c.end
}

// coreEnd is where a group's own words end: after its names, and for a
// possessive or demonym after the few words it qualifies ("Ukraine's
// outstretched hand").
func (x *Actors) coreEnd(src string, toks []token, g group, c tclause) int {
	r := g.refs[len(g.refs)-1]
	end := r.end
	if r.poss || r.form == actor.FormDemonym {
		for k := end; k < c.end && k < r.end+4; k++ {
			if !toks[k].word || x.words.preposition(src, toks, k) != frameNone || x.words.is(frameClause, src, toks, k) > 0 || continuationVerbs[toks[k].lower(src)] {
				break
			}
			end = k + 1
		}
	}
	return end
}

// frameEnd is where a group's prepositional frame ends: at the next
// preposition that is not "of" ("against Russia's war of aggression") nor
// "to", which may start what is asked of it ("calls on Hamas to release
// …"), or at the clause's end.
func (x *Actors) frameEnd(src string, toks []token, g group, c tclause) int {
	for k := g.refs[len(g.refs)-1].end; k < c.end; k++ {
		if toks[k].word && toks[k].lower(src) != "to" {
			if kind := x.words.preposition(src, toks, k); kind != frameNone && kind != frameOf {
				return k
			}
		}
	}
	return c.end
}

// placeFrame reports whether a group of states follows a preposition of
// place: "the coup in Niger", "to mediate in Sudan".
func (x *Actors) placeFrame(src string, toks []token, g group) bool {
	if g.gov < 0 || x.words.is(frameLocation, src, toks, g.gov) == 0 {
		return false
	}
	for _, r := range g.refs {
		if r.kind != actor.State || r.poss || (r.form != actor.FormName && r.form != actor.FormAlias) {
			return false
		}
	}
	return true
}

// victims reports whether a group's demonym or possessive qualifies people
// who suffer: "the Ukrainian people", "Palestinian civilians".
func (x *Actors) victims(src string, toks []token, g group) bool {
	r := g.refs[len(g.refs)-1]
	if r.form != actor.FormDemonym && !r.poss {
		return false
	}
	for k := r.end; k < len(toks) && k <= r.end+1; k++ {
		if toks[k].word && x.words.is(framePatient, src, toks, k) > 0 {
			return true
		}
	}
	return false
}

// segmentStart is where the words a frame modifies begin: after the
// preposition before the frame, or the clause's start when the speaker
// (or nobody) is acting and no other actor stands between.
func (x *Actors) segmentStart(src string, toks []token, c tclause, groups []group, gi int, ag agent) int {
	g := groups[gi]
	lo := c.body
	for _, h := range groups[:gi] {
		if !h.self && !g.sameActors(h) {
			lo = h.detStart
			if h.gov >= 0 {
				lo = h.gov
			}
			// Start after the other actor's own words.
			for k := h.refs[len(h.refs)-1].end; k < g.gov; k++ {
				if toks[k].word && x.words.preposition(src, toks, k) != frameNone {
					lo = k
					break
				}
			}
		}
	}
	if ag != agentOther && lo == c.body {
		return c.body
	}
	for k := g.gov - 1; k > lo; k-- {
		if toks[k].word && x.words.preposition(src, toks, k) != frameNone {
			return k
		}
	}
	return lo
}

// groups returns the actors of a clause, joined when coordinated, with the
// preposition that governs each group.
func (x *Actors) groups(src string, toks []token, refs []ref, c tclause) []group {
	var out []group
	first, _ := slices.BinarySearchFunc(refs, c.body, func(r ref, at int) int { return r.start - at })
	for i := first; i < len(refs) && refs[i].start < c.end; i++ {
		r := refs[i]
		if len(out) == maxGroups {
			break
		}
		if n := len(out); n > 0 {
			last := out[n-1].refs[len(out[n-1].refs)-1]
			if last.start == r.start || x.joined(src, toks, last.end, r.start) || (last.actor == r.actor && r.start-last.end <= 3 && !x.prepBetween(src, toks, last.end, r.start)) {
				out[n-1].refs = append(out[n-1].refs, r)
				out[n-1].self = out[n-1].self && r.self
				continue
			}
		}
		g := group{refs: []ref{r}, detStart: r.start, gov: -1, self: r.self}
		for g.detStart > c.body && toks[g.detStart-1].word && x.words.is(frameDeterminer, src, toks, g.detStart-1) > 0 {
			g.detStart--
		}
		if k := g.detStart - 1; k >= c.body && toks[k].word {
			if kind := x.words.preposition(src, toks, k); kind != frameNone {
				g.gov, g.govKind = k, kind
			}
		}
		out = append(out, g)
	}
	return out
}

// maxGroups bounds the actors read in one clause: a clause that names more
// is no sentence, and reading it whole would take time in proportion to
// their square.
const maxGroups = 100

// prepBetween reports whether a preposition stands in toks[a:b].
func (x *Actors) prepBetween(src string, toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].word && x.words.preposition(src, toks, k) != frameNone {
			return true
		}
	}
	return false
}

// speakerWordIn reports whether "we", "our" or "I" stands in toks[a:b].
func (x *Actors) speakerWordIn(src string, toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].word && x.words.is(frameSpeaker, src, toks, k) > 0 && toks[k].text(src) != "US" {
			return true
		}
	}
	return false
}

// continues reports whether a clause opens with a verb, continuing the
// subject of the clause before it.
func (x *Actors) continues(src string, toks []token, c tclause) bool {
	return c.body < c.end && toks[c.body].word && continuationVerbs[toks[c.body].lower(src)]
}

// wordsBetween counts the word tokens in toks[a:b].
func wordsBetween(toks []token, a, b int) int {
	n := 0
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}
