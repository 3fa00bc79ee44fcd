package lexicon

import (
	"fmt"
	"strings"
	"unicode"
)

// Category names the kind of diplomatic language an entry belongs to. It
// decides how the scorer uses the entry: for its weights, as an
// assertiveness marker, or as a modifier of the words around it.
type Category string

// Categories that carry tone and cooperation weights.
const (
	Condemnation Category = "condemnation"
	Rejection    Category = "rejection"
	Protest      Category = "protest"
	Warning      Category = "warning"
	Threat       Category = "threat"
	Accusation   Category = "accusation"
	Concern      Category = "concern"
	Regret       Category = "regret"
	Demand       Category = "demand"
	Appeal       Category = "appeal"
	Criticism    Category = "criticism"
	Hostility    Category = "hostility"
	Conflict     Category = "conflict"
	// Situation names a bad state of affairs as a statement's topic
	// ("crisis", "tension", "humanitarian disaster"), not the speaker's
	// stance toward anyone.
	Situation      Category = "situation"
	Delegitimising Category = "delegitimising"
	Euphemism      Category = "euphemism"
	Welcome        Category = "welcome"
	Praise         Category = "praise"
	Gratitude      Category = "gratitude"
	Congratulation Category = "congratulation"
	Support        Category = "support"
	Agreement      Category = "agreement"
	Cooperation    Category = "cooperation"
	Friendship     Category = "friendship"
	Consultation   Category = "consultation"
	Commitment     Category = "commitment"
	Peace          Category = "peace"
)

// Categories that only move assertiveness.
const (
	Hedge   Category = "hedge"
	Booster Category = "booster"
)

// Modifier categories: they change the weight of the terms near them and
// carry no weights of their own.
const (
	Negator     Category = "negator"
	Intensifier Category = "intensifier"
	Downtoner   Category = "downtoner"
	// Contrast words ("but", "however") make the words after them weigh
	// more and those before them less.
	Contrast Category = "contrast"
	// Concession words ("although", "while", "despite") open a clause that
	// weighs less, up to the next comma; what follows it weighs more.
	Concession Category = "concession"
	Politeness Category = "politeness"
)

// Categories lists every valid category in the order the documentation
// gives them.
var categories = []Category{
	Condemnation, Rejection, Protest, Warning, Threat, Accusation, Concern,
	Regret, Demand, Appeal, Criticism, Hostility, Conflict, Situation, Delegitimising,
	Euphemism, Welcome, Praise, Gratitude, Congratulation, Support, Agreement,
	Cooperation, Friendship, Consultation, Commitment, Peace,
	Hedge, Booster,
	Negator, Intensifier, Downtoner, Contrast, Concession, Politeness,
}

// Categories returns every valid category, weighted ones first, then the
// assertiveness markers, then the modifiers.
func Categories() []Category {
	return append([]Category(nil), categories...)
}

// Valid reports whether c is one of [Categories].
func (c Category) Valid() bool {
	for _, k := range categories {
		if c == k {
			return true
		}
	}
	return false
}

// CategorySet is a set of categories, one bit each (the 35 categories
// leave room in its 64): a scorer that tests the category of every
// match against a few sets does so with one AND each, where comparing a
// category's name takes several compares.
type CategorySet uint64

// Set returns the set that holds c alone; the empty set when c is not
// valid.
func (c Category) Set() CategorySet {
	for i, k := range categories {
		if c == k {
			return 1 << i
		}
	}
	return 0
}

// SetOf returns the set of the categories cs.
func SetOf(cs ...Category) CategorySet {
	var s CategorySet
	for _, c := range cs {
		s |= c.Set()
	}
	return s
}

// IsModifier reports whether entries of category c modify their
// neighbours instead of carrying weights.
func (c Category) IsModifier() bool {
	switch c {
	case Negator, Intensifier, Downtoner, Contrast, Concession, Politeness:
		return true
	}
	return false
}

// Entry is one term of the lexicon with its weights.
type Entry struct {
	// Term is the word or multi-word expression, lower case, words
	// separated by single spaces; a word ending in '*' matches by prefix.
	Term     string
	Category Category
	// Tone is in [-1, 1]; negative is hostile.
	Tone float64
	// Cooperation is in [-1, 1], from conflict to cooperation.
	Cooperation float64
	// Assertiveness is in [-1, 1]; negative hedges, positive asserts.
	Assertiveness float64
	// Scale is the factor an intensifier or downtoner applies to the next
	// weighted term; zero for other categories.
	Scale float64
}

// Words returns the words of the entry's term.
func (e Entry) Words() []string { return strings.Split(e.Term, " ") }

// Validate reports the first problem with e, or nil when e is a valid
// entry.
func (e Entry) Validate() error {
	if err := validateTerm(e.Term); err != nil {
		return err
	}
	if !e.Category.Valid() {
		return fmt.Errorf("unknown category %q", e.Category)
	}
	for _, w := range []struct {
		name string
		v    float64
	}{{"tone", e.Tone}, {"cooperation", e.Cooperation}, {"assertiveness", e.Assertiveness}} {
		if w.v < -1 || w.v > 1 {
			return fmt.Errorf("%s %v is outside [-1, 1]", w.name, w.v)
		}
		if e.Category.IsModifier() && w.v != 0 {
			return fmt.Errorf("%s must be empty for the modifier category %q", w.name, e.Category)
		}
	}
	switch e.Category {
	case Intensifier:
		if !(e.Scale > 1 && e.Scale <= 4) {
			return fmt.Errorf("intensifier scale %v must be greater than 1 and at most 4", e.Scale)
		}
	case Downtoner:
		if !(e.Scale > 0 && e.Scale < 1) {
			return fmt.Errorf("downtoner scale %v must be between 0 and 1", e.Scale)
		}
	default:
		if e.Scale != 0 {
			return fmt.Errorf("scale is only for intensifiers and downtoners, not %q", e.Category)
		}
	}
	return nil
}

// validateTerm checks the spelling rules of a term.
func validateTerm(term string) error {
	if term == "" {
		return fmt.Errorf("empty term")
	}
	if len(term) > maxTermBytes {
		return fmt.Errorf("term is %d bytes long; the limit is %d", len(term), maxTermBytes)
	}
	if strings.HasPrefix(term, "#") {
		// Written back to a file it would start a comment line.
		return fmt.Errorf("term %q may not start with '#'", term)
	}
	if strings.ToLower(term) != term {
		return fmt.Errorf("term %q must be lower case", term)
	}
	words := strings.Split(term, " ")
	if len(words) > maxTermWords {
		return fmt.Errorf("term %q has %d words; the limit is %d", term, len(words), maxTermWords)
	}
	for _, w := range words {
		if w == "" {
			return fmt.Errorf("term %q has an empty word (words are separated by single spaces)", term)
		}
		star := strings.IndexByte(w, '*')
		switch {
		case star < 0:
		case star != len(w)-1:
			return fmt.Errorf("term %q: '*' may only end a word", term)
		case len([]rune(w))-1 < 4:
			return fmt.Errorf("term %q: a prefix before '*' needs at least 4 letters", term)
		}
		for _, r := range w {
			if unicode.IsSpace(r) || unicode.IsControl(r) {
				return fmt.Errorf("term %q: words are separated by single spaces and hold no control characters", term)
			}
		}
	}
	return nil
}

// Limits that keep a hostile lexicon file from costing unbounded memory.
const (
	maxTermBytes = 200
	maxTermWords = 12
)
