package main

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/demarche/demarche/tone"
)

// scoredWith returns a statement whose targets have the given tones.
func scoredWith(targets map[string]float64) *tone.Scored {
	var s tone.Scored
	for name, v := range targets {
		s.Targets = append(s.Targets, tone.Target{Actor: name, Score: tone.Score{Tone: v, Label: tone.LabelFor(v)}})
	}
	return &s
}

func TestTargetTallyRows(t *testing.T) {
	tt := newTargetTally()
	tt.add("Xi", scoredWith(map[string]float64{"Russia": 0.6}))
	tt.add("Xi Jinping", scoredWith(map[string]float64{"Russia": 0.2, "United States": -0.8}))
	tt.add("Lin Wei", scoredWith(map[string]float64{"United States": -0.4}))
	tt.add("Lin Wei", scoredWith(map[string]float64{"Japan": -0.2}))
	tt.add("Lin Wei", scoredWith(map[string]float64{"Japan": -0.6}))
	canon := map[string]string{"Xi": "Xi Jinping"}
	var got []string
	for _, r := range tt.rows(canon, func(string, int) bool { return true }) {
		got = append(got, fmt.Sprintf("%s,%s,%d,%.2f,%.2f,%.2f,%s", r.Speaker, r.Target, r.Statements, r.ToneMean, r.ToneMin, r.ToneMax, r.Label))
	}
	want := []string{
		"Lin Wei,Japan,2,-0.40,-0.60,-0.20,critical",
		"Lin Wei,United States,1,-0.40,-0.40,-0.40,critical",
		"Xi Jinping,Russia,2,0.40,0.20,0.60,cordial",
		"Xi Jinping,United States,1,-0.80,-0.80,-0.80,hostile",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
	kept := tt.rows(canon, func(speaker string, n int) bool { return n >= 2 })
	if len(kept) != 2 || kept[0].Target != "Japan" || kept[1].Target != "Russia" {
		t.Errorf("keep n >= 2: got %+v", kept)
	}
}

func TestTargetMatrixSaysWhatItLeavesOut(t *testing.T) {
	var rows []targetSummary
	for i := range 12 {
		for k := range 8 {
			rows = append(rows, targetSummary{Speaker: fmt.Sprintf("S%02d", i), Target: fmt.Sprintf("T%d", k),
				SpeakerSummary: tone.SpeakerSummary{Statements: 1 + k, ToneMean: -0.5}})
		}
	}
	var buf bytes.Buffer
	if err := writeTargetMatrix(&buf, true, rows); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"country \\ target", "T7", "-0.50 (8)",
		"10 of 12 countries and 6 of 8 targets shown, --format csv lists all"} {
		if !strings.Contains(out, want) {
			t.Errorf("matrix lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "S11") || strings.Contains(out, "│ T1 ") {
		t.Errorf("matrix shows a speaker or target it should leave out:\n%s", out)
	}
}
