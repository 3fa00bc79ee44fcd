package tone

import (
	"strconv"

	"github.com/demarche/demarche/lexicon"
)

// Kind says how a statement was found in the text.
type Kind string

// The kinds of statement.
const (
	// Direct is a quotation in quotation marks.
	Direct Kind = "direct"
	// Reported is reported speech: "Xi said Beijing and Moscow should ...".
	Reported Kind = "reported"
	// Turn is a speaker's turn in a transcript ("Mao Ning: ...").
	Turn Kind = "turn"
	// Speech is a paragraph of a prepared statement, speech or remarks
	// whose heading names its speaker ("Statement by H.E. Ms. Ana Ruiz,
	// Minister for Foreign Affairs, at the General Debate"), or whose
	// speaker the caller names (see [Analyzer.AnalyzeSpeech]).
	Speech Kind = "speech"
	// Narration is the reporter's own text, attributed to nobody.
	Narration Kind = "narration"
)

// Unknown is the speaker of a statement whose speaker could not be found.
const Unknown = "unknown"

// Statement is a span of a document attributed to a speaker.
type Statement struct {
	// Index is the statement's 1-based position in its text, counting
	// every statement including narration.
	Index int
	// Paragraph is the 1-based paragraph the statement starts in.
	Paragraph int
	// Document is the 1-based number of the document of its text the
	// statement is in: 1 unless the text is a collection (see
	// [Documents]).
	Document int
	// Speaker is the canonical name of who said it; empty for narration,
	// Unknown when a statement has no identifiable speaker.
	Speaker string
	Kind    Kind
	// Text is what was said: the words inside the quotation marks for a
	// direct quote, the clause from the cue verb on for reported speech.
	Text string
	// Cue is the word or label that attributed the statement ("warned",
	// "said", "Mao Ning:"); empty for narration.
	Cue string
	// SpeakerCountry is the state or organisation the speaker speaks
	// for ("China" for "Mao Ning"); empty when unknown. [Actors.Read]
	// sets it.
	SpeakerCountry string
}

// Label is a five-step reading of a tone.
type Label string

// The labels, from hostile to warm.
const (
	Hostile  Label = "hostile"
	Critical Label = "critical"
	Neutral  Label = "neutral"
	Cordial  Label = "cordial"
	Warm     Label = "warm"
)

// Labels lists the labels from hostile to warm.
func Labels() []Label { return []Label{Hostile, Critical, Neutral, Cordial, Warm} }

// Thresholds between labels: a tone at or below HostileMax is hostile, at
// or below CriticalMax critical, below CordialMin neutral, below WarmMin
// cordial, and warm from WarmMin up.
const (
	HostileMax  = -0.5
	CriticalMax = -0.3
	CordialMin  = 0.34
	WarmMin     = 0.5
)

// LabelFor returns the label of a tone in [-1, 1].
func LabelFor(tone float64) Label {
	switch {
	case tone <= HostileMax:
		return Hostile
	case tone <= CriticalMax:
		return Critical
	case tone < CordialMin:
		return Neutral
	case tone < WarmMin:
		return Cordial
	default:
		return Warm
	}
}

// Score is the reading of one statement.
type Score struct {
	// Tone is in [-1, 1]; negative is hostile:
	// (1-ModelShare)·Lexicon + ModelShare·NBTone.
	Tone  float64
	Label Label
	// NBPositive is the Naive Bayes model's probability that the text is
	// positive, in [0, 1].
	NBPositive float64
	// NBLogOdds is the model's log-odds that the text is positive, the
	// unsquashed form of NBPositive (which rounds to 0 or 1 on long
	// texts); 0 without a model.
	NBLogOdds float64
	// NBTone is the model's reading on the tone scale,
	// tanh(NBLogOdds / ModelTemperature); 0 without a model.
	NBTone float64
	// ModelShare is the model's weight in Tone, ModelWeight / (1 +
	// ModelDecay·Evidence); 0 without a model.
	ModelShare float64
	// Lexicon is the lexicon's own tone in [-1, 1], before blending with
	// the model: LexiconSum saturated; 0 when no weighted term matched.
	Lexicon float64
	// LexiconSum is the sum of the terms' weights, and Evidence the sum of
	// their sizes.
	LexiconSum, Evidence float64
	// Cooperation is in [-1, 1], from conflict to cooperation.
	Cooperation float64
	// Assertiveness is in [0, 1], from hedged to forceful; 0.5 when
	// nothing marks it.
	Assertiveness float64
	// Terms are the lexicon matches that moved the score, in text order.
	Terms []Term
}

// Term is a lexicon match in a statement and what the rules did to it.
// Its weight is Base·Group·Modifier·Negation·Target·Contrast·Directive.
// Its flags come last, together, where they take 8 bytes; beside their
// factors they took 32 (a 1 MB piece of the bench corpus has 30,000
// terms).
type Term struct {
	// Text is the matched words as they appear, lower case.
	Text     string
	Category lexicon.Category
	// Weight is the tone the match contributed after the rules below.
	Weight float64
	// Base is the entry's own tone.
	Base float64
	// Group is the weight of the entry's kind of term (judgement,
	// pressure, situation or positive; see [Weights]).
	Group float64
	// Modifier is the product of the intensifiers and downtoners applied;
	// 1 when none applied.
	Modifier float64
	// Negation is the factor of a negator (see Negated); 1 otherwise.
	Negation float64
	// Contrast is the contrast and concession factor; 1 when none applied.
	Contrast float64
	// Target is the factor of a negative term in a clause that names a
	// state (see [Weights]); 1 otherwise.
	Target float64
	// Directive is the factor of a demand (see Imperative); 1 otherwise.
	Directive float64
	// Scale is Modifier·Target·Contrast·Directive, the factor the compact
	// form shows.
	Scale float64
	// Negated is set when a negator within reach changed the term, by the
	// factor Negation.
	Negated bool
	// Prohibited is set when the negator forbade instead ("must not
	// escalate"): the term keeps its sign.
	Prohibited bool
	// Imperative is set for a demand that opens its clause ("Stop ..."),
	// and Directive is the factor that applied to it.
	Imperative bool
	// Object is set for a term that is the object of a stance term before
	// it ("welcomes the agreement"); its Group includes Weights.Object.
	Object bool
}

// Rules says in words what the scoring rules did to the term: "negated",
// "prohibited", "object" (when that changed its weight), and the factor "x1.50" when Scale is not 1.
func (t Term) Rules() []string {
	var mods []string
	if t.Negated {
		mods = append(mods, "negated")
	}
	if t.Prohibited {
		mods = append(mods, "prohibited")
	}
	if t.Object && t.Group != 1 {
		mods = append(mods, "object")
	}
	if t.Scale != 1 && t.Scale != 0 {
		mods = append(mods, "x"+strconv.FormatFloat(t.Scale, 'f', 2, 64))
	}
	return mods
}

// String gives the compact form used in the terms column:
// "firmly oppose:-0.70", "refused(negated):+0.30", "concern(x1.50):-0.45",
// "escalate(prohibited):-0.40". The "x" factor is Scale.
func (t Term) String() string {
	return string(t.AppendText(nil))
}

// AppendText appends t.String() to b. It writes the modifiers of
// [Term.Rules] and the weight as fmt's "%+.2f" would, without building
// strings: the CSV writers call it for every term of every row.
func (t Term) AppendText(b []byte) []byte {
	b = append(b, t.Text...)
	open := len(b)
	mod := func(b []byte) []byte {
		if len(b) == open {
			return append(b, '(')
		}
		return append(b, ',')
	}
	if t.Negated {
		b = append(mod(b), "negated"...)
	}
	if t.Prohibited {
		b = append(mod(b), "prohibited"...)
	}
	if t.Object && t.Group != 1 {
		b = append(mod(b), "object"...)
	}
	if t.Scale != 1 && t.Scale != 0 {
		b = strconv.AppendFloat(append(mod(b), 'x'), t.Scale, 'f', 2, 64)
	}
	if len(b) > open {
		b = append(b, ')')
	}
	// "%+.2f": a plus sign unless strconv writes a sign ("-0.00", "+Inf").
	b = append(b, ':', '+')
	sign := len(b) - 1
	b = strconv.AppendFloat(b, t.Weight, 'f', 2, 64)
	if b[sign+1] == '-' || b[sign+1] == '+' {
		b = append(b[:sign], b[sign+1:]...)
	}
	return b
}

// FormatTerms joins terms in their compact form with ';'.
func FormatTerms(terms []Term) string {
	return string(AppendTerms(nil, terms))
}

// AppendTerms appends FormatTerms(terms) to b.
func AppendTerms(b []byte, terms []Term) []byte {
	for i, t := range terms {
		if i > 0 {
			b = append(b, ';')
		}
		b = t.AppendText(b)
	}
	return b
}

// Scored is a statement with its score.
type Scored struct {
	Statement
	Score
	// Targets are the actors the statement speaks about, with the tone
	// toward each, when [Actors.Read] was asked for them.
	Targets []Target
}
