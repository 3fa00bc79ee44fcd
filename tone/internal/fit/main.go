// Command fit fits demarche's scoring constants on a development set coded
// conflict/none (UNSCon's development half) and reports the fit with
// k-fold cross-validation, so that the honest figure is visible beside the
// in-sample one. docs/TONE.md describes the method and records its output.
//
//	go run ./tone/internal/fit -data ../shared/data/unscon-dev.tsv
//
// The data is read at run time and never stored in the repository.
//
// Method: from each of the starting points (starts: the hand-set values,
// the same damped, and a few drawn from the grids with a fixed seed), the
// constants listed in params are fitted by coordinate ascent on ROC AUC
// (the ranking of conflict sentences by -tone) plus conflict F1, each over
// a fixed grid, in rounds until no change improves it by more than 1e-4;
// the best end wins. A candidate counts only if the
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
	"math/rand/v2"
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
	own := flag.String("own", "testdata/tone/sentences.tsv", "our own sentences labelled neg/neu/pos, fitted jointly (empty: UNSCon alone)")
	targets := flag.String("targets", "testdata/targets/sentences.tsv", "our own sentences with gold targets and the tone toward each (empty: none)")
	flag.Parse()
	if err := run(os.Stdout, *data, *own, *targets, *folds, *withAnchors); err != nil {
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
		{"Threat", steps(0, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Threat }},
		{"Situation", steps(0, 1.25, 0.125), func(w *tone.Weights) *float64 { return &w.Situation }},
		{"Conflict", steps(0, 1.25, 0.125), func(w *tone.Weights) *float64 { return &w.Conflict }},
		{"Hostility", steps(0.25, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Hostility }},
		{"Delegitimising", steps(0.25, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Delegitimising }},
		{"Regret", steps(0.25, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Regret }},
		{"Euphemism", steps(0.25, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Euphemism }},
		{"Target", steps(1, 5, 0.25), func(w *tone.Weights) *float64 { return &w.Target }},
		{"Positive", steps(0, 1.25, 0.125), func(w *tone.Weights) *float64 { return &w.Positive }},
		{"Concern", steps(0.25, 1.5, 0.125), func(w *tone.Weights) *float64 { return &w.Concern }},
		// 0 leaves an object's tone to the stance before it; 1 counts it in full.
		{"Object", steps(0, 1, 0.125), func(w *tone.Weights) *float64 { return &w.Object }},
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
	w.Imperative, w.Target, w.Concern, w.Pressure, w.Threat, w.Situation, w.Positive = 1, 1, 1, 1, 1, 1, 1
	w.Conflict, w.Hostility, w.Delegitimising, w.Regret, w.Euphemism = 1, 1, 1, 1, 1
	w.ModelWeight, w.ModelDecay = 0.25, 4
	w.Object = 0 // the hand-set reading: the stance alone speaks of its object
	return w
}

// randomStarts is how many points drawn at random from the grids the fit
// also climbs from, beside the hand-set and damped ones.
const randomStarts = 3

// starts returns the points the fit climbs from: the hand-set values,
// the same readings damped halfway (every group and the object at 0.5,
// states named 2, contrast 0.5 and 1.5, no model), and randomStarts
// points drawn from the grids with a fixed seed, so that one unlucky
// path does not decide the fit and every run climbs the same paths.
func starts() []tone.Weights {
	out := []tone.Weights{start(), damped()}
	rng := rand.New(rand.NewPCG(4, 2026))
	for range randomStarts {
		w := start()
		for _, p := range params() {
			*p.get(&w) = p.grid[rng.IntN(len(p.grid))]
		}
		out = append(out, w)
	}
	return out
}

// damped returns the hand-set readings damped halfway.
func damped() tone.Weights {
	damped := start()
	damped.Concern, damped.Pressure, damped.Threat, damped.Situation, damped.Positive, damped.Object = 0.5, 0.5, 0.5, 0.5, 0.5, 0.5
	damped.Conflict, damped.Hostility, damped.Delegitimising, damped.Regret, damped.Euphemism = 0.5, 0.5, 0.5, 0.5, 0.5
	damped.Target, damped.BeforeContrast, damped.AfterContrast = 2, 0.5, 1.5
	damped.NegationFactor, damped.NegatedNegative = -0.8, -0.3
	damped.ModelWeight = 0
	return damped
}

// anchor is a reading the issue specifies.
type anchor struct {
	text string
	want string // "critical" (hostile or critical), "negative" (tone below 0), "neutral" or "cordial" (cordial or warm)
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
		{"The Council welcomes the agreement but remains concerned.", "negative"},
		{"We welcome the talks but remain deeply concerned.", "negative"},
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

// bounds are the label thresholds the anchors allow: lo <= CriticalMax <=
// hi and clo <= CordialMin <= chi.
type bounds struct{ lo, hi, clo, chi float64 }

// cutRange returns the thresholds for which the scorer reads every anchor
// as the issue asks. When no threshold does, or the ladder does not fall,
// or politeness makes a demand friendlier, ok is false and violation says
// by how much (in tone), so that a fit can move toward the readings.
func cutRange(s *tone.Scorer, withAnchors bool) (b bounds, violation float64, ok bool) {
	b = bounds{lo: -1, hi: 0, clo: 0, chi: 1}
	if !withAnchors {
		return b, 0, true
	}
	for _, a := range anchors() {
		t := s.Score(a.text).Tone
		switch a.want {
		case "critical": // t <= CriticalMax
			b.lo = math.Max(b.lo, t)
		case "cordial": // t >= CordialMin
			b.chi = math.Min(b.chi, t)
		case "negative": // the clause after "but" outweighs the one before
			if t >= 0 {
				violation += t + 0.001
			}
		case "neutral": // CriticalMax < t < CordialMin
			b.hi = math.Min(b.hi, t-0.005)
			b.clo = math.Max(b.clo, t+0.005)
		}
	}
	violation += math.Max(0, b.lo-b.hi) + math.Max(0, b.clo-b.chi)
	// Politeness does not make a demand friendlier.
	for _, p := range politeDemands() {
		violation += math.Max(0, s.Score(p[0]).Tone-s.Score(p[1]).Tone)
	}
	prev := math.Inf(1)
	for _, text := range ladder() {
		t := s.Score(text).Tone
		if t >= prev {
			violation += t - prev + 0.001
		}
		prev = t
	}
	return b, violation, violation == 0
}

func run(out io.Writer, path, ownPath, targetsPath string, k int, withAnchors bool) error {
	if path == "" {
		return fmt.Errorf("-data is required")
	}
	exs, err := readSet(path)
	if err != nil {
		return err
	}
	var own []ownExample
	if ownPath != "" {
		if own, err = readOwn(ownPath); err != nil {
			return err
		}
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
	var tg *targetSet
	if targetsPath != "" {
		g, err := tone.NewGazetteer()
		if err != nil {
			return err
		}
		x, err := tone.NewActors(g, scorer)
		if err != nil {
			return err
		}
		golds, err := readTargetGold(targetsPath)
		if err != nil {
			return err
		}
		tg = &targetSet{actors: x, golds: golds}
	}
	cons := constraints{own: own, targets: tg}

	all := make([]int, len(exs))
	for i := range all {
		all[i] = i
	}
	fmt.Fprintf(out, "%s: %d sentences, %d conflict\n", path, len(exs), countConflict(exs, all))
	if len(own) > 0 {
		fmt.Fprintf(out, "%s: %d sentences labelled neg/neu/pos: macro-F1 kept at %.2f or more\n", ownPath, len(own), minOwnMacroF1)
	}
	if tg != nil {
		fmt.Fprintf(out, "%s: %d sentences with gold targets: tone toward them kept right %.2f of the time or more\n", targetsPath, len(tg.golds), minTargetToneMatch)
	}
	fmt.Fprintln(out)

	if !withAnchors {
		fmt.Fprintf(out, "without the anchors: no reading is kept\n\n")
	}
	if b, _, ok := cutRange(scorer.WithWeights(start()), true); ok {
		fmt.Fprintf(out, "start (hand-set values): the anchors hold for CriticalMax in [%.2f, %.2f]; AUC %.3f\n\n", b.lo, b.hi, auc(scorer.WithWeights(start()), exs, all))
	} else {
		fmt.Fprintf(out, "start (hand-set values): the anchors do not hold\n\n")
	}
	f := fit(scorer, exs, all, cons, withAnchors)
	fmt.Fprintln(out, "fitted on the whole set:")
	for _, p := range params() {
		fmt.Fprintf(out, "  %-16s %6.3f\n", p.name, *p.get(&f.w))
	}
	fmt.Fprintf(out, "  %-16s %6.3f\n", "CriticalMax", f.cut)
	fmt.Fprintf(out, "  %-16s %6.3f\n\n", "CordialMin", f.cordial)
	fmt.Fprintln(out, "the anchors at the fitted values:")
	for _, a := range anchors() {
		fmt.Fprintf(out, "  %-8s %6.3f  %s\n", a.want, scorer.WithWeights(f.w).Score(a.text).Tone, a.text)
	}
	for _, text := range ladder() {
		fmt.Fprintf(out, "  %-8s %6.3f  %s\n", "ladder", scorer.WithWeights(f.w).Score(text).Tone, text)
	}
	m := measure(scorer.WithWeights(f.w), exs, all, f.cut)
	fmt.Fprintf(out, "\nwhole set (in-sample): %s\n", m)
	if len(own) > 0 {
		fmt.Fprintf(out, "own sentences (in-sample): macro-F1 %.3f\n", ownMacroF1(scoreOwn(scorer.WithWeights(f.w), own), own, f.cut, f.cordial))
	}
	if tg != nil {
		fmt.Fprintf(out, "own targets (in-sample): tone label right for %.3f of the found targets\n", targetMatch(tg.score(scorer.WithWeights(f.w)), f.cut, f.cordial))
	}
	fmt.Fprintln(out)
	if k < 2 {
		return nil
	}

	fmt.Fprintf(out, "%d-fold cross-validation of UNSCon (folds keep speeches whole; each fold fitted on the others and the own sentences):\n", k)
	var pooled metrics
	var aucs []float64
	for i, test := range foldsOf(exs, k) {
		train := complement(len(exs), test)
		ff := fit(scorer, exs, train, cons, withAnchors)
		fm := measure(scorer.WithWeights(ff.w), exs, test, ff.cut)
		fmt.Fprintf(out, "  fold %d (%3d sentences, %3d conflict): %s  cut %.2f\n", i+1, len(test), countConflict(exs, test), fm, ff.cut)
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

// fitted is the outcome of a fit: weights and label thresholds.
type fitted struct {
	w            tone.Weights
	cut, cordial float64 // CriticalMax and CordialMin
	objective    float64
}

// fit returns the weights and thresholds fitted on the UNSCon examples at
// idx. The objective is UNSCon's ROC AUC plus its conflict F1 at the best
// threshold; the anchors and the own sentences' macro-F1 are constraints.
func fit(scorer *tone.Scorer, exs []example, idx []int, cons constraints, withAnchors bool) fitted {
	evaluate := func(w tone.Weights) fitted {
		s := scorer.WithWeights(w)
		b, violation, ok := cutRange(s, withAnchors)
		if !ok {
			return fitted{w: w, objective: -1 - violation}
		}
		f := bestCuts(s, exs, idx, cons, b)
		f.w = w
		f.objective += auc(s, exs, idx)
		return f
	}
	var best fitted
	for k, w0 := range starts() {
		f := ascend(evaluate, w0)
		if k == 0 || f.objective > best.objective {
			best = f
		}
	}
	return best
}

// ascend climbs from w0 one constant at a time over its grid, in rounds
// until no change improves the objective by more than 1e-4.
func ascend(evaluate func(tone.Weights) fitted, w0 tone.Weights) fitted {
	best := evaluate(w0)
	ps := params()
	for round := 0; round < 10; round++ {
		improved := false
		for _, p := range ps {
			w := best.w
			cur := *p.get(&w)
			for _, v := range p.grid {
				if v == cur {
					continue
				}
				*p.get(&w) = v
				if f := evaluate(w); f.objective > best.objective+1e-4 {
					best, improved = f, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return best
}

// minOwnMacroF1 is the macro-F1 issue #4 asks for on our own sentences:
// the fit keeps it as a constraint, as it keeps the anchors.
const minOwnMacroF1 = 0.85

// bestCuts returns the thresholds, rounded to 0.01 and within b, that
// maximise UNSCon's conflict F1 (the objective returned) while the own
// sentences keep a macro-F1 of at least minOwnMacroF1 with the CordialMin
// that maximises it.
func bestCuts(s *tone.Scorer, exs []example, idx []int, cons constraints, b bounds) fitted {
	tones := scoreAll(s, exs, idx)
	ownTones := scoreOwn(s, cons.own)
	var tgTones []targetTone
	if cons.targets != nil {
		tgTones = cons.targets.score(s)
	}
	best := fitted{objective: -1}
	for c := math.Ceil(b.lo*100) / 100; c <= b.hi+1e-9; c += 0.01 {
		c = math.Round(c*100) / 100
		var m metrics
		for j, i := range idx {
			m.count(exs[i].conflict, tones[j] <= c)
		}
		f := fitted{cut: c, cordial: -c, objective: m.f1()}
		if len(cons.own) > 0 || cons.targets != nil {
			bestOwn, ok := -1.0, false
			for d := math.Ceil(b.clo*100) / 100; d <= b.chi+1e-9; d += 0.01 {
				d = math.Round(d*100) / 100
				v := 1.0
				if len(cons.own) > 0 {
					v = ownMacroF1(ownTones, cons.own, c, d)
				}
				if v < minOwnMacroF1 || (cons.targets != nil && targetMatch(tgTones, c, d) < minTargetToneMatch) {
					continue
				}
				if v > bestOwn {
					bestOwn, f.cordial, ok = v, d, true
				}
			}
			if !ok {
				continue
			}
		}
		if f.objective > best.objective {
			best = f
		}
	}
	return best
}

// constraints are the hand-coded sets of our own the fit must keep at the
// figures the issues ask for.
type constraints struct {
	own     []ownExample // testdata/tone: macro-F1 at least minOwnMacroF1
	targets *targetSet   // testdata/targets: tone toward targets right at least minTargetToneMatch
}

// minTargetToneMatch is how often the tone label toward a found target
// must match the gold one on testdata/targets (issue #8).
const minTargetToneMatch = 0.80

// targetGold is one line of testdata/targets/sentences.tsv.
type targetGold struct {
	speaker, context, text string
	tones                  map[string]string // actor -> neg, neu or pos
}

// targetSet finds the targets of its gold sentences.
type targetSet struct {
	actors *tone.Actors
	golds  []targetGold
}

// targetTone is the tone toward a found target that has a gold tone.
type targetTone struct {
	tone float64
	want string
}

// score finds every gold sentence's targets with s scoring the tone.
func (ts *targetSet) score(s *tone.Scorer) []targetTone {
	x := ts.actors.WithScorer(s)
	var out []targetTone
	for _, g := range ts.golds {
		for _, tg := range x.TargetsAfter(g.context, g.text, g.speaker) {
			if want, ok := g.tones[tg.Actor]; ok {
				out = append(out, targetTone{tone: tg.Tone, want: want})
			}
		}
	}
	return out
}

// targetMatch is the share of found targets whose tone, labelled with
// the thresholds cut and cordial, is the gold one.
func targetMatch(tones []targetTone, cut, cordial float64) float64 {
	right := 0
	for _, t := range tones {
		got := "neu"
		switch {
		case t.tone <= cut:
			got = "neg"
		case t.tone >= cordial:
			got = "pos"
		}
		if got == t.want {
			right++
		}
	}
	if len(tones) == 0 {
		return 1
	}
	return float64(right) / float64(len(tones))
}

// readTargetGold reads testdata/targets/sentences.tsv: comment lines
// start with '#'; the header names id, speaker, context, text and
// targets, the last a '|'-separated list of actor:tone.
func readTargetGold(path string) ([]targetGold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []targetGold
	header := false
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s:%d: %d fields; want 5", path, n+1, len(f))
		}
		if !header {
			header = true
			continue
		}
		g := targetGold{speaker: f[1], context: f[2], text: f[3], tones: make(map[string]string)}
		if f[4] != "" {
			for _, pair := range strings.Split(f[4], "|") {
				a, t, ok := strings.Cut(pair, ":")
				if !ok {
					return nil, fmt.Errorf("%s:%d: target %q is not actor:tone", path, n+1, pair)
				}
				g.tones[a] = t
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// ownExample is one of our own sentences, labelled neg, neu or pos.
type ownExample struct {
	text, label string
}

// readOwn reads testdata/tone/sentences.tsv: a header with the columns
// label and text.
func readOwn(path string) ([]ownExample, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []ownExample
	label, text := -1, -1
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(strings.TrimSuffix(line, "\r"), "\t")
		if n == 0 {
			for i, h := range f {
				switch strings.TrimSpace(h) {
				case "label":
					label = i
				case "text":
					text = i
				}
			}
			if label < 0 || text < 0 {
				return nil, fmt.Errorf("%s:1: want columns label and text", path)
			}
			continue
		}
		if len(f) <= max(label, text) {
			return nil, fmt.Errorf("%s:%d: %d fields", path, n+1, len(f))
		}
		switch f[label] {
		case "neg", "neu", "pos":
		default:
			return nil, fmt.Errorf("%s:%d: label %q is not neg, neu or pos", path, n+1, f[label])
		}
		out = append(out, ownExample{text: f[text], label: f[label]})
	}
	return out, nil
}

func scoreOwn(s *tone.Scorer, own []ownExample) []float64 {
	out := make([]float64, len(own))
	for i, e := range own {
		out[i] = s.Score(e.text).Tone
	}
	return out
}

// ownMacroF1 is the macro-F1 of neg/neu/pos with neg at or below cut and
// pos at or above cordial.
func ownMacroF1(tones []float64, own []ownExample, cut, cordial float64) float64 {
	var sum float64
	for _, class := range []string{"neg", "neu", "pos"} {
		var m metrics
		for i, e := range own {
			pred := "neu"
			switch {
			case tones[i] <= cut:
				pred = "neg"
			case tones[i] >= cordial:
				pred = "pos"
			}
			m.count(e.label == class, pred == class)
		}
		sum += m.f1()
	}
	return sum / 3
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
