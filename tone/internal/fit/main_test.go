package main

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
)

func TestOwnMacroF1(t *testing.T) {
	own := []ownExample{{label: "neg"}, {label: "neg"}, {label: "neu"}, {label: "pos"}}
	tests := []struct {
		tones        []float64
		cut, cordial float64
		want         float64
	}{
		{[]float64{-0.5, -0.4, 0, 0.5}, -0.3, 0.3, 1},
		// One neg read neutral: neg P 1 R 0.5 (F1 2/3), neu P 0.5 R 1 (2/3), pos 1.
		{[]float64{-0.5, 0, 0, 0.5}, -0.3, 0.3, (2.0/3 + 2.0/3 + 1) / 3},
		// Raising CordialMin past the positive one loses pos: F1 0, neu P 0.5 R 1.
		{[]float64{-0.5, -0.4, 0, 0.5}, -0.3, 0.6, (1 + 2.0/3 + 0) / 3},
	}
	for _, tt := range tests {
		if got := ownMacroF1(tt.tones, own, tt.cut, tt.cordial); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("ownMacroF1(%v, %.2f, %.2f) = %.4f, want %.4f", tt.tones, tt.cut, tt.cordial, got, tt.want)
		}
	}
}

func TestTargetMatch(t *testing.T) {
	tones := []targetTone{{-0.6, "neg"}, {0.1, "neu"}, {0.25, "pos"}, {-0.2, "neg"}}
	tests := []struct {
		cut, cordial, want float64
	}{
		{-0.3, 0.2, 0.75},  // -0.2 reads neutral
		{-0.1, 0.2, 1},     // all right
		{-0.3, 0.3, 0.5},   // and 0.25 reads neutral too
		{-0.7, 0.05, 0.25}, // only the positive one right
	}
	for _, tt := range tests {
		if got := targetMatch(tones, tt.cut, tt.cordial); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("targetMatch(%.2f, %.2f) = %.3f, want %.3f", tt.cut, tt.cordial, got, tt.want)
		}
	}
	if got := targetMatch(nil, -0.3, 0.3); got != 1 {
		t.Errorf("targetMatch of nothing = %v, want 1", got)
	}
}

// TestReadOwnSets reads the repository's own hand-coded sets, which the
// fit keeps as constraints.
func TestReadOwnSets(t *testing.T) {
	own, err := readOwn(filepath.Join("..", "..", "..", "testdata", "tone", "sentences.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(own) != 243 {
		t.Errorf("testdata/tone: %d sentences, want 243", len(own))
	}
	golds, err := readTargetGold(filepath.Join("..", "..", "..", "testdata", "targets", "sentences.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 157 {
		t.Errorf("testdata/targets: %d sentences, want 157", len(golds))
	}
	if got := golds[0].tones["United States"]; got != "neg" {
		t.Errorf("first gold sentence: United States is %q, want neg", got)
	}
}

// TestShippedWeightsKeepAnchors checks that the constants demarche ships
// keep the anchors at the label thresholds it ships: what a fit must
// produce.
func TestShippedWeightsKeepAnchors(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	b, violation, ok := cutRange(tone.NewScorer(lex, nil), true)
	if !ok {
		t.Fatalf("the shipped weights break the anchors by %.3f", violation)
	}
	if tone.CriticalMax < b.lo || tone.CriticalMax > b.hi {
		t.Errorf("CriticalMax %.2f outside [%.3f, %.3f], the range the anchors allow", tone.CriticalMax, b.lo, b.hi)
	}
	if tone.CordialMin < b.clo || tone.CordialMin > b.chi {
		t.Errorf("CordialMin %.2f outside [%.3f, %.3f], the range the anchors allow", tone.CordialMin, b.clo, b.chi)
	}
}
