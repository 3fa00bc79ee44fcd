package tone

import (
	"math"
	"strings"
	"testing"

	"github.com/demarche/demarche/lexicon"
)

const testLexiconCSV = `term,category,tone,cooperation,assertiveness,scale
refus*,rejection,-0.5,-0.4,0.3,
concern,concern,-0.3,-0.2,0,
welcome*,welcome,0.5,0.4,0,
oppose,rejection,-0.6,-0.5,0.5,
firmly oppose,rejection,-0.7,-0.6,0.8,
cooperation,cooperation,0.4,0.5,0,
never,negator,,,,
not,negator,,,,
deeply,intensifier,,,,1.5
somewhat,downtoner,,,,0.5
but,contrast,,,,
kindly,politeness,,,,
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

func TestScoreRules(t *testing.T) {
	s := testScorer(t, nil)
	w := DefaultWeights()
	k := w.Saturation
	tests := []struct {
		text    string
		terms   string  // FormatTerms of the result
		lexicon float64 // expected lexicon score
	}{
		{"We have concern.", "concern:-0.30", -0.3 / math.Sqrt(0.09+k)},
		{"We are deeply concern here", "concern(x1.50):-0.45", -0.45 / math.Sqrt(0.45*0.45+k)},
		{"It is somewhat concern", "concern(x0.50):-0.15", -0.15 / math.Sqrt(0.15*0.15+k)},
		// Double negation: a negated refusal is conciliatory.
		{"Russia has never refused dialogue", "refused(negated):+0.30", 0.3 / math.Sqrt(0.09+k)},
		// Multi-word expressions beat their words.
		{"We firmly oppose it", "firmly oppose:-0.70", -0.7 / math.Sqrt(0.49+k)},
		// Contrast: the clause after "but" weighs more, the one before less.
		{"We welcome the step but have concern", "welcome(x0.60):+0.30;concern(x1.40):-0.42", -0.12 / math.Sqrt(0.0144+k)},
		// A negator flips only the first weighted term it reaches.
		{"we never refused concern", "refused(negated):+0.30;concern:-0.30", 0},
		// Negation does not reach across a sentence end.
		{"Not now. We welcome it.", "welcome:+0.50", 0.5 / math.Sqrt(0.25+k)},
		// Politeness does not make a demand friendly and adds nothing.
		{"Kindly oppose", "oppose:-0.60", -0.6 / math.Sqrt(0.36+k)},
		{"nothing to see", "", 0},
	}
	for _, tt := range tests {
		got := s.Score(tt.text)
		if terms := FormatTerms(got.Terms); terms != tt.terms {
			t.Errorf("%q: terms %q, want %q", tt.text, terms, tt.terms)
		}
		if !near(got.Lexicon, tt.lexicon) {
			t.Errorf("%q: lexicon %.6f, want %.6f", tt.text, got.Lexicon, tt.lexicon)
		}
		// Without a model, tone is the lexicon score.
		if !near(got.Tone, tt.lexicon) || got.NBPositive != 0.5 {
			t.Errorf("%q: tone %.6f nb %.2f; want %.6f and 0.5", tt.text, got.Tone, got.NBPositive, tt.lexicon)
		}
	}
}

func TestAssertiveness(t *testing.T) {
	s := testScorer(t, nil)
	k := DefaultWeights().Saturation
	tests := []struct {
		text string
		want float64
	}{
		{"plain words", 0.5},
		{"you must act", 0.5 + 0.5*0.6/math.Sqrt(0.36+k)},
		{"it may happen", 0.5 - 0.5*0.4/math.Sqrt(0.16+k)},
		{"we firmly oppose", 0.5 + 0.5*0.8/math.Sqrt(0.64+k)},
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
	w := DefaultWeights()
	s := testScorer(t, constModel(3))
	nb := math.Tanh(3 / w.ModelTemperature)

	got := s.Score("plain words")
	if want := w.ModelWeight * nb; !near(got.Tone, want) {
		t.Errorf("no evidence: tone %.6f, want %.6f", got.Tone, want)
	}
	if want := 1 / (1 + math.Exp(-3)); !near(got.NBPositive, want) {
		t.Errorf("nb_positive %.6f, want %.6f", got.NBPositive, want)
	}

	got = s.Score("We firmly oppose it")
	lambda := w.ModelWeight / (1 + w.ModelDecay*0.7)
	lex := -0.7 / math.Sqrt(0.49+w.Saturation)
	if want := (1-lambda)*lex + lambda*nb; !near(got.Tone, want) {
		t.Errorf("with evidence: tone %.6f, want %.6f", got.Tone, want)
	}
	if got.Label != Hostile {
		t.Errorf("label %q, want hostile", got.Label)
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
	tests := []struct {
		tone float64
		want Label
	}{
		{-1, Hostile}, {-0.5, Hostile}, {-0.49, Critical}, {-0.15, Critical}, {-0.14, Neutral},
		{0, Neutral}, {0.149, Neutral}, {0.15, Cordial}, {0.49, Cordial}, {0.5, Warm}, {1, Warm},
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
		xi.ToneMax != 0.8 || xi.Label != Cordial || !near(xi.CooperationMean, 0.1) || !near(xi.AssertivenessMean, 0.6) {
		t.Errorf("Xi summary = %+v", xi)
	}
	if xi.Counts != [5]int{1, 0, 0, 1, 1} || xi.Count(Warm) != 1 || xi.Count(Hostile) != 1 {
		t.Errorf("Xi counts = %v", xi.Counts)
	}
	if got[1].Speaker != "Vladimir Putin" || got[1].Statements != 1 {
		t.Errorf("second speaker = %+v", got[1])
	}
}

// TestTallyMerge checks that tallies merged from parts summarise like one
// tally over all the statements (issue #5: speakers merged across files).
func TestTallyMerge(t *testing.T) {
	mk := func(tone, coop float64) Scored {
		return Scored{Statement: Statement{Speaker: "x", Kind: Direct},
			Score: Score{Tone: tone, Label: LabelFor(tone), Cooperation: coop, Assertiveness: 0.5}}
	}
	stmts := []Scored{mk(-0.7, -0.2), mk(0.1, 0), mk(0.6, 0.8), mk(-0.2, 0.4)}
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
