package actor

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/tone/wordsplit"
)

// Form says how a mention named its actor.
type Form string

// The forms of a mention.
const (
	FormName       Form = "name"        // the canonical name: "Russia"
	FormAlias      Form = "alias"       // another name: "Russian Federation", "Tony Blinken"
	FormDemonym    Form = "demonym"     // "Russian", "Russians"
	FormCapital    Form = "capital"     // "Moscow"
	FormSeat       Form = "seat"        // "the Kremlin", "State Department"
	FormFamilyName Form = "family name" // "Lavrov", derived from "Sergei Lavrov"
)

// Gazetteer is a set of actors ready for matching. Build one with [New]; it
// is read-only afterwards and safe for concurrent use.
type Gazetteer struct {
	actors []Actor
	byName map[string][]int // canonical name -> rows (several for a person)
	// byFirst holds the patterns by their first token (see firstWord).
	byFirst map[string]firstWord
	// firsts has the bit wordsplit.FilterHash(w) set for the first
	// token w of each pattern: most words of a text start no name, and
	// this tells so for nearly all of them without the map lookup.
	firsts [1 << 10]uint64
}

// firstWord is the patterns that start with one token, longest first (in
// order among those of one length), the patterns of one token last.
type firstWord struct {
	list []pattern
	// single is where the patterns of one token start in list.
	single int
	// seconds has bit secondBit(w) set for the second token w of each
	// pattern of more than one: a pattern of more than one token can
	// match only where the text's next word, or the word it is the
	// possessive of, has its bit set.
	seconds uint64
}

// secondBit is the bit of word w in firstWord.seconds: from its first
// byte and its length.
func secondBit(w string) uint64 {
	if w == "" {
		return 0
	}
	return 1 << ((uint(w[0]) + 7*uint(len(w))) & 63)
}

// pattern is one name of an actor, as tokens.
type pattern struct {
	toks  []string // normalized
	cases []caseRule
	name  string // the actor's canonical name
	kind  Kind
	form  Form
}

// New builds a gazetteer from sets of actors, in order (the embedded data
// first, then each file given by the user). A state or organisation whose
// name is already present replaces the earlier one; person rows add offices.
// When two actors share a name, the later one keeps it. It fails when a
// person's country is neither a state nor an organisation of the result;
// the error names the file and line of the row.
func New(sets ...[]Actor) (*Gazetteer, error) {
	rows := 0
	for _, set := range sets {
		rows += len(set)
	}
	g := &Gazetteer{byName: make(map[string][]int, rows), actors: make([]Actor, 0, rows)}
	type rowKey struct {
		name   string
		person bool
	}
	index := make(map[rowKey]int, rows)
	for _, set := range sets {
		for _, a := range set {
			k := rowKey{a.Name, a.Kind == Person}
			i, ok := index[k]
			if ok && a.Kind != Person {
				g.actors[i] = a
				continue
			}
			if ok && slices.ContainsFunc(g.byName[a.Name], func(i int) bool {
				b := g.actors[i]
				return b.Role == a.Role && b.Country == a.Country && b.From == a.From
			}) {
				continue // the same office listed again
			}
			index[k] = len(g.actors)
			g.byName[a.Name] = append(g.byName[a.Name], len(g.actors))
			g.actors = append(g.actors, a)
		}
	}
	for _, a := range g.actors {
		if a.Kind != Person {
			continue
		}
		if c, ok := g.Actor(a.Country); !ok || c.Kind == Person {
			return nil, &ParseError{File: a.File, Line: a.Line,
				Err: fmt.Errorf("country %q of %s is not a state or organisation of the gazetteer", a.Country, a.Name)}
		}
	}
	g.index()
	return g, nil
}

// index builds the patterns: every name of every actor, later actors
// taking a name from earlier ones, then derived family names.
func (g *Gazetteer) index() {
	n := 0
	for _, a := range g.actors {
		n += 1 + len(a.Aliases) + 2*len(a.Demonyms) + len(a.Capitals) + len(a.Seats)
	}
	claimed := make(map[string]pattern, n) // key -> pattern
	order := make([]string, 0, n)
	var (
		k keyer
		// The patterns' words and case rules are cut from arrays shared
		// by many patterns: 3,000 patterns, two small slices each.
		words []string
		cases []caseRule
	)
	claim := func(s string, a Actor, form Form) {
		toks, kb := k.key(s)
		if len(toks) == 0 {
			return
		}
		prev, seen := claimed[string(kb)]
		if seen && prev.name == a.Name && prev.kind == a.Kind {
			return // the same actor: keep the first form
		}
		key := string(kb)
		if len(toks) > cap(words)-len(words) {
			words = make([]string, 0, max(len(toks), 1024))
			cases = make([]caseRule, 0, max(len(toks), 1024))
		}
		at := len(words)
		words = k.appendWords(words, key)
		for _, t := range toks {
			cases = append(cases, caseOf(t))
		}
		p := pattern{toks: words[at:len(words):len(words)], cases: cases[at:len(cases):len(cases)], name: a.Name, kind: a.Kind, form: form}
		if !seen {
			order = append(order, key)
		}
		claimed[key] = p
	}
	for _, a := range g.actors {
		claim(a.Name, a, FormName)
		for _, s := range a.Aliases {
			claim(s, a, FormAlias)
		}
		for _, s := range a.Demonyms {
			claim(s, a, FormDemonym)
			if pl, ok := plural(s); ok {
				claim(pl, a, FormDemonym)
			}
		}
		for _, s := range a.Capitals {
			claim(s, a, FormCapital)
		}
		for _, s := range a.Seats {
			claim(s, a, FormSeat)
		}
	}
	// Family names: only those that name one country's people and are
	// no other name.
	type family struct {
		name    string // as written
		person  Actor
		country string // the first person's country
		several bool   // another person of the name has another country
	}
	var (
		families []family
		famOf    = make(map[string]int)  // key -> index in families
		given    = make(map[string]bool) // first words of people's names
		fields   []string
	)
	for _, a := range g.actors {
		if a.Kind != Person {
			continue
		}
		for i := -1; i < len(a.Aliases); i++ {
			n := a.Name
			if i >= 0 {
				n = a.Aliases[i]
			}
			if fields = appendFields(fields[:0], n); len(fields) > 1 {
				// Normalized into the keyer's buffer, free until its
				// next key: the map keeps a string only when new.
				k.buf = wordsplit.AppendNormalized(k.buf[:0], fields[0])
				if !given[string(k.buf)] {
					given[string(k.buf)] = true
				}
			}
		}
	}
	for _, a := range g.actors {
		if a.Kind != Person {
			continue
		}
		fam, firstWord := familyName(a.Name, familyFirst[a.Country])
		_, kb := k.key(fam)
		if len(kb) == 0 || commonWords[string(kb)] || (firstWord && given[string(kb)]) {
			continue
		}
		if _, ok := claimed[string(kb)]; ok {
			continue
		}
		if i, ok := famOf[string(kb)]; ok {
			families[i].several = families[i].several || a.Country != families[i].country
			continue
		}
		key := string(kb)
		famOf[key] = len(families)
		families = append(families, family{name: fam, person: a, country: a.Country})
	}
	for _, f := range families {
		if !f.several {
			claim(f.name, f.person, FormFamilyName) // appends its key to order
		}
	}
	g.byFirst = patternsByFirstWord(claimed, order)
	for first := range g.byFirst {
		h := wordsplit.FilterHash(first)
		g.firsts[h>>6] |= 1 << (h & 63)
	}
}

// patternsByFirstWord lists the claimed patterns, in order, under their
// first word, longest first (in order among those of one length), with
// what firstWord tells of each list.
func patternsByFirstWord(claimed map[string]pattern, order []string) map[string]firstWord {
	out := make(map[string]firstWord, len(order)/2)
	for _, key := range order {
		p := claimed[key]
		fw := out[p.toks[0]]
		fw.list = append(fw.list, p)
		out[p.toks[0]] = fw
	}
	for first, fw := range out {
		slices.SortStableFunc(fw.list, func(a, b pattern) int { return len(b.toks) - len(a.toks) })
		fw.single = len(fw.list)
		for k := range fw.list {
			if len(fw.list[k].toks) == 1 {
				fw.single = min(fw.single, k)
			} else {
				fw.seconds |= secondBit(fw.list[k].toks[1])
			}
		}
		out[first] = fw
	}
	return out
}

// familyFirst are the countries whose people's names put the family name
// first ("Xi Jinping", "Moon Jae-in").
var familyFirst = map[string]bool{"China": true, "Taiwan": true, "North Korea": true, "South Korea": true}

// commonWords are family names that are also English words, often
// capitalized at the start of a sentence; they are not derived.
var commonWords = map[string]bool{
	"may": true, "power": true, "price": true, "hunt": true, "grant": true, "bishop": true, "cooper": true,
	"craft": true, "earnest": true, "rice": true, "park": true, "young": true, "long": true, "gang": true,
	"son": true, "white": true, "black": true, "brown": true, "green": true, "king": true, "rose": true,
	"hope": true, "sun": true, "will": true, "bush": true, "field": true, "major": true, "little": true,
	"lord": true, "page": true, "jun": true, "un": true, "yi": true, "to": true, "ho": true, "jin": true,
	"kang": true, "cong": true, "jian": true, "lam": true, "ri": true, "hui": true, "minh": true,
	"khan": true, "ahmed": true, "mohamed": true, "hussein": true, "hussain": true, "aziz": true,
	"kumar": true, "cohen": true, "bruce": true, "costa": true, "michel": true, "gabriel": true,
	"philippe": true, "jonathan": true, "lin": true, "lee": true, "ma": true, "kim": true,
}

// familyName returns the part of a person's name used alone for them:
// from a particle on ("von der Leyen", "da Silva"), the first word in
// countries that write it first, else the last word. Suffixes ("Jr.",
// "III") are dropped; a one-word name has none.
func familyName(name string, first bool) (fam string, firstWord bool) {
	words := strings.Fields(name)
	for len(words) > 0 {
		switch strings.TrimSuffix(strings.ToLower(words[len(words)-1]), ".") {
		case "jr", "sr", "ii", "iii", "iv":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) < 2 {
		return "", false
	}
	for k := 1; k < len(words)-1; k++ {
		switch strings.ToLower(words[k]) {
		case "von", "van", "de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "le", "la":
			return strings.Join(words[k:], " "), false
		}
	}
	if first {
		return words[0], true
	}
	last := words[len(words)-1]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
		return "", false
	}
	return last, false
}

// plural returns the plural of a one-word demonym used as a noun
// ("Palestinians", "Israelis"), when it takes an -s.
func plural(demonym string) (string, bool) {
	if strings.ContainsAny(demonym, " .") || caseOf(demonym) == upperCase {
		return "", false
	}
	for _, end := range []string{"s", "sh", "ch", "ese", "x", "z"} {
		if strings.HasSuffix(demonym, end) {
			return "", false
		}
	}
	return demonym + "s", true
}

// Actors returns every row of the gazetteer in load order.
func (g *Gazetteer) Actors() []Actor { return slices.Clone(g.actors) }

// Actor returns the actor with the canonical name; for a person, the first
// office listed.
func (g *Gazetteer) Actor(name string) (Actor, bool) {
	rows := g.byName[name]
	if len(rows) == 0 {
		return Actor{}, false
	}
	return g.actors[rows[0]], true
}

// Offices returns every row of the actor with the canonical name: one for a
// state or organisation, one per office for a person.
func (g *Gazetteer) Offices(name string) []Actor {
	var out []Actor
	for _, i := range g.byName[name] {
		out = append(out, g.actors[i])
	}
	return out
}

// Affiliation returns the state or organisation an actor speaks for: a
// state or organisation itself, a person's country (the office held on day,
// YYYY-MM-DD, when day is given and one fits; else the latest listed). It
// is empty for an unknown name.
func (g *Gazetteer) Affiliation(name, day string) string {
	// The rows are read in place: Offices would copy them, and speaker
	// countries ask this for most names they find.
	rows := g.byName[name]
	if len(rows) == 0 {
		return ""
	}
	first := &g.actors[rows[0]]
	if first.Kind != Person {
		return first.Name
	}
	if day != "" {
		for _, i := range rows {
			if a := &g.actors[i]; a.HeldOn(day) {
				return a.Country
			}
		}
	}
	latest := first
	for _, i := range rows[1:] {
		if a := &g.actors[i]; a.From > latest.From {
			latest = a
		}
	}
	return latest.Country
}

// Mention is an actor named in a run of tokens.
type Mention struct {
	// Start and End are the token span, End exclusive; a possessive
	// apostrophe standing alone after the name ("the United States '") is
	// included.
	Start, End int
	// Actor is the canonical name; Kind is its kind.
	Actor string
	Kind  Kind
	Form  Form
	// Possessive is set when the name is in the possessive ("Russia's").
	Possessive bool
	// InWord is set when the name is part of a hyphenated word
	// ("Russia-backed", "US-Japan").
	InWord bool
}

// Find returns the actors named in tokens (as [Split] gives them, as
// written), longest name first at each position, left to right, without
// overlaps. A name written in capitals in the gazetteer must be capitalized
// in the text, an acronym ("US", "WHO") written in capitals; lower-case
// names ("developing countries") match in any case. The last word of a name
// may be possessive. Within a hyphenated word that is no name, each part is
// tried alone.
func (g *Gazetteer) Find(tokens []string) []Mention {
	return g.FindNormalized(tokens, normalizeAll(tokens))
}

// FindNormalized is Find for tokens whose normalized forms the caller
// already has: norm[i] must be tokens[i] as wordsplit.Normalize gives it
// (lower case, straight apostrophes, ASCII hyphens). It saves normalizing
// them again.
func (g *Gazetteer) FindNormalized(tokens, norm []string) []Mention {
	return g.AppendFound(nil, tokens, norm)
}

// AppendFound appends to dst the mentions [Gazetteer.FindNormalized]
// returns and returns the extended slice, so that a caller that asks
// often can reuse one buffer.
func (g *Gazetteer) AppendFound(dst []Mention, tokens, norm []string) []Mention {
	out := dst
	for i := 0; i < len(tokens); {
		// Most words start no name: the filter says so before a call.
		if g.mayStart(norm[i]) {
			if m, ok := g.matchAt(tokens, norm, i); ok {
				out = append(out, m)
				i = m.End
				continue
			}
		}
		out = g.appendInWord(out, tokens, norm, i, false)
		i++
	}
	return out
}

// FindAt returns the first of the mentions [Gazetteer.Find] returns that
// start at tokens[i], when no mention before covers that token: the
// longest name there, else the first name within its hyphenated word.
// Asking whether a name starts at one place, it does not look for names
// everywhere else. norm holds the tokens' normalized forms, as for
// [Gazetteer.FindNormalized].
func (g *Gazetteer) FindAt(tokens, norm []string, i int) (Mention, bool) {
	if i < 0 || i >= len(tokens) {
		return Mention{}, false
	}
	if m, ok := g.matchAt(tokens, norm, i); ok {
		return m, true
	}
	if ms := g.appendInWord(nil, tokens, norm, i, true); len(ms) > 0 {
		return ms[0], true
	}
	return Mention{}, false
}

func normalizeAll(tokens []string) []string {
	norm := make([]string, len(tokens))
	for i, t := range tokens {
		norm[i] = normalize(t)
	}
	return norm
}

// appendInWord appends to out the names within the hyphenated word
// tokens[i], when it is one, each part tried alone; with first, only the
// first found.
func (g *Gazetteer) appendInWord(out []Mention, tokens, norm []string, i int, first bool) []Mention {
	if !strings.Contains(norm[i], "-") {
		return out
	}
	parts := strings.Split(tokens[i], "-")
	if len(parts) == 1 {
		parts = strings.FieldsFunc(tokens[i], func(r rune) bool { return r == '-' || r == '‐' || r == '‑' })
	}
	for _, part := range parts {
		one := []string{part}
		if m, ok := g.matchAt(one, []string{normalize(part)}, 0); ok {
			m.Start, m.End, m.InWord = i, i+1, true
			out = append(out, m)
			if first {
				return out
			}
		}
	}
	return out
}

// matchAt returns the longest name starting at tokens[i].
func (g *Gazetteer) matchAt(tokens, norm []string, i int) (Mention, bool) {
	if m, ok := g.matchKey(norm[i], tokens, norm, i); ok {
		return m, true
	}
	if b, ok := possessive(norm[i]); ok {
		return g.matchKey(b, tokens, norm, i) // a one-word name in the possessive
	}
	return Mention{}, false
}

// mayStart reports whether a name may start at the normalized word w, as
// itself or as the word it is the possessive of: false means no name
// does (see firsts).
func (g *Gazetteer) mayStart(w string) bool {
	if g.mayBeFirst(w) {
		return true
	}
	b, ok := possessive(w)
	return ok && g.mayBeFirst(b)
}

// mayBeFirst reports whether w may be the first token of a pattern.
func (g *Gazetteer) mayBeFirst(w string) bool {
	h := wordsplit.FilterHash(w)
	return g.firsts[h>>6]&(1<<(h&63)) != 0
}

// matchKey returns the longest name starting at tokens[i] among the
// patterns whose first word is key.
func (g *Gazetteer) matchKey(key string, tokens, norm []string, i int) (Mention, bool) {
	if !g.mayBeFirst(key) {
		return Mention{}, false
	}
	fw, ok := g.byFirst[key]
	if !ok {
		return Mention{}, false
	}
	list := fw.list
	if i+1 >= len(norm) || !fw.mayGoOn(norm[i+1]) {
		list = list[fw.single:] // one token
	}
	for k := range list {
		// By pointer: a pattern is 96 bytes, and most are ruled out by
		// their second word, which mayMatch (inlined) asks before the
		// call to match.
		if p := &list[k]; p.mayMatch(norm, i) {
			if m, ok := p.match(tokens, norm, i); ok {
				return m, true
			}
		}
	}
	return Mention{}, false
}

// mayGoOn reports whether a pattern of more than one token may match
// where next is the text's next token: it or the word it is the
// possessive of is the second token of one.
func (fw *firstWord) mayGoOn(next string) bool {
	if fw.seconds&secondBit(next) != 0 {
		return true
	}
	b, ok := possessive(next)
	return ok && fw.seconds&secondBit(b) != 0
}

// mayMatch reports whether p may match at norm[i]: its words fit in norm
// and its second word is norm[i+1] or, for a two-word name whose last
// word may be possessive, begins it. Many patterns share a first word
// ("the", "republic", "united"), and the second word rules out most of
// them; only a last word may be possessive, and a possessive starts with
// its base. match is asked only where mayMatch says yes.
func (p *pattern) mayMatch(norm []string, i int) bool {
	n := len(p.toks)
	if i+n > len(norm) {
		return false
	}
	return n == 1 || norm[i+1] == p.toks[1] || n == 2 && strings.HasPrefix(norm[i+1], p.toks[1])
}

// match reports whether p matches at tokens[i], where mayMatch said it
// may: its words fit and its second word is the text's.
func (p *pattern) match(tokens, norm []string, i int) (Mention, bool) {
	m := Mention{Start: i, End: i + len(p.toks), Actor: p.name, Kind: p.kind, Form: p.form}
	for k, want := range p.toks {
		j := i + k
		text, got := tokens[j], norm[j]
		if got != want && k == len(p.toks)-1 {
			if b, ok := possessive(got); ok && b == want {
				got, m.Possessive = b, true
				text = strings.TrimRight(text[:len(text)-1], "'’") // drop the s, then the apostrophe
			}
		}
		if got != want || !p.cases[k].fits(text) {
			return Mention{}, false
		}
	}
	// "the United States' position": the apostrophe is a token of its own.
	if e := m.End; !m.Possessive && e < len(tokens) && (tokens[e] == "'" || tokens[e] == "’") && strings.HasSuffix(norm[e-1], "s") {
		m.End, m.Possessive = e+1, true
	}
	return m, true
}
