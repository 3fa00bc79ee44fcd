package tone

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/demarche/demarche/lexicon"
)

const testLexiconCSV = `term,category,tone,cooperation,assertiveness,scale
refus*,rejection,-0.5,-0.4,0.3,
concern,concern,-0.3,-0.2,0,
welcome*,welcome,0.5,0.4,0,
oppose,rejection,-0.6,-0.5,0.5,
firmly oppose,rejection,-0.7,-0.6,0.8,
cooperation,cooperation,0.4,0.5,0,
escalate,conflict,-0.6,-0.6,0.3,
detente,peace,0.4,0.4,0,
stop,demand,-0.3,-0.35,0.6,
call on,appeal,0,0.1,0.4,
crisis,situation,-0.4,-0.15,0.2,
no credibility,criticism,-0.5,-0.3,0.5,
so-called,delegitimising,-0.45,-0.2,0.3,
thank,gratitude,0.4,0.3,0,
thank you mr president,politeness,,,,
never,negator,,,,
not,negator,,,,
no,negator,,,,
deeply,intensifier,,,,1.5
somewhat,downtoner,,,,0.5
but,contrast,,,,
although,concession,,,,
kindly,politeness,,,,
immediately,booster,0,0,0.5,
must,booster,0,0,0.6,
may,hedge,0,0,-0.4,
`

func testScorer(t *testing.T, model Model) *Scorer {
	t.Helper()
	entries, err := lexicon.Parse(strings.NewReader(testLexiconCSV), "test.csv")
	if err != nil {
		t.Fatal(err)
	}
	return NewScorer(lexicon.New(entries), model)
}

// constModel returns the same log-odds for every text.
type constModel float64

func (m constModel) LogOdds(string) float64 { return float64(m) }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// testWeights are round values, distinct per rule, so that each expected
// weight below can be worked out by hand.
func testWeights() Weights {
	return Weights{
		NegationFactor: -0.6, NegatedNegative: -0.5, NegationReach: 4, ModifierReach: 2,
		BeforeContrast: 0.6, AfterContrast: 1.4, Imperative: 1.5, Target: 2,
		Concern: 0.6, Pressure: 0.4, Situation: 0.6, Conflict: 0.6, Positive: 0.5,
		Hostility: 1, Delegitimising: 1, Regret: 1, Euphemism: 1,
		Saturation: 0.5, ModelWeight: 0.25, ModelDecay: 4, ModelTemperature: 6,
	}
}

func TestScoreRules(t *testing.T) {
	s := testScorer(t, nil).WithWeights(testWeights())
	k := testWeights().Saturation
	sat := func(sum float64) float64 { return sum / math.Sqrt(sum*sum+k) }
	tests := []struct {
		name    string
		text    string
		terms   string  // FormatTerms of the result
		lexicon float64 // expected lexicon score
	}{
		{"concern weighs Concern", "We have concern.", "concern:-0.18", sat(-0.3 * 0.6)},
		{"intensifier", "We are deeply concern here", "concern(x1.50):-0.27", sat(-0.3 * 0.6 * 1.5)},
		{"downtoner", "It is somewhat concern", "concern(x0.50):-0.09", sat(-0.3 * 0.6 * 0.5)},
		{"double negation is conciliatory", "They have never refused dialogue", "refused(negated):+0.25", sat(0.25)},
		{"a negated positive", "We do not welcome it", "welcome(negated):-0.30", sat(-0.3)},
		{"multi-word expressions beat their words", "We firmly oppose it", "firmly oppose:-0.70", sat(-0.7)},
		{"a negator changes only the first weighted term", "we never refused concern", "refused(negated):+0.25;concern:-0.18", sat(0.25 - 0.18)},
		{"negation stops at a sentence end", "Not now. We welcome it.", "welcome:+0.50", sat(0.5)},
		// Nor does it reach past a contrast: "no choice but to" affirms.
		{"negation stops at a contrast", "We have no choice but to oppose", "oppose(x1.40):-0.84", sat(-0.84)},
		{"not one thing but another", "There is no way but cooperation", "cooperation(x1.40):+0.56", sat(0.56)},
		// Contrast: the clause after "but" weighs more, the one before
		// less; a positive term beside a negative one weighs Positive.
		{"contrast", "We welcome the step but have concern", "welcome(x0.60):+0.15;concern(x1.40):-0.25", sat(0.15 - 0.252)},
		// A concession weighs less up to its comma, what follows more.
		{"concession first", "Although we welcome it, we have concern", "welcome(x0.60):+0.15;concern(x1.40):-0.25", sat(0.15 - 0.252)},
		{"concession last", "We have concern, although we welcome it", "concern:-0.18;welcome(x0.60):+0.15", sat(-0.18 + 0.15)},
		{"no compounding of contrast", "Although we welcome it, we have concern but oppose", "welcome(x0.60):+0.15;concern(x0.60):-0.11;oppose(x1.40):-0.84",
			sat(0.15 - 0.108 - 0.84)},
		// Prohibition: after must/should, or "do not" opening a clause, a
		// negator forbids and the negative term keeps its sign.
		{"prohibition", "They must not escalate", "escalate(prohibited):-0.36", sat(-0.36)},
		{"prohibition by do not", "Do not escalate", "escalate(prohibited):-0.36", sat(-0.36)},
		{"plain negation of a negative term", "They did not escalate", "escalate(negated):+0.18", sat(0.18)},
		{"an obligation carries over to 'and not'", "They should wait and not escalate", "escalate(prohibited):-0.36", sat(-0.36)},
		{"'and not' without an obligation negates", "They waited and not escalate", "escalate(negated):+0.18", sat(0.18)},
		// The words for a bad state of affairs weigh Situation.
		{"a situation word", "The crisis goes on", "crisis:-0.24", sat(-0.24)},
		// Imperatives: a demand opening a clause, bare or after politeness.
		{"imperative", "Stop the shelling", "stop(x1.50):-0.18", sat(-0.18)},
		{"imperative after a degree word", "Immediately stop", "stop(x1.50):-0.18", sat(-0.18)},
		{"politeness does not soften an imperative", "Kindly stop the shelling", "stop(x1.50):-0.18", sat(-0.18)},
		{"a demand that does not open its clause", "They will stop", "stop:-0.12", sat(-0.12)},
		{"politeness adds nothing", "Kindly oppose", "oppose:-0.60", sat(-0.6)},
		// A clause that names a state: its negative terms weigh Target.
		{"a named state", "Russia refused to talk", "refused(x2.00):-1.00", sat(-1)},
		{"a demonym names a state", "The Russian side refused", "refused(x2.00):-1.00", sat(-1)},
		{"positive terms are not targeted", "Russia will welcome it", "welcome:+0.50", sat(0.5)},
		{"a state named as a place is no party", "They refused in eastern Russia", "refused:-0.50", sat(-0.5)},
		{"a delegation naming itself is no party", "Russia reaffirms that they refused", "refused:-0.50", sat(-0.5)},
		{"the other state named is a party", "Russia reaffirms that Ukraine refused", "refused(x2.00):-1.00", sat(-1)},
		{"a state taking its stance is no party", "Russia insists that they refused", "refused:-0.50", sat(-0.5)},
		// A term that contains its own negator is not turned by another.
		{"self-negated term", "No validity, no credibility", "no credibility:-0.50", sat(-0.5)},
		{"a delegitimising label stays one", "They are not the so-called leaders", "so-called:-0.45", sat(-0.45)},
		{"accents are folded", "Une vraie détente", "detente:+0.24", sat(0.24)},
		{"a title's period does not end the clause", "Thank you, Mr. President.", "", 0},
		{"nothing", "nothing to see", "", 0},
	}
	for _, tt := range tests {
		got := s.Score(tt.text)
		if terms := FormatTerms(got.Terms); terms != tt.terms {
			t.Errorf("%s: %q: terms %q, want %q", tt.name, tt.text, terms, tt.terms)
		}
		if !near(got.Lexicon, tt.lexicon) {
			t.Errorf("%s: %q: lexicon %.6f, want %.6f", tt.name, tt.text, got.Lexicon, tt.lexicon)
		}
		// Without a model, tone is the lexicon score.
		if !near(got.Tone, tt.lexicon) || got.NBPositive != 0.5 || got.ModelShare != 0 {
			t.Errorf("%s: %q: tone %.6f nb %.2f share %.2f; want %.6f, 0.5 and 0", tt.name, tt.text, got.Tone, got.NBPositive, got.ModelShare, tt.lexicon)
		}
	}
}

// TestObjectRule checks that a term a stance term governs weighs Object:
// "welcomes cooperation" says one thing, not two.
func TestObjectRule(t *testing.T) {
	w := testWeights()
	w.Object, w.ObjectReach = 0.5, 3
	s := testScorer(t, nil).WithWeights(w)
	tests := []struct {
		text, terms string
	}{
		{"We welcome cooperation", "welcome:+0.50;cooperation(object):+0.20"},
		{"We welcome the new cooperation", "welcome:+0.50;cooperation(object):+0.20"},
		{"We welcome it, and cooperation", "welcome:+0.50;cooperation:+0.40"},                    // a pause ends the object
		{"We welcome the move but cooperation", "welcome(x0.60):+0.30;cooperation(x1.40):+0.56"}, // so does a contrast
		{"We welcome the very long and slow cooperation", "welcome:+0.50;cooperation:+0.40"},     // out of reach
		{"They oppose cooperation", "oppose:-0.60;cooperation(object):+0.10"},                    // and Positive
		{"We have concern, cooperation", "concern:-0.18;cooperation:+0.20"},                      // mixed: Positive
		{"They oppose it and will escalate", "oppose:-0.60;escalate:-0.36"},                      // a new verb: no object
		{"They oppose it and escalate", "oppose:-0.60;escalate(object):-0.18"},
	}
	for _, tt := range tests {
		if got := FormatTerms(s.Score(tt.text).Terms); got != tt.terms {
			t.Errorf("%q: terms %q, want %q", tt.text, got, tt.terms)
		}
	}
}

// TestTermFactors checks that a term's weight is the product of the
// factors it reports, which --explain shows.
func TestTermFactors(t *testing.T) {
	s := testScorer(t, nil).WithWeights(testWeights())
	for _, text := range []string{
		"Although Russia deeply concern us, we welcome it but must not escalate",
		"Kindly stop. They have never refused dialogue.",
	} {
		for _, term := range s.Score(text).Terms {
			if want := term.Base * term.Group * term.Modifier * term.Negation * term.Target * term.Contrast * term.Directive; !near(term.Weight, want) {
				t.Errorf("%q: %s weighs %.6f, its factors give %.6f (%+v)", text, term.Text, term.Weight, want, term)
			}
			if want := term.Modifier * term.Target * term.Contrast * term.Directive; !near(term.Scale, want) {
				t.Errorf("%q: %s has scale %.6f, want %.6f", text, term.Text, term.Scale, want)
			}
		}
	}
}

func TestAssertiveness(t *testing.T) {
	s := testScorer(t, nil).WithWeights(testWeights())
	k := testWeights().Saturation
	tests := []struct {
		text string
		want float64
	}{
		{"plain words", 0.5},
		{"you must act", 0.5 + 0.5*0.6/math.Sqrt(0.36+k)},
		{"it may happen", 0.5 - 0.5*0.4/math.Sqrt(0.16+k)},
		{"we firmly oppose", 0.5 + 0.5*0.8/math.Sqrt(0.64+k)},
		// An imperative asserts at least as much as "must".
		{"stop it", 0.5 + 0.5*0.6/math.Sqrt(0.36+k)},
	}
	for _, tt := range tests {
		if got := s.Score(tt.text).Assertiveness; !near(got, tt.want) {
			t.Errorf("%q: assertiveness %.6f, want %.6f", tt.text, got, tt.want)
		}
	}
}

// TestModelBlend checks that the model's share shrinks as lexicon evidence
// grows.
func TestModelBlend(t *testing.T) {
	w := testWeights()
	s := testScorer(t, constModel(3)).WithWeights(w)
	nb := math.Tanh(3 / w.ModelTemperature)

	got := s.Score("plain words")
	if want := w.ModelWeight * nb; !near(got.Tone, want) {
		t.Errorf("no evidence: tone %.6f, want %.6f", got.Tone, want)
	}
	if want := 1 / (1 + math.Exp(-3)); !near(got.NBPositive, want) {
		t.Errorf("nb_positive %.6f, want %.6f", got.NBPositive, want)
	}
	if got.NBLogOdds != 3 || !near(got.NBTone, nb) || !near(got.ModelShare, w.ModelWeight) {
		t.Errorf("no evidence: log-odds %v, nb tone %.6f, share %.6f; want 3, %.6f, %.6f", got.NBLogOdds, got.NBTone, got.ModelShare, nb, w.ModelWeight)
	}

	got = s.Score("We firmly oppose it")
	lambda := w.ModelWeight / (1 + w.ModelDecay*0.7)
	lex := -0.7 / math.Sqrt(0.49+w.Saturation)
	if want := (1-lambda)*lex + lambda*nb; !near(got.Tone, want) {
		t.Errorf("with evidence: tone %.6f, want %.6f", got.Tone, want)
	}
	if !near(got.ModelShare, lambda) || !near(got.Evidence, 0.7) || !near(got.LexiconSum, -0.7) {
		t.Errorf("with evidence: share %.6f evidence %.6f sum %.6f; want %.6f, 0.7, -0.7", got.ModelShare, got.Evidence, got.LexiconSum, lambda)
	}
	if got.Label != LabelFor(got.Tone) {
		t.Errorf("label %q, want %q", got.Label, LabelFor(got.Tone))
	}
}

func TestScoreRangesOnExtremeInput(t *testing.T) {
	s := testScorer(t, constModel(1e6))
	for _, text := range []string{
		"",
		strings.Repeat("firmly oppose ", 10000),
		strings.Repeat("welcome cooperation ", 10000),
		strings.Repeat("never not deeply deeply somewhat ", 1000),
	} {
		got := s.Score(text)
		for name, v := range map[string]float64{"tone": got.Tone, "lexicon": got.Lexicon, "cooperation": got.Cooperation} {
			if math.IsNaN(v) || v < -1 || v > 1 {
				t.Errorf("%.20q: %s = %v out of [-1, 1]", text, name, v)
			}
		}
		if a := got.Assertiveness; math.IsNaN(a) || a < 0 || a > 1 {
			t.Errorf("%.20q: assertiveness = %v out of [0, 1]", text, a)
		}
	}
}

func TestLabelFor(t *testing.T) {
	const e = 1e-9
	tests := []struct {
		tone float64
		want Label
	}{
		{-1, Hostile}, {HostileMax, Hostile}, {HostileMax + e, Critical}, {CriticalMax, Critical},
		{CriticalMax + e, Neutral}, {0, Neutral}, {CordialMin - e, Neutral}, {CordialMin, Cordial},
		{WarmMin - e, Cordial}, {WarmMin, Warm}, {1, Warm},
	}
	if !(-1 < HostileMax && HostileMax < CriticalMax && CriticalMax < 0 && 0 < CordialMin && CordialMin < WarmMin && WarmMin < 1) {
		t.Fatalf("thresholds out of order: %v %v %v %v", HostileMax, CriticalMax, CordialMin, WarmMin)
	}
	for _, tt := range tests {
		if got := LabelFor(tt.tone); got != tt.want {
			t.Errorf("LabelFor(%v) = %q, want %q", tt.tone, got, tt.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	mk := func(speaker string, kind Kind, tone, coop, assert float64) Scored {
		return Scored{Statement: Statement{Speaker: speaker, Kind: kind},
			Score: Score{Tone: tone, Label: LabelFor(tone), Cooperation: coop, Assertiveness: assert}}
	}
	got := Summarize([]Scored{
		mk("Xi Jinping", Direct, -0.6, -0.5, 0.9),
		mk("", Narration, 0.9, 0.9, 0.9),
		mk("Vladimir Putin", Reported, 0.2, 0.4, 0.5),
		mk("Xi Jinping", Reported, 0.4, 0.3, 0.5),
		mk("Xi Jinping", Direct, 0.8, 0.5, 0.4),
	})
	if len(got) != 2 {
		t.Fatalf("got %d speakers, want 2: %+v", len(got), got)
	}
	xi := got[0]
	if xi.Speaker != "Xi Jinping" || xi.Statements != 3 || !near(xi.ToneMean, 0.2) || xi.ToneMin != -0.6 ||
		xi.ToneMax != 0.8 || xi.Label != LabelFor(0.2) || !near(xi.CooperationMean, 0.1) || !near(xi.AssertivenessMean, 0.6) {
		t.Errorf("Xi summary = %+v", xi)
	}
	if xi.Counts != [5]int{1, 0, 0, 1, 1} || xi.Count(Warm) != 1 || xi.Count(Hostile) != 1 {
		t.Errorf("Xi counts = %v", xi.Counts)
	}
	if got[1].Speaker != "Vladimir Putin" || got[1].Statements != 1 {
		t.Errorf("second speaker = %+v", got[1])
	}
}

// TestSummariesCopiesNames checks that Summaries keeps a copy of a
// speaker's name, not the document text it was cut from, and counts the
// speaker's later statements under it.
func TestSummariesCopiesNames(t *testing.T) {
	doc := strings.Repeat("x", 1000) + "Mao Ning said the talks were candid."
	var s Summaries
	s.Add(&Scored{Statement: Statement{Speaker: doc[1000:1008], Kind: Direct}, Score: Score{Tone: -0.4}})
	s.Add(&Scored{Statement: Statement{Speaker: "Mao Ning", Kind: Reported}, Score: Score{Tone: 0.2}})
	got := s.Result()
	if len(got) != 1 || got[0].Speaker != "Mao Ning" || got[0].Statements != 2 || !near(got[0].ToneMean, -0.1) {
		t.Fatalf("summaries %+v, want Mao Ning's two statements", got)
	}
	name, lo := unsafe.StringData(got[0].Speaker), unsafe.StringData(doc)
	if p := uintptr(unsafe.Pointer(name)); p >= uintptr(unsafe.Pointer(lo)) && p < uintptr(unsafe.Pointer(lo))+uintptr(len(doc)) {
		t.Errorf("the speaker's name is a part of the document, not a copy")
	}
}

// TestLabelIndex holds a Tally's counts to the order of Labels, and
// leaves a label outside it uncounted.
func TestLabelIndex(t *testing.T) {
	for i, l := range Labels() {
		if got := labelIndex(l); got != i {
			t.Errorf("labelIndex(%q) = %d, want %d", l, got, i)
		}
	}
	for _, l := range []Label{"", "Warm", "hostil", "hostiles"} {
		if got := labelIndex(l); got != -1 {
			t.Errorf("labelIndex(%q) = %d, want -1", l, got)
		}
	}
	var tl Tally
	tl.Add(Scored{Score: Score{Label: "other"}})
	if s := tl.Summary("x"); s.Counts != [5]int{} || s.Statements != 1 {
		t.Errorf("a statement of an unknown label: %+v", s)
	}
}

// BenchmarkScoreLexiconOnly scores a typical Security Council sentence with the
// embedded lexicon and no model.
func BenchmarkScoreLexiconOnly(b *testing.B) {
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := NewScorer(lex, nil)
	text := "Although we welcome the release of some detainees, the Russian Federation continues to flagrantly violate its commitments, and we urge it to immediately cease its provocations."
	b.ReportAllocs()
	for b.Loop() {
		s.Score(text)
	}
}

// TestTallyMerge checks that tallies merged from parts summarise like one
// tally over all the statements (issue #5: speakers merged across files).
func TestTallyMerge(t *testing.T) {
	mk := func(tone, coop float64) Scored {
		return Scored{Statement: Statement{Speaker: "x", Kind: Direct},
			Score: Score{Tone: tone, Label: LabelFor(tone), Cooperation: coop, Assertiveness: 0.5}}
	}
	stmts := []Scored{mk(-0.7, -0.2), mk(0.1, 0), mk(0.6, 0.8), mk(-0.4, 0.4)}
	var all, a, b, empty Tally
	for i, s := range stmts {
		all.Add(s)
		if i < 1 {
			a.Add(s)
		} else {
			b.Add(s)
		}
	}
	var merged Tally
	merged.Merge(empty)
	merged.Merge(a)
	merged.Merge(b)
	merged.Merge(empty)
	got, want := merged.Summary("x"), all.Summary("x")
	if got.Statements != 4 || got.ToneMin != -0.7 || got.ToneMax != 0.6 || !near(got.ToneMean, want.ToneMean) ||
		!near(got.CooperationMean, 0.25) || got.Counts != [5]int{1, 1, 1, 0, 1} || got.Label != Neutral {
		t.Errorf("merged summary = %+v, want %+v", got, want)
	}
	if e := empty.Summary("y"); e.Statements != 0 || e.ToneMin != 0 || e.ToneMax != 0 || e.Label != Neutral {
		t.Errorf("empty summary = %+v", e)
	}
}

func TestAnalyzerWithoutNarration(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	an := NewAnalyzer(a, testScorer(t, nil))
	doc := "The talks lasted an hour.\n\n“We oppose the blockade of our ports,” Lavrov said."
	all := an.Analyze(doc)
	some := an.WithoutNarration().Analyze(doc)
	if len(all) != 2 || all[0].Kind != Narration || len(some) != 1 || some[0].Kind != Direct {
		t.Fatalf("with narration %+v; without %+v", all, some)
	}
	if some[0].Index != 2 || some[0].Statement != all[1].Statement {
		t.Errorf("without narration the statement is %+v, want the same as %+v", some[0].Statement, all[1].Statement)
	}
}

func TestCategoryWeight(t *testing.T) {
	w := Weights{
		Concern: 0.2, Pressure: 0.3, Threat: 0.4, Situation: 0.5, Conflict: 0.6,
		Hostility: 0.7, Delegitimising: 0.8, Regret: 0.9, Euphemism: 1.1,
	}
	tests := []struct {
		category lexicon.Category
		tone     float64
		want     float64
	}{
		{lexicon.Concern, -0.5, 0.2},
		{lexicon.Demand, -0.5, 0.3},
		{lexicon.Warning, -0.5, 0.3},
		{lexicon.Appeal, -0.5, 0.3},
		{lexicon.Threat, -0.5, 0.4},
		{lexicon.Situation, -0.5, 0.5},
		{lexicon.Peace, 0.5, 0.5}, // war and peace are topics, whatever their sign
		{lexicon.Conflict, -0.5, 0.6},
		{lexicon.Hostility, -0.5, 0.7},
		{lexicon.Delegitimising, -0.5, 0.8},
		{lexicon.Regret, -0.5, 0.9},
		{lexicon.Euphemism, -0.5, 1.1},
		{lexicon.Euphemism, 0.5, 1}, // "constructive": positive terms weigh 1 here
		{lexicon.Condemnation, -0.5, 1},
		{lexicon.Accusation, -0.5, 1},
		{lexicon.Welcome, 0.5, 1},
	}
	for _, tt := range tests {
		e := &lexicon.Entry{Term: "x", Category: tt.category, Tone: tt.tone}
		if got := w.categoryWeight(e); got != tt.want {
			t.Errorf("categoryWeight(%s, tone %.1f) = %v, want %v", tt.category, tt.tone, got, tt.want)
		}
	}
}

// TestPartyStem checks the words a state's name may hide in, and that
// other words, hyphenated or not, are left alone.
func TestPartyStem(t *testing.T) {
	for _, tt := range []struct {
		word, want string
		ok         bool
	}{
		{"russia's", "russia", true},
		{"pro-russian", "russian", true},
		{"russian-backed", "russian", true},
		{"iran-led", "iran", true},
		{"us-led", "us", true},
		{"state-sponsored", "state", true},
		{"kremlin-installed", "kremlin", true},
		{"north-korean-controlled", "north-korean", true},
		{"-led", "-led", false},
		{"led", "led", false},
		{"well-read", "well-read", false},
		{"backed", "backed", false},
		{"win-win", "win-win", false},
		{"russia", "russia", false},
		{"", "", false},
	} {
		if got, ok := partyStem(tt.word); got != tt.want || ok != tt.ok {
			t.Errorf("partyStem(%q) = %q, %v, want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMayBeParty holds mayBeParty, partyFinder.named's filter before
// partyStem, to every word partyStem finds a name in, on words made of
// the pieces its endings and prefix are made of.
func TestMayBeParty(t *testing.T) {
	pieces := []string{"", "p", "pro", "pro-", "s", "'s", "'", "d", "-", "led", "-led", "russia", "n", "backed", "-backed", "ed"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				w := a + b + c
				if _, ok := partyStem(w); ok && !mayBeParty(w) {
					t.Errorf("mayBeParty(%q) = false, but partyStem finds a name in it", w)
				}
			}
		}
	}
	for _, w := range []string{"sanctions", "peace", "president", "said", "p", "s", "d'", "pros"} {
		if mayBeParty(w) {
			t.Errorf("mayBeParty(%q) = true, want false", w)
		}
	}
}

// TestAbbreviation checks the words a period after which ends no clause:
// titles, single letters and words with a period of their own, at every
// length, not words as long as a title or longer (issue #6 made words
// past the longest title skip the titles).
func TestAbbreviation(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"mr", true}, {"messrs", true}, {"para", true}, {"x", true},
		{"u.s", true}, {"u.n", true}, {"e.g", true}, {"a.b.c.d.e", true},
		{"", false}, {"ok", false}, {"talks", false}, {"talked", false},
		{"messrss", false}, {"cooperation", false}, {"president", false},
	}
	for _, tt := range tests {
		if got := abbreviation(tt.w); got != tt.want {
			t.Errorf("abbreviation(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestPartyNamed holds partyFinder.named to the words it reads: a state's
// name found in a possessive or compound anywhere in the clause, before or
// after other such words, and not a state named as a place or as the
// speaker (issue #6 made the endings come off only from the first word
// that has one).
func TestPartyNamed(t *testing.T) {
	p := testScorer(t, nil).parties
	tests := []struct {
		clause string
		want   bool
	}{
		{"we condemn russia's aggression", true},
		{"the government's and russia's aggression", true},
		{"we condemn the pro-russian militants", true},
		{"the attack by russian-backed forces", true},
		{"the minister's remarks were regrettable", false},
		{"the violence in eastern ukraine's towns", false},
		{"the violence in eastern ukraine", false},
		{"we condemn the attack", false},
		{"", false},
	}
	var buf []string
	for _, tt := range tests {
		if got := p.named(strings.Fields(tt.clause), &buf); got != tt.want {
			t.Errorf("named(%q) = %v, want %v", tt.clause, got, tt.want)
		}
	}
}

// TestAnalyzerWithoutModel checks that leaving the model out (issue #6:
// per-speaker rows do not show its reading) changes no tone, label,
// cooperation, assertiveness or term while the model has no share in
// tone, and that the model still runs when it has one.
func TestAnalyzerWithoutModel(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "testdata", "sample", "leaders-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	shared := DefaultWeights()
	shared.ModelWeight = 0.5
	for _, tt := range []struct {
		name    string
		scorer  *Scorer
		skipped bool // the model is left out: NBPositive 0.5 throughout
	}{
		{"default weights", defaultScorer(t), true},
		{"model weight 0.5", defaultScorer(t).WithWeights(shared), false},
	} {
		with := NewAnalyzer(a, tt.scorer).Analyze(doc)
		without := NewAnalyzer(a, tt.scorer).WithoutModel().Analyze(doc)
		if len(with) != len(without) || len(with) == 0 {
			t.Fatalf("%s: %d and %d statements", tt.name, len(with), len(without))
		}
		modelRan := false
		for i := range with {
			w, o := with[i].Score, without[i].Score
			if w.Tone != o.Tone || w.Label != o.Label || w.Lexicon != o.Lexicon || w.Cooperation != o.Cooperation ||
				w.Assertiveness != o.Assertiveness || !reflect.DeepEqual(w.Terms, o.Terms) {
				t.Errorf("%s: statement %d scores %+v without the model, %+v with it", tt.name, i+1, o, w)
			}
			if o.NBPositive != 0.5 {
				modelRan = true
				if o.NBPositive != w.NBPositive {
					t.Errorf("%s: statement %d: NBPositive %v without, %v with", tt.name, i+1, o.NBPositive, w.NBPositive)
				}
			}
		}
		if modelRan == tt.skipped {
			t.Errorf("%s: model ran %v, want %v", tt.name, modelRan, !tt.skipped)
		}
	}
}

// TestKeepSlabs checks the slabs keep copies terms into: a document's
// first is the size reserve asks (a full slab at most), the ones after it
// a quarter of that, or as many as one statement has; without reserve
// (one statement scored) they double from the first statement's; and
// what keep hands out has no room to append into the slab.
func TestKeepSlabs(t *testing.T) {
	tests := []struct {
		name    string
		reserve int   // 0: no reserve
		keeps   []int // terms kept, one statement each
		caps    []int // the capacity of the slab each statement's terms went to
	}{
		{"short document", 40, []int{10, 20, 10}, []int{40, 40, 40}},
		{"more terms than reserved", 40, []int{30, 10, 5, 5, 20, 3}, []int{40, 40, 16, 16, 20, 16}},
		{"more than a slab", 4000, []int{500, 12, 600, 1}, []int{512, 512, 600, 512}},
		{"more than a quarter left", 400, []int{400, 10, 90, 10, 100}, []int{400, 100, 100, 100, 100}},
		{"one statement at a time", 0, []int{3, 3, 10, 1, 5, 100}, []int{3, 16, 16, 16, 32, 100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf scoreBuf
			if tt.reserve > 0 {
				buf.reserve(tt.reserve)
			}
			for i, n := range tt.keeps {
				terms := make([]Term, n)
				for k := range terms {
					terms[k].Text = fmt.Sprint(i, k)
				}
				got := buf.keep(terms)
				if !slices.Equal(got, terms) || cap(got) != n {
					t.Fatalf("statement %d: kept %d terms with room for %d, want its %d and no room", i, len(got), cap(got), n)
				}
				if c := cap(buf.kept); c != tt.caps[i] {
					t.Errorf("statement %d (%d terms): slab of %d, want %d", i, n, c, tt.caps[i])
				}
			}
		})
	}
}

// TestTermText holds a term's text to the words it matched, lower case,
// joined by single spaces: a term of several words without a prefix
// word gives its own text, one with a prefix word the words as written.
func TestTermText(t *testing.T) {
	entries, err := lexicon.Parse(strings.NewReader(`term,category,tone,cooperation,assertiveness,scale
firmly oppose,rejection,-0.7,-0.6,0.8,
welcome* warmly,welcome,0.5,0.4,0,
express* grave concern,concern,-0.6,-0.4,0.3,
concern,concern,-0.3,-0.2,0,
`), "test.csv")
	if err != nil {
		t.Fatal(err)
	}
	s := NewScorer(lexicon.New(entries), nil)
	tests := []struct {
		text string
		want []string
	}{
		{"We Firmly OPPOSE the plan.", []string{"firmly oppose"}},
		{"They welcomed  warmly the deal.", []string{"welcomed warmly"}},
		{"We Expressed GRAVE concern, and concern.", []string{"expressed grave concern", "concern"}},
		{"Welcome warmly", []string{"welcome warmly"}},
	}
	for _, tt := range tests {
		var got []string
		for _, term := range s.Score(tt.text).Terms {
			got = append(got, term.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Score(%q) terms %q, want %q", tt.text, got, tt.want)
		}
	}
}
