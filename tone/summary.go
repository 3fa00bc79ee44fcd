package tone

import (
	"math"
	"sort"
)

// SpeakerSummary is the tone of one speaker's statements.
type SpeakerSummary struct {
	Speaker    string
	Statements int
	ToneMean   float64
	ToneMin    float64
	ToneMax    float64
	// Label is the label of ToneMean.
	Label             Label
	CooperationMean   float64
	AssertivenessMean float64
	// Counts holds how many statements carry each label, in the order of
	// [Labels]: hostile, critical, neutral, cordial, warm.
	Counts [5]int
}

// Count returns how many of the speaker's statements carry label l.
func (s SpeakerSummary) Count(l Label) int {
	for i, k := range Labels() {
		if k == l {
			return s.Counts[i]
		}
	}
	return 0
}

// Summarize groups statements by speaker and summarises each group.
// Narration is left out. Speakers come most statements first, then by
// name, so the order is stable.
func Summarize(stmts []Scored) []SpeakerSummary {
	index := make(map[string]int)
	var out []SpeakerSummary
	for _, st := range stmts {
		if st.Kind == Narration {
			continue
		}
		i, ok := index[st.Speaker]
		if !ok {
			i = len(out)
			index[st.Speaker] = i
			out = append(out, SpeakerSummary{Speaker: st.Speaker, ToneMin: math.Inf(1), ToneMax: math.Inf(-1)})
		}
		s := &out[i]
		s.Statements++
		s.ToneMean += st.Tone
		s.CooperationMean += st.Cooperation
		s.AssertivenessMean += st.Assertiveness
		s.ToneMin = math.Min(s.ToneMin, st.Tone)
		s.ToneMax = math.Max(s.ToneMax, st.Tone)
		for k, l := range Labels() {
			if st.Label == l {
				s.Counts[k]++
			}
		}
	}
	for i := range out {
		n := float64(out[i].Statements)
		out[i].ToneMean /= n
		out[i].CooperationMean /= n
		out[i].AssertivenessMean /= n
		out[i].Label = LabelFor(out[i].ToneMean)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Statements != out[j].Statements {
			return out[i].Statements > out[j].Statements
		}
		return out[i].Speaker < out[j].Speaker
	})
	return out
}
