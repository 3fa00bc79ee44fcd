package tone

import (
	"math"
	"strings"
	"testing"
)

func TestConfusionMetrics(t *testing.T) {
	type class struct {
		p, r, f1 float64
		support  int
	}
	tests := []struct {
		name      string
		classes   []string
		gold      string // space-separated
		predicted string
		accuracy  float64
		macroF1   float64
		perClass  []class
	}{
		{
			name:    "three classes",
			classes: []string{"neg", "neu", "pos"},
			gold:    "neg neg neg neu neu pos pos pos pos",
			// neg: 2 of 3 right, 3 predicted; neu: 1 of 2, 2 predicted;
			// pos: 3 of 4, 4 predicted.
			predicted: "neg neg neu neu pos pos pos neg pos",
			accuracy:  6.0 / 9,
			macroF1:   (2.0/3 + 0.5 + 0.75) / 3,
			perClass:  []class{{2.0 / 3, 2.0 / 3, 2.0 / 3, 3}, {0.5, 0.5, 0.5, 2}, {0.75, 0.75, 0.75, 4}},
		},
		{
			name:    "conflict, precision and recall differ",
			classes: []string{"conflict", "none"},
			gold:    "conflict conflict conflict conflict none none none none none none",
			// conflict: 3 right of 4, 5 predicted: P 0.6, R 0.75, F1 2/3.
			// none: 4 right of 6, 5 predicted: P 0.8, R 2/3, F1 8/11.
			predicted: "conflict conflict conflict none conflict conflict none none none none",
			accuracy:  0.7,
			macroF1:   (2.0/3 + 8.0/11) / 2,
			perClass:  []class{{0.6, 0.75, 2.0 / 3, 4}, {0.8, 2.0 / 3, 8.0 / 11, 6}},
		},
		{
			name:    "a class never predicted scores 0, not NaN",
			classes: []string{"conflict", "none"},
			gold:    "conflict none none none",
			// conflict: nothing predicted: P 0, R 0, F1 0. none: P 3/4, R 1.
			predicted: "none none none none",
			accuracy:  0.75,
			macroF1:   (0 + 2*0.75/1.75) / 2,
			perClass:  []class{{0, 0, 0, 1}, {0.75, 1, 2 * 0.75 / 1.75, 3}},
		},
		{
			name:      "a class absent from gold and predictions is left out of macro-F1",
			classes:   []string{"neg", "neu", "pos"},
			gold:      "neg pos pos",
			predicted: "neg pos neg",
			accuracy:  2.0 / 3,
			// neg: P 1/2, R 1, F1 2/3; pos: P 1, R 1/2, F1 2/3; neu absent.
			macroF1:  2.0 / 3,
			perClass: []class{{0.5, 1, 2.0 / 3, 1}, {0, 0, 0, 0}, {1, 0.5, 2.0 / 3, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewConfusion(tt.classes)
			gold, pred := strings.Fields(tt.gold), strings.Fields(tt.predicted)
			for i := range gold {
				if err := c.Add(gold[i], pred[i]); err != nil {
					t.Fatal(err)
				}
			}
			if c.Total() != len(gold) {
				t.Errorf("total %d, want %d", c.Total(), len(gold))
			}
			if !near(c.Accuracy(), tt.accuracy) {
				t.Errorf("accuracy %.6f, want %.6f", c.Accuracy(), tt.accuracy)
			}
			if !near(c.MacroF1(), tt.macroF1) {
				t.Errorf("macro-F1 %.6f, want %.6f", c.MacroF1(), tt.macroF1)
			}
			for i, want := range tt.perClass {
				got := c.Class(i)
				if !near(got.Precision, want.p) || !near(got.Recall, want.r) || !near(got.F1, want.f1) || got.Support != want.support {
					t.Errorf("%s: P %.4f R %.4f F1 %.4f support %d; want %.4f %.4f %.4f %d",
						got.Class, got.Precision, got.Recall, got.F1, got.Support, want.p, want.r, want.f1, want.support)
				}
			}
		})
	}
}

func TestConfusionUnknownClass(t *testing.T) {
	c := NewConfusion([]string{"neg", "pos"})
	if err := c.Add("neg", "maybe"); err == nil || !strings.Contains(err.Error(), `"maybe"`) {
		t.Errorf("Add with an unknown prediction: err = %v", err)
	}
	if err := c.Add("none", "neg"); err == nil {
		t.Error("Add with an unknown gold class: no error")
	}
	if c.Total() != 0 {
		t.Errorf("failed Adds counted: total %d", c.Total())
	}
}

func TestROCAUC(t *testing.T) {
	tests := []struct {
		name     string
		scores   []float64
		positive []bool
		want     float64
	}{
		{"perfect", []float64{3, 2, 1, 0}, []bool{true, true, false, false}, 1},
		{"reversed", []float64{0, 1, 2, 3}, []bool{true, true, false, false}, 0},
		{"all tied", []float64{1, 1}, []bool{true, false}, 0.5},
		// Positives 0.9 and 0.7 against negatives 0.8, 0.6, 0.5: 0.9 beats
		// all three, 0.7 beats two: 5 of 6 pairs.
		{"five of six pairs", []float64{0.9, 0.8, 0.7, 0.6, 0.5}, []bool{true, false, true, false, false}, 5.0 / 6},
		// The positive ties one negative (half), beats one, loses to one.
		{"a tie counts half", []float64{0.5, 0.5, 0.2, 0.9}, []bool{true, false, false, false}, 1.5 / 3},
		{"input order does not matter", []float64{0.5, 0.2, 0.9, 0.5}, []bool{false, false, false, true}, 1.5 / 3},
	}
	for _, tt := range tests {
		if got := ROCAUC(tt.scores, tt.positive); !near(got, tt.want) {
			t.Errorf("%s: AUC %.6f, want %.6f", tt.name, got, tt.want)
		}
	}
	if got := ROCAUC([]float64{1, 2}, []bool{true, true}); !math.IsNaN(got) {
		t.Errorf("one class only: AUC %v, want NaN", got)
	}
}

func TestSchemes(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  Scheme
		ok    bool
	}{
		{"conflict", ConflictNone, true}, {"none", ConflictNone, true},
		{"neg", NegNeuPos, true}, {"neu", NegNeuPos, true}, {"pos", NegNeuPos, true},
		{"hostile", FiveLabels, true}, {"warm", FiveLabels, true},
		{"Conflict", "", false}, {"positive", "", false}, {"", "", false},
	} {
		got, ok := SchemeOf(tt.label)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SchemeOf(%q) = %q, %v; want %q, %v", tt.label, got, ok, tt.want, tt.ok)
		}
	}

	labels := Labels()
	for _, tt := range []struct {
		scheme Scheme
		want   []string // FromLabel of hostile .. warm
		nb     []string // FromNB of p = 0.1, 0.35, 0.45, 0.5, 0.55, 0.65, 0.9
	}{
		{ConflictNone, []string{"conflict", "conflict", "none", "none", "none"},
			[]string{"conflict", "conflict", "conflict", "none", "none", "none", "none"}},
		{NegNeuPos, []string{"neg", "neg", "neu", "pos", "pos"},
			[]string{"neg", "neg", "neu", "neu", "neu", "pos", "pos"}},
		{FiveLabels, []string{"hostile", "critical", "neutral", "cordial", "warm"},
			[]string{"hostile", "critical", "neutral", "neutral", "neutral", "cordial", "warm"}},
	} {
		for i, l := range labels {
			if got := tt.scheme.FromLabel(l); got != tt.want[i] {
				t.Errorf("%s: FromLabel(%s) = %q, want %q", tt.scheme, l, got, tt.want[i])
			}
		}
		for i, p := range []float64{0.1, 0.35, 0.45, 0.5, 0.55, 0.65, 0.9} {
			if got := tt.scheme.FromNB(p); got != tt.nb[i] {
				t.Errorf("%s: FromNB(%v) = %q, want %q", tt.scheme, p, got, tt.nb[i])
			}
		}
	}
	if !FiveLabels.Negative("critical") || FiveLabels.Negative("neutral") || !ConflictNone.Negative("conflict") ||
		ConflictNone.Negative("none") || !NegNeuPos.Negative("neg") || NegNeuPos.Negative("pos") {
		t.Error("Negative puts a class on the wrong side")
	}
}

func TestEvaluateScores(t *testing.T) {
	gold := []string{"conflict", "conflict", "none", "none"}
	scores := []Score{
		{Tone: -0.6, Label: Hostile, NBPositive: 0.9, NBLogOdds: 2.2},
		{Tone: 0.1, Label: Neutral, NBPositive: 0.2, NBLogOdds: -1.4},
		{Tone: -0.2, Label: Critical, NBPositive: 0.3, NBLogOdds: -0.8},
		{Tone: 0.3, Label: Cordial, NBPositive: 0.7, NBLogOdds: 0.8},
	}
	d, nb, err := EvaluateScores(ConflictNone, gold, scores)
	if err != nil {
		t.Fatal(err)
	}
	// demarche: conflict predicted for texts 1 and 3, right once; by -tone
	// the conflicts rank 1st and 3rd of 4: 3 of 4 pairs.
	if c := d.Confusion.Class(0); c.Precision != 0.5 || c.Recall != 0.5 || !near(d.AUC, 0.75) {
		t.Errorf("demarche: P %v R %v AUC %v; want 0.5 0.5 0.75", c.Precision, c.Recall, d.AUC)
	}
	// NB alone: conflict for texts 2 and 3 (p < 0.5); by -log-odds the
	// conflicts rank 1st and 4th: 2 of 4 pairs.
	if c := nb.Confusion.Class(0); c.Precision != 0.5 || c.Recall != 0.5 || !near(nb.AUC, 0.5) {
		t.Errorf("naive bayes: P %v R %v AUC %v; want 0.5 0.5 0.5", c.Precision, c.Recall, nb.AUC)
	}
	if _, _, err := EvaluateScores(NegNeuPos, gold, scores); err == nil || !strings.Contains(err.Error(), `"conflict"`) {
		t.Errorf("gold labels of another scheme: err = %v", err)
	}
	if _, _, err := EvaluateScores(ConflictNone, gold[:3], scores); err == nil {
		t.Error("mismatched lengths: no error")
	}
}
