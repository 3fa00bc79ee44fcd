// Command fit fits demarche's scoring constants on a development set coded
// conflict/none (UNSCon's development half) and reports the fit with
// k-fold cross-validation, so that the honest figure is visible beside the
// in-sample one. docs/TONE.md describes the method and records its output.
//
//	go run ./tone/internal/fit -data ../shared/data/unscon-dev.tsv
//
// The data is read at run time and never stored in the repository.
//
// Method: starting from the hand-set values (start), the constants listed
// in params are fitted by coordinate ascent on ROC AUC (the ranking of
// conflict sentences by -tone), each over a fixed grid, in rounds until no
// change improves AUC by more than 1e-4. A candidate counts only if the
// readings the issue specifies (anchors: "we are deeply concerned" is
// critical, "never refused dialogue" conciliatory, the concern ladder
// ordered, ...) hold for some threshold. The conflict threshold
// (CriticalMax: a tone at or below it is hostile or critical) is then the
// one, among those that keep the anchors, that maximises conflict F1;
// CordialMin is its mirror, -CriticalMax. Folds keep each speech whole,
// so that no speaker's sentences are on both sides.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/naivebayes"
)

func main() {
	data := flag.String("data", "", "development set: TSV with a header and columns label (conflict/none), sentence or text, and speech")
	folds := flag.Int("folds", 5, "number of cross-validation folds")
	withAnchors := flag.Bool("anchors", true, "keep the issue's readings as constraints (false shows what they cost)")
	flag.Parse()
	if err := run(os.Stdout, *data, *folds, *withAnchors); err != nil {
		fmt.Fprintf(os.Stderr, "fit: %v\n", err)
		os.Exit(1)
	}
}

// example is one coded sentence.
type example struct {
	group    string // the speech it belongs to
	text     string
	conflict bool
}

// param is a constant to fit and the values it may take.
type param struct {
	name string
	grid []float64
	get  func(*tone.Weights) *float64
}

// params are the fitted constants. Saturation, the negation and modifier
// reach and the model's temperature stay at their defaults: they are
// either redundant with the others or structural.
func params() []param {
	steps := func(lo, hi, step float64) []float64 {
		var out []float64
		for v := lo; v <= hi+1e-9; v += step {
			out = append(out, math.Round(v*100)/100)
		}
		return out
	}
	return []param{
		{"Pressure", steps(0, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Pressure }},
		{"Situation", steps(0, 1.25, 0.125), func(w *tone.Weights) *float64 { return &w.Situation }},
		{"Target", steps(1, 3, 0.125), func(w *tone.Weights) *float64 { return &w.Target }},
		{"Positive", steps(0, 1.25, 0.125), func(w *tone.Weights) *float64 { return &w.Positive }},
		{"Concern", steps(0.25, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Concern }},
		// A negated term is weaker than its opposite: at most 1 in size.
		{"NegationFactor", steps(-1, -0.2, 0.1), func(w *tone.Weights) *float64 { return &w.NegationFactor }},
		// Kept negative: "never refused dialogue" must stay conciliatory.
		{"NegatedNegative", steps(-0.8, -0.1, 0.1), func(w *tone.Weights) *float64 { return &w.NegatedNegative }},
		{"BeforeContrast", steps(0.3, 1, 0.1), func(w *tone.Weights) *float64 { return &w.BeforeContrast }},
		{"AfterContrast", steps(1, 2, 0.1), func(w *tone.Weights) *float64 { return &w.AfterContrast }},
		{"Imperative", steps(1, 2.5, 0.25), func(w *tone.Weights) *float64 { return &w.Imperative }},
		{"ModelWeight", steps(0, 0.5, 0.05), func(w *tone.Weights) *float64 { return &w.ModelWeight }},
		{"ModelDecay", steps(0, 8, 1), func(w *tone.Weights) *float64 { return &w.ModelDecay }},
	}
}

// start returns the hand-set values the fit starts from: every group
// weighs 1, a negator flips and damps by 0.6, contrast weighs 0.6 before
// and 1.4 after, and the model has a quarter of the tone without evidence.
func start() tone.Weights {
	w := tone.DefaultWeights()
	w.NegationFactor, w.NegatedNegative = -0.6, -0.6
	w.BeforeContrast, w.AfterContrast = 0.6, 1.4
	w.Imperative, w.Target, w.Concern, w.Pressure, w.Situation, w.Positive = 1, 1, 1, 1, 1, 1
	w.ModelWeight, w.ModelDecay = 0.25, 4
	return w
}

// anchor is a reading the issue specifies.
type anchor struct {
	text string
	want string // "critical" (hostile or critical), "neutral" or "cordial" (cordial or warm)
}

// anchors are the readings issue #4 asks for, in its own words. They are
// constraints on the fit, not data it learns from.
func anchors() []anchor {
	return []anchor{
		{"We are deeply concerned.", "critical"},
		{"The two sides had a frank and candid exchange of views.", "critical"},
		{"The so-called leaders do not represent anyone.", "critical"},
		{"We urge the US side to stop arms sales to Taiwan.", "critical"},
		{"Immediately cease the attacks.", "critical"},
		{"Kindly stop the shelling.", "critical"},
		{"The Council welcomes the agreement but remains concerned about the violence.", "critical"},
		{"China is ready to deepen practical cooperation.", "cordial"},
		{"Russia has never refused dialogue.", "cordial"},
		{"We take note of the decision.", "neutral"},
	}
}

// ladder is the concern ladder, from the mildest to the gravest: tone
// must fall strictly along it.
func ladder() []string {
	return []string{
		"We note the report.",
		"We note with concern the report.",
		"We are concerned about the report.",
		"We have serious concerns about the report.",
		"We have grave concerns about the report.",
	}
}

// politeDemands pairs a demand made politely with the same demand made
// plainly: the polite one must not read friendlier.
func politeDemands() [][2]string {
	return [][2]string{
		{"We respectfully demand that the troops withdraw.", "We demand that the troops withdraw."},
		{"Kindly stop the shelling.", "Stop the shelling."},
	}
}

// cutRange returns the thresholds for which the scorer reads every
// anchor as the issue asks: lo <= CriticalMax <= hi, with CordialMin =
// -CriticalMax. ok is false when no threshold does, or the ladder does not
// fall.
func cutRange(s *tone.Scorer, withAnchors bool) (lo, hi float64, ok bool) {
	lo, hi = -1, 0
	if !withAnchors {
		return lo, hi, true
	}
	for _, a := range anchors() {
		t := s.Score(a.text).Tone
		switch a.want {
		case "critical": // t <= cut
			lo = math.Max(lo, t)
		case "cordial": // t >= -cut
			lo = math.Max(lo, -t)
		case "neutral": // cut < t < -cut
			hi = math.Min(hi, math.Min(t, -t)-0.005)
		}
	}
	// Politeness does not make a demand friendlier.
	for _, p := range politeDemands() {
		if s.Score(p[0]).Tone > s.Score(p[1]).Tone {
			return 0, 0, false
		}
	}
	prev := math.Inf(1)
	for _, text := range ladder() {
		t := s.Score(text).Tone
		if t >= prev {
			return 0, 0, false
		}
		prev = t
	}
	return lo, hi, lo <= hi
}

func run(out io.Writer, path string, k int, withAnchors bool) error {
	if path == "" {
		return fmt.Errorf("-data is required")
	}
	exs, err := readSet(path)
	if err != nil {
		return err
	}
	entries, err := lexicon.DefaultEntries()
	if err != nil {
		return err
	}
	nb, err := naivebayes.Load()
	if err != nil {
		return err
	}
	scorer := tone.NewScorer(lexicon.New(entries), newCachedModel(nb))

	all := make([]int, len(exs))
	for i := range all {
		all[i] = i
	}
	fmt.Fprintf(out, "%s: %d sentences, %d conflict\n\n", path, len(exs), countConflict(exs, all))

	if !withAnchors {
		fmt.Fprintf(out, "without the anchors: no reading is kept\n\n")
	}
	if lo, hi, ok := cutRange(scorer.WithWeights(start()), true); ok {
		fmt.Fprintf(out, "start (hand-set values): the anchors hold for CriticalMax in [%.2f, %.2f]; AUC %.3f\n\n", lo, hi, auc(scorer.WithWeights(start()), exs, all))
	} else {
		fmt.Fprintf(out, "start (hand-set values): the anchors do not hold\n\n")
	}
	w, cut := fit(scorer, exs, all, withAnchors)
	fmt.Fprintln(out, "fitted on the whole set:")
	for _, p := range params() {
		fmt.Fprintf(out, "  %-16s %6.3f\n", p.name, *p.get(&w))
	}
	fmt.Fprintf(out, "  %-16s %6.3f\n\n", "CriticalMax", cut)
	fmt.Fprintln(out, "the anchors at the fitted values:")
	for _, a := range anchors() {
		fmt.Fprintf(out, "  %-8s %6.3f  %s\n", a.want, scorer.WithWeights(w).Score(a.text).Tone, a.text)
	}
	for _, text := range ladder() {
		fmt.Fprintf(out, "  %-8s %6.3f  %s\n", "ladder", scorer.WithWeights(w).Score(text).Tone, text)
	}
	m := measure(scorer.WithWeights(w), exs, all, cut)
	fmt.Fprintf(out, "\nwhole set (in-sample): %s\n\n", m)

	fmt.Fprintf(out, "%d-fold cross-validation (folds keep speeches whole; each fold fitted on the others):\n", k)
	var pooled metrics
	var aucs []float64
	for f, test := range foldsOf(exs, k) {
		train := complement(len(exs), test)
		fw, fcut := fit(scorer, exs, train, withAnchors)
		fm := measure(scorer.WithWeights(fw), exs, test, fcut)
		fmt.Fprintf(out, "  fold %d (%3d sentences, %3d conflict): %s  cut %.2f\n", f+1, len(test), countConflict(exs, test), fm, fcut)
		pooled.add(fm)
		aucs = append(aucs, fm.auc)
	}
	var mean float64
	for _, a := range aucs {
		mean += a
	}
	pooled.auc = mean / float64(len(aucs))
	fmt.Fprintf(out, "  pooled over the held-out folds: %s (AUC is the mean over folds)\n", pooled)
	return nil
}

// fit returns the weights and conflict threshold fitted on the examples
// at idx.
func fit(scorer *tone.Scorer, exs []example, idx []int, withAnchors bool) (tone.Weights, float64) {
	w := start()
	objective := func(w tone.Weights) float64 {
		s := scorer.WithWeights(w)
		if _, _, ok := cutRange(s, withAnchors); !ok {
			return -1
		}
		return auc(s, exs, idx) + measure(s, exs, idx, bestCut(s, exs, idx, withAnchors)).f1()
	}
	best := objective(w)
	ps := params()
	for round := 0; round < 6; round++ {
		improved := false
		for _, p := range ps {
			cur := *p.get(&w)
			bestV := cur
			for _, v := range p.grid {
				if v == cur {
					continue
				}
				*p.get(&w) = v
				if a := objective(w); a > best+1e-4 {
					best, bestV, improved = a, v, true
				}
			}
			*p.get(&w) = bestV
		}
		if !improved {
			break
		}
	}
	return w, bestCut(scorer.WithWeights(w), exs, idx, withAnchors)
}

// bestCut returns the threshold, rounded to 0.01 and within the range
// that keeps the anchors, at or below which a tone is labelled conflict
// with the highest F1.
func bestCut(s *tone.Scorer, exs []example, idx []int, withAnchors bool) float64 {
	tones := scoreAll(s, exs, idx)
	lo, hi, _ := cutRange(s, withAnchors)
	bestF, bestC := -1.0, 0.0
	for c := math.Ceil(lo*100) / 100; c <= hi+1e-9; c += 0.01 {
		c = math.Round(c*100) / 100
		var m metrics
		for j, i := range idx {
			m.count(exs[i].conflict, tones[j] <= c)
		}
		if f := m.f1(); f > bestF {
			bestF, bestC = f, c
		}
	}
	return bestC
}

// metrics counts conflict predictions.
type metrics struct {
	tp, fp, fn, tn int
	auc            float64
}

func (m *metrics) count(gold, pred bool) {
	switch {
	case gold && pred:
		m.tp++
	case pred:
		m.fp++
	case gold:
		m.fn++
	default:
		m.tn++
	}
}

func (m *metrics) add(o metrics) {
	m.tp += o.tp
	m.fp += o.fp
	m.fn += o.fn
	m.tn += o.tn
}

func (m metrics) precision() float64 { return div(m.tp, m.tp+m.fp) }
func (m metrics) recall() float64    { return div(m.tp, m.tp+m.fn) }
func (m metrics) f1() float64 {
	p, r := m.precision(), m.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (m metrics) String() string {
	return fmt.Sprintf("F1 %.3f  P %.3f  R %.3f  AUC %.3f", m.f1(), m.precision(), m.recall(), m.auc)
}

func div(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func measure(s *tone.Scorer, exs []example, idx []int, cut float64) metrics {
	tones := scoreAll(s, exs, idx)
	var m metrics
	for j, i := range idx {
		m.count(exs[i].conflict, tones[j] <= cut)
	}
	m.auc = aucOf(tones, exs, idx)
	return m
}

func auc(s *tone.Scorer, exs []example, idx []int) float64 {
	return aucOf(scoreAll(s, exs, idx), exs, idx)
}

func aucOf(tones []float64, exs []example, idx []int) float64 {
	neg := make([]float64, len(idx))
	pos := make([]bool, len(idx))
	for j, i := range idx {
		neg[j] = -tones[j]
		pos[j] = exs[i].conflict
	}
	return tone.ROCAUC(neg, pos)
}

func scoreAll(s *tone.Scorer, exs []example, idx []int) []float64 {
	out := make([]float64, len(idx))
	for j, i := range idx {
		out[j] = s.Score(exs[i].text).Tone
	}
	return out
}

// foldsOf splits the examples into k folds of whole speeches, assigning
// speeches in order of first appearance, each to the fold with the fewest
// sentences so far.
func foldsOf(exs []example, k int) [][]int {
	var order []string
	members := make(map[string][]int)
	for i, e := range exs {
		if _, ok := members[e.group]; !ok {
			order = append(order, e.group)
		}
		members[e.group] = append(members[e.group], i)
	}
	folds := make([][]int, k)
	for _, g := range order {
		smallest := 0
		for f := range folds {
			if len(folds[f]) < len(folds[smallest]) {
				smallest = f
			}
		}
		folds[smallest] = append(folds[smallest], members[g]...)
	}
	for _, f := range folds {
		sort.Ints(f)
	}
	return folds
}

func complement(n int, idx []int) []int {
	in := make(map[int]bool, len(idx))
	for _, i := range idx {
		in[i] = true
	}
	var out []int
	for i := 0; i < n; i++ {
		if !in[i] {
			out = append(out, i)
		}
	}
	return out
}

func countConflict(exs []example, idx []int) int {
	n := 0
	for _, i := range idx {
		if exs[i].conflict {
			n++
		}
	}
	return n
}

// readSet reads a TSV development set.
func readSet(path string) ([]example, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64*1024), 8<<20)
	var header []string
	col := map[string]int{}
	var exs []example
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(strings.TrimSuffix(sc.Text(), "\r"), "\t")
		if header == nil {
			header = f
			for i, h := range f {
				col[strings.TrimSpace(h)] = i
			}
			if _, ok := col["text"]; !ok {
				col["text"] = -1
				if i, ok := col["sentence"]; ok {
					col["text"] = i
				}
			}
			if _, ok := col["label"]; !ok || col["text"] < 0 {
				return nil, fmt.Errorf("%s:1: want columns label and sentence or text", path)
			}
			continue
		}
		if len(f) != len(header) {
			return nil, fmt.Errorf("%s:%d: %d fields, the header has %d", path, line, len(f), len(header))
		}
		e := example{text: f[col["text"]], group: fmt.Sprint(line)}
		if g, ok := col["speech"]; ok {
			e.group = f[g]
		}
		switch f[col["label"]] {
		case "conflict":
			e.conflict = true
		case "none":
		default:
			return nil, fmt.Errorf("%s:%d: label %q is not conflict or none", path, line, f[col["label"]])
		}
		exs = append(exs, e)
	}
	return exs, sc.Err()
}

// cachedModel remembers the model's log-odds of each text: fitting scores
// the same sentences thousands of times.
type cachedModel struct {
	m     tone.Model
	mu    sync.Mutex
	cache map[string]float64
}

func newCachedModel(m tone.Model) *cachedModel {
	return &cachedModel{m: m, cache: make(map[string]float64)}
}

func (c *cachedModel) LogOdds(text string) float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.cache[text]; ok {
		return v
	}
	v := c.m.LogOdds(text)
	c.cache[text] = v
	return v
}
