// Package naivebayes gives demarche's scorer the log-odds of the
// cdipaolo/sentiment Naive Bayes model (trained on IMDB reviews), computed
// in log space so that long texts never underflow, and without the
// package's per-word locking.
package naivebayes

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/cdipaolo/sentiment"
)

// Model is the two-class Naive Bayes model as per-word log-likelihood
// ratios. It is read-only after Load and safe for concurrent use.
type Model struct {
	prior float64            // log P(positive) - log P(negative)
	ratio map[string]float64 // log P(w|positive) - log P(w|negative)
}

// Load restores the model from the sentiment package's embedded data. It
// takes a few hundred milliseconds: load once per process and share.
func Load() (*Model, error) {
	// The package's Restore parses this same JSON into a locked map that
	// cannot be iterated; decoding it here once gives the counts directly.
	data, err := sentiment.Asset("model.json")
	if err != nil {
		return nil, fmt.Errorf("load naive bayes model: %w", err)
	}
	var models map[string]struct {
		Words map[string]struct {
			Count []uint64
		} `json:"words"`
		Probabilities []float64 `json:"probabilities"`
	}
	if err := json.Unmarshal(data, &models); err != nil {
		return nil, fmt.Errorf("load naive bayes model: %w", err)
	}
	nb, ok := models[string(sentiment.English)]
	if !ok || len(nb.Probabilities) != 2 {
		return nil, fmt.Errorf("load naive bayes model: no two-class English model")
	}
	m := &Model{
		prior: math.Log(nb.Probabilities[1]) - math.Log(nb.Probabilities[0]),
		ratio: make(map[string]float64, len(nb.Words)),
	}
	// The package adds log((Count[c]+1)/(Seen+DictCount)) per word and
	// class; the denominator is the same for both classes, so the ratio is
	// log(Count[1]+1) - log(Count[0]+1).
	for w, c := range nb.Words {
		if len(c.Count) != 2 {
			return nil, fmt.Errorf("load naive bayes model: word %q has %d classes", w, len(c.Count))
		}
		m.ratio[w] = math.Log(float64(c.Count[1]+1)) - math.Log(float64(c.Count[0]+1))
	}
	return m, nil
}

// LogOdds returns log(P(positive|text) / P(negative|text)) as the model
// computes it: letters and spaces only, lower case, split on single spaces,
// unknown words ignored.
func (m *Model) LogOdds(text string) float64 {
	sum := m.prior
	for _, w := range Words(text) {
		sum += m.ratio[w]
	}
	return sum
}

// Probability returns the model's probability that text is positive.
func (m *Model) Probability(text string) float64 {
	return 1 / (1 + math.Exp(-m.LogOdds(text)))
}

// Words splits text the way the sentiment package does before lookup:
// every rune that is neither a letter nor a space is removed (so a line
// break joins the words around it), the rest is lower-cased and split on
// single spaces.
func Words(text string) []string {
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || unicode.IsLetter(r) {
			return r
		}
		return -1
	}, text)
	return strings.Split(strings.ToLower(clean), " ")
}
