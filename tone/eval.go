package tone

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Scheme is a set of labels that a hand coding uses, with how demarche's
// labels and the Naive Bayes model's probability map onto it. Its first
// class is the negative one: ROC AUC measures how well a scorer ranks the
// negative side above the rest.
type Scheme string

// The label sets [SchemeOf] recognises.
const (
	// ConflictNone is a conflict/none coding (UNSCon): conflict is a
	// negative evaluation of someone, which demarche labels hostile or
	// critical.
	ConflictNone Scheme = "conflict/none"
	// NegNeuPos is a neg/neu/pos coding: neg is hostile or critical, pos
	// cordial or warm.
	NegNeuPos Scheme = "neg/neu/pos"
	// FiveLabels codes with demarche's own five labels.
	FiveLabels Scheme = "hostile/critical/neutral/cordial/warm"
)

// Classes returns the scheme's labels, negative first.
func (s Scheme) Classes() []string { return strings.Split(string(s), "/") }

// SchemeOf returns the label set a label belongs to. Labels are compared
// as given: lower case, no spaces.
func SchemeOf(label string) (Scheme, bool) {
	for _, s := range []Scheme{ConflictNone, NegNeuPos, FiveLabels} {
		if s.Has(label) {
			return s, true
		}
	}
	return "", false
}

// Has reports whether label is one of the scheme's classes.
func (s Scheme) Has(label string) bool {
	for _, c := range s.Classes() {
		if c == label {
			return true
		}
	}
	return false
}

// FromLabel maps one of demarche's labels to the scheme's class.
func (s Scheme) FromLabel(l Label) string {
	switch s {
	case ConflictNone:
		if l == Hostile || l == Critical {
			return "conflict"
		}
		return "none"
	case NegNeuPos:
		switch l {
		case Hostile, Critical:
			return "neg"
		case Cordial, Warm:
			return "pos"
		}
		return "neu"
	}
	return string(l)
}

// NBNeutralBand is the half-width of the neutral band when the Naive Bayes
// model alone is read on a three- or five-label scheme: its tone 2p-1 (p
// the probability of positive) is neutral within ±NBNeutralBand. The model
// has no neutral class; the band is a fixed, documented choice, not fitted.
const NBNeutralBand = 0.2

// FromNB maps the Naive Bayes model's probability that a text is positive
// to the scheme's class, for the model alone. On conflict/none, conflict
// is p < 0.5 (the model's own decision). On neg/neu/pos, 2p-1 within
// ±[NBNeutralBand] is neu. On the five labels, 2p-1 is cut into fifths of
// [-1, 1]: hostile ≤ -0.6 < critical ≤ -0.2 < neutral < 0.2 ≤ cordial <
// 0.6 ≤ warm.
func (s Scheme) FromNB(p float64) string {
	t := 2*p - 1
	switch s {
	case ConflictNone:
		if p < 0.5 {
			return "conflict"
		}
		return "none"
	case NegNeuPos:
		switch {
		case t < -NBNeutralBand:
			return "neg"
		case t > NBNeutralBand:
			return "pos"
		}
		return "neu"
	}
	switch {
	case t <= -0.6:
		return string(Hostile)
	case t <= -NBNeutralBand:
		return string(Critical)
	case t < NBNeutralBand:
		return string(Neutral)
	case t < 0.6:
		return string(Cordial)
	}
	return string(Warm)
}

// Negative reports whether class is on the scheme's negative side: the
// positive class of the ROC curve (conflict; neg; hostile or critical).
func (s Scheme) Negative(class string) bool {
	if s == FiveLabels {
		return class == string(Hostile) || class == string(Critical)
	}
	return class == s.Classes()[0]
}

// Confusion is a confusion matrix: Counts[i][j] is how many texts of gold
// class Classes[i] were predicted as Classes[j].
type Confusion struct {
	Classes []string
	Counts  [][]int
}

// NewConfusion returns an empty confusion matrix over classes.
func NewConfusion(classes []string) *Confusion {
	c := &Confusion{Classes: append([]string(nil), classes...), Counts: make([][]int, len(classes))}
	for i := range c.Counts {
		c.Counts[i] = make([]int, len(classes))
	}
	return c
}

// Add counts one text of class gold predicted as predicted.
func (c *Confusion) Add(gold, predicted string) error {
	g, p := c.index(gold), c.index(predicted)
	if g < 0 {
		return fmt.Errorf("unknown class %q", gold)
	}
	if p < 0 {
		return fmt.Errorf("unknown class %q", predicted)
	}
	c.Counts[g][p]++
	return nil
}

func (c *Confusion) index(class string) int {
	for i, k := range c.Classes {
		if k == class {
			return i
		}
	}
	return -1
}

// Total returns the number of texts counted.
func (c *Confusion) Total() int {
	n := 0
	for _, row := range c.Counts {
		for _, v := range row {
			n += v
		}
	}
	return n
}

// Accuracy returns the share of texts predicted as their gold class; 0
// when nothing was counted.
func (c *Confusion) Accuracy() float64 {
	right := 0
	for i := range c.Counts {
		right += c.Counts[i][i]
	}
	return ratio(right, c.Total())
}

// ClassMetrics are the figures of one class.
type ClassMetrics struct {
	Class string
	// Precision, Recall and F1 are 0 when undefined (nothing predicted as
	// the class, no text of the class), as scikit-learn reports them with
	// zero_division=0.
	Precision, Recall, F1 float64
	// Support is the number of texts of the class; Predicted the number
	// predicted as it.
	Support, Predicted int
}

// Class returns the figures of class Classes[i].
func (c *Confusion) Class(i int) ClassMetrics {
	m := ClassMetrics{Class: c.Classes[i]}
	for j := range c.Counts {
		m.Support += c.Counts[i][j]
		m.Predicted += c.Counts[j][i]
	}
	tp := c.Counts[i][i]
	m.Precision = ratio(tp, m.Predicted)
	m.Recall = ratio(tp, m.Support)
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

// MacroF1 returns the unweighted mean of the classes' F1, over the classes
// that have texts or predictions (a class absent from both is left out).
func (c *Confusion) MacroF1() float64 {
	var sum float64
	n := 0
	for i := range c.Classes {
		m := c.Class(i)
		if m.Support == 0 && m.Predicted == 0 {
			continue
		}
		sum += m.F1
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ROCAUC returns the area under the ROC curve of scores as a ranking of
// the texts where positive is set: the probability that a random positive
// text scores above a random negative one, ties counting half (the
// Mann-Whitney U statistic divided by the number of pairs). It returns
// NaN when either class is empty.
func ROCAUC(scores []float64, positive []bool) float64 {
	n := len(scores)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	// Sum the 1-based ranks of the positives, tied scores sharing their
	// mean rank.
	var rankSum float64
	pos := 0
	for i := 0; i < n; {
		j := i
		for j < n && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		mean := float64(i+1+j) / 2
		for k := i; k < j; k++ {
			if positive[idx[k]] {
				rankSum += mean
				pos++
			}
		}
		i = j
	}
	neg := n - pos
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	u := rankSum - float64(pos)*float64(pos+1)/2
	return u / (float64(pos) * float64(neg))
}

// Evaluation is how one scorer did on a hand-coded set.
type Evaluation struct {
	Scheme    Scheme
	Confusion *Confusion
	// AUC is the ROC AUC of the scorer's ranking of the scheme's negative
	// side above the rest; NaN when the set has only one side.
	AUC float64
}

// Evaluate compares predicted classes with gold ones. negativity ranks
// the texts for ROC AUC: the higher, the more negative (demarche's -tone).
// The three slices must have the same length.
func Evaluate(s Scheme, gold, predicted []string, negativity []float64) (Evaluation, error) {
	if len(predicted) != len(gold) || len(negativity) != len(gold) {
		return Evaluation{}, fmt.Errorf("evaluate: %d gold labels, %d predictions, %d scores", len(gold), len(predicted), len(negativity))
	}
	e := Evaluation{Scheme: s, Confusion: NewConfusion(s.Classes())}
	isNeg := make([]bool, len(gold))
	for i := range gold {
		if err := e.Confusion.Add(gold[i], predicted[i]); err != nil {
			return Evaluation{}, fmt.Errorf("evaluate: text %d: %w (label set %s)", i+1, err, s)
		}
		isNeg[i] = s.Negative(gold[i])
	}
	e.AUC = ROCAUC(negativity, isNeg)
	return e, nil
}

// EvaluateScores evaluates demarche's scores against gold labels of scheme
// s and, on the same texts, the Naive Bayes model alone: demarche's
// classes come from its labels and its ranking from -tone; the model's
// from [Scheme.FromNB] and -log-odds.
func EvaluateScores(s Scheme, gold []string, scores []Score) (demarche, nb Evaluation, err error) {
	if len(scores) != len(gold) {
		return Evaluation{}, Evaluation{}, fmt.Errorf("evaluate: %d gold labels, %d scores", len(gold), len(scores))
	}
	dp, np := make([]string, len(gold)), make([]string, len(gold))
	dn, nn := make([]float64, len(gold)), make([]float64, len(gold))
	for i, sc := range scores {
		dp[i], dn[i] = s.FromLabel(sc.Label), -sc.Tone
		np[i], nn[i] = s.FromNB(sc.NBPositive), -sc.NBLogOdds
	}
	if demarche, err = Evaluate(s, gold, dp, dn); err != nil {
		return Evaluation{}, Evaluation{}, err
	}
	if nb, err = Evaluate(s, gold, np, nn); err != nil {
		return Evaluation{}, Evaluation{}, err
	}
	return demarche, nb, nil
}
