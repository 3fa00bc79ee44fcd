package tone

import (
	"math"
	"strings"

	"github.com/demarche/demarche/lexicon"
)

// Model gives the log-odds that a text is positive. The Naive Bayes model
// in package naivebayes is one.
type Model interface {
	LogOdds(text string) float64
}

// Weights are the constants of the scoring model. [DefaultWeights] holds
// the values demarche uses; they are documented there.
type Weights struct {
	// NegationFactor multiplies a term a negator reaches: negative, so
	// "never refused" turns a rejection into something conciliatory, and
	// below 1 in size, since a negated term is weaker than its opposite.
	NegationFactor float64
	// NegationReach is how many words after a negator it reaches.
	NegationReach int
	// ModifierReach is how many words after an intensifier or downtoner it
	// reaches.
	ModifierReach int
	// BeforeContrast and AfterContrast weight terms before and after a
	// contrast word ("welcomes ... but remains concerned") in a sentence.
	BeforeContrast, AfterContrast float64
	// Saturation sets how fast summed evidence approaches ±1:
	// score = sum / sqrt(sum² + Saturation).
	Saturation float64
	// ModelWeight is the Naive Bayes share of tone when the lexicon has no
	// evidence; it shrinks as ModelWeight / (1 + ModelDecay·evidence).
	ModelWeight, ModelDecay float64
	// ModelTemperature divides the model's log-odds before they are
	// squashed to [-1, 1] with tanh: the model is overconfident on text
	// unlike its film reviews.
	ModelTemperature float64
}

// DefaultWeights are the weights demarche scores with.
func DefaultWeights() Weights {
	return Weights{
		NegationFactor:   -0.6,
		NegationReach:    4,
		ModifierReach:    2,
		BeforeContrast:   0.6,
		AfterContrast:    1.4,
		Saturation:       0.5,
		ModelWeight:      0.25,
		ModelDecay:       4,
		ModelTemperature: 6,
	}
}

// Scorer scores statements with a lexicon and a model. It is read-only and
// safe for concurrent use.
type Scorer struct {
	lex     *lexicon.Lexicon
	model   Model
	weights Weights
}

// NewScorer returns a scorer over lex and model with the default weights.
// A nil model leaves the Naive Bayes part out (NBPositive is 0.5).
func NewScorer(lex *lexicon.Lexicon, model Model) *Scorer {
	return &Scorer{lex: lex, model: model, weights: DefaultWeights()}
}

// WithWeights returns a copy of s that scores with w.
func (s *Scorer) WithWeights(w Weights) *Scorer {
	c := *s
	c.weights = w
	return &c
}

// Score reads one statement.
func (s *Scorer) Score(text string) Score {
	w := s.weights
	var sc Score
	var toneSum, coopSum, assertSum, evidence float64

	for _, sent := range clauses(text) {
		words := make([]string, len(sent))
		for i, t := range sent {
			words[i] = t.lower
		}
		matches := s.lex.FindAll(words)
		negatedUntil := -1 // the last word index a negator reaches
		scale, scaleUntil := 1.0, -1
		contrastAt := -1
		first := len(sc.Terms)
		for _, m := range matches {
			e := m.Entry
			switch e.Category {
			case lexicon.Negator:
				negatedUntil = m.End - 1 + w.NegationReach
				continue
			case lexicon.Intensifier, lexicon.Downtoner:
				if m.Start <= scaleUntil {
					scale *= e.Scale
				} else {
					scale = e.Scale
				}
				scaleUntil = m.End - 1 + w.ModifierReach
				continue
			case lexicon.Contrast:
				contrastAt = m.Start
				// Terms already read in this sentence weigh less.
				for k := first; k < len(sc.Terms); k++ {
					sc.Terms[k].Scale *= w.BeforeContrast
					sc.Terms[k].Weight *= w.BeforeContrast
				}
				continue
			case lexicon.Politeness:
				continue
			}
			t := Term{Text: strings.Join(words[m.Start:m.End], " "), Category: e.Category, Base: e.Tone, Scale: 1}
			tone, coop, assert := e.Tone, e.Cooperation, e.Assertiveness
			if m.Start <= scaleUntil {
				t.Scale *= scale
				tone, coop, assert = tone*scale, coop*scale, assert*scale
			}
			if m.Start <= negatedUntil && tone != 0 {
				// A negator flips the first weighted term it reaches and
				// no more: in "never refused dialogue" only the refusal
				// is negated.
				t.Negated = true
				tone *= w.NegationFactor
				coop *= w.NegationFactor
				negatedUntil = -1
			}
			if contrastAt >= 0 && m.Start > contrastAt {
				t.Scale *= w.AfterContrast
				tone *= w.AfterContrast
				coop *= w.AfterContrast
			}
			t.Weight = tone
			assertSum += assert
			coopSum += coop
			if e.Tone != 0 || e.Cooperation != 0 {
				sc.Terms = append(sc.Terms, t)
			}
		}
		for k := first; k < len(sc.Terms); k++ {
			toneSum += sc.Terms[k].Weight
			evidence += math.Abs(sc.Terms[k].Weight)
		}
	}

	sc.Lexicon = saturate(toneSum, w.Saturation)
	sc.Cooperation = saturate(coopSum, w.Saturation)
	sc.Assertiveness = 0.5 + 0.5*saturate(assertSum, w.Saturation)

	sc.NBPositive = 0.5
	var nb float64
	if s.model != nil {
		lo := s.model.LogOdds(text)
		sc.NBLogOdds = lo
		sc.NBPositive = 1 / (1 + math.Exp(-lo))
		nb = math.Tanh(lo / w.ModelTemperature)
	}
	lambda := w.ModelWeight / (1 + w.ModelDecay*evidence)
	if s.model == nil {
		lambda = 0
	}
	sc.Tone = clamp((1-lambda)*sc.Lexicon+lambda*nb, -1, 1)
	sc.Label = LabelFor(sc.Tone)
	return sc
}

// saturate maps a sum of weights to (-1, 1).
func saturate(sum, k float64) float64 {
	if sum == 0 {
		return 0
	}
	return sum / math.Sqrt(sum*sum+k)
}

func clamp(v, lo, hi float64) float64 {
	switch {
	case math.IsNaN(v):
		return 0
	case v < lo:
		return lo
	case v > hi:
		return hi
	}
	return v
}

// clauses tokenizes text into sentences of word tokens: punctuation that
// ends a sentence or a clause (. ! ? ; :) separates them, so that neither
// a multi-word term nor a negator reaches across.
func clauses(text string) [][]token {
	var out [][]token
	var cur []token
	for _, t := range tokenize(text) {
		if t.word {
			cur = append(cur, t)
			continue
		}
		switch t.text {
		case ".", "!", "?", ";", ":", "…":
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
