package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/demarche/demarche/tone"
)

// Output formats.
const (
	formatTable = "table"
	formatCSV   = "csv"
	formatJSON  = "json"
	formatJSONL = "jsonl"
)

// checkFormat returns a usage error unless format is one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usagef("unknown format %q; want one of %s", format, strings.Join(allowed, ", "))
}

// Column orders: the output contract. Later versions add columns at the
// end and never rename these.
var (
	scoreColumns     = []string{"line", "text", "tone", "label", "nb_positive", "lexicon", "cooperation", "assertiveness", "terms"}
	statementColumns = []string{"file", "statement", "paragraph", "speaker", "kind", "text", "tone", "label",
		"nb_positive", "lexicon", "cooperation", "assertiveness", "terms", "cue"}
	summaryColumns = []string{"speaker", "statements", "tone_mean", "tone_min", "tone_max", "label",
		"cooperation_mean", "assertiveness_mean", "hostile", "critical", "neutral", "cordial", "warm"}
)

// num formats a score for CSV: four decimals, '.', never "-0.0000".
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 4, 64)
	if s == "-0.0000" {
		return "0.0000"
	}
	return s
}

// short formats a score for a table: two decimals.
func short(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if s == "-0.00" {
		return "0.00"
	}
	return s
}

// round4 rounds a score for JSON to the precision CSV shows.
func round4(v float64) json.Number {
	return json.Number(num(v))
}

// scoreRow is one scored statement of the score command.
type scoreRow struct {
	Line  int
	Text  string
	Score tone.Score
}

// statementRow is one statement of the analyze command.
type statementRow struct {
	File string
	tone.Scored
}

func scoreFields(s tone.Score) []string {
	return []string{num(s.Tone), string(s.Label), num(s.NBPositive), num(s.Lexicon),
		num(s.Cooperation), num(s.Assertiveness), tone.FormatTerms(s.Terms)}
}

func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func scoreCSVRows(rows []scoreRow) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string{strconv.Itoa(r.Line), r.Text}, scoreFields(r.Score)...)
	}
	return out
}

func statementCSVRows(rows []statementRow) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string{r.File, strconv.Itoa(r.Index), strconv.Itoa(r.Paragraph), r.Speaker,
			string(r.Kind), r.Text}, scoreFields(r.Score)...)
		out[i] = append(out[i], r.Cue)
	}
	return out
}

func summaryCSVRows(sums []tone.SpeakerSummary) [][]string {
	out := make([][]string, len(sums))
	for i, s := range sums {
		row := []string{s.Speaker, strconv.Itoa(s.Statements), num(s.ToneMean), num(s.ToneMin), num(s.ToneMax),
			string(s.Label), num(s.CooperationMean), num(s.AssertivenessMean)}
		for _, c := range s.Counts {
			row = append(row, strconv.Itoa(c))
		}
		out[i] = row
	}
	return out
}

// JSON shapes: the same field names as the CSV columns.

type jsonTerm struct {
	Term     string      `json:"term"`
	Category string      `json:"category"`
	Weight   json.Number `json:"weight"`
	Base     json.Number `json:"base"`
	Negated  bool        `json:"negated"`
	Scale    json.Number `json:"scale"`
}

type jsonScore struct {
	Tone          json.Number `json:"tone"`
	Label         string      `json:"label"`
	NBPositive    json.Number `json:"nb_positive"`
	Lexicon       json.Number `json:"lexicon"`
	Cooperation   json.Number `json:"cooperation"`
	Assertiveness json.Number `json:"assertiveness"`
	Terms         []jsonTerm  `json:"terms"`
}

func toJSONScore(s tone.Score) jsonScore {
	terms := make([]jsonTerm, len(s.Terms))
	for i, t := range s.Terms {
		terms[i] = jsonTerm{Term: t.Text, Category: string(t.Category), Weight: round4(t.Weight),
			Base: round4(t.Base), Negated: t.Negated, Scale: round4(t.Scale)}
	}
	return jsonScore{Tone: round4(s.Tone), Label: string(s.Label), NBPositive: round4(s.NBPositive),
		Lexicon: round4(s.Lexicon), Cooperation: round4(s.Cooperation), Assertiveness: round4(s.Assertiveness), Terms: terms}
}

type jsonScoreRow struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	jsonScore
	Explanation *jsonExplanation `json:"explanation,omitempty"`
}

// jsonExplanation is how a tone was reached (score --explain).
type jsonExplanation struct {
	Terms       []jsonExplainedTerm `json:"terms"`
	LexiconSum  json.Number         `json:"lexicon_sum"`
	Evidence    json.Number         `json:"evidence"`
	Saturation  json.Number         `json:"saturation"`
	NBLogOdds   json.Number         `json:"nb_log_odds"`
	NBTone      json.Number         `json:"nb_tone"`
	ModelWeight json.Number         `json:"model_weight"`
	ModelDecay  json.Number         `json:"model_decay"`
	ModelShare  json.Number         `json:"model_share"`
}

type jsonExplainedTerm struct {
	Term       string      `json:"term"`
	Category   string      `json:"category"`
	Base       json.Number `json:"base"`
	Group      json.Number `json:"group"`
	Modifier   json.Number `json:"modifier"`
	Negation   json.Number `json:"negation"`
	Prohibited bool        `json:"prohibited"`
	Target     json.Number `json:"target"`
	Contrast   json.Number `json:"contrast"`
	Imperative bool        `json:"imperative"`
	Directive  json.Number `json:"imperative_factor"`
	Weight     json.Number `json:"weight"`
}

func toJSONExplanation(s tone.Score, w tone.Weights) *jsonExplanation {
	e := &jsonExplanation{Terms: make([]jsonExplainedTerm, len(s.Terms)), LexiconSum: round4(s.LexiconSum),
		Evidence: round4(s.Evidence), Saturation: round4(w.Saturation), NBLogOdds: round4(s.NBLogOdds),
		NBTone: round4(s.NBTone), ModelWeight: round4(w.ModelWeight), ModelDecay: round4(w.ModelDecay),
		ModelShare: round4(s.ModelShare)}
	for i, t := range s.Terms {
		e.Terms[i] = jsonExplainedTerm{Term: t.Text, Category: string(t.Category), Base: round4(t.Base),
			Group: round4(t.Group), Modifier: round4(t.Modifier), Negation: round4(t.Negation), Prohibited: t.Prohibited,
			Target: round4(t.Target), Contrast: round4(t.Contrast), Imperative: t.Imperative, Directive: round4(t.Directive),
			Weight: round4(t.Weight)}
	}
	return e
}

// writeExplanations renders each statement's score and how it was
// reached: a table of the matches and the factors the rules applied, then
// the lexicon sum, the model's reading and the blend.
func writeExplanations(w io.Writer, rows []scoreRow, wt tone.Weights) error {
	for i, r := range rows {
		if i > 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return err
			}
		}
		if err := writeExplanation(w, r, wt); err != nil {
			return err
		}
	}
	return nil
}

// factor formats a rule's factor for the explanation table: empty when
// the rule did nothing.
func factor(v float64) string {
	if v == 1 {
		return ""
	}
	return "x" + short(v)
}

func writeExplanation(w io.Writer, r scoreRow, wt tone.Weights) error {
	s := r.Score
	var b strings.Builder
	fmt.Fprintf(&b, "line %d: %s\n", r.Line, r.Text)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if len(s.Terms) > 0 {
		t := newTable(w, []string{"term", "category", "base", "kind", "degree", "negation", "state named", "contrast", "imperative", "weight"},
			alignment(10, 2, 3, 4, 5, 6, 7, 8, 9))
		for _, term := range s.Terms {
			neg := factor(term.Negation)
			if term.Prohibited {
				neg = "prohibition"
			}
			imperative := factor(term.Directive)
			if term.Imperative && imperative == "" {
				imperative = "yes"
			}
			if err := t.Append([]string{term.Text, string(term.Category), short(term.Base), factor(term.Group),
				factor(term.Modifier), neg, factor(term.Target), factor(term.Contrast), imperative,
				strconv.FormatFloat(term.Weight, 'f', 3, 64)}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	b.Reset()
	if len(s.Terms) == 0 {
		b.WriteString("lexicon: no weighted term matched; lexicon tone 0\n")
	} else {
		fmt.Fprintf(&b, "lexicon: sum of weights %.3f, saturated as sum/sqrt(sum² + %s) = %.3f\n",
			s.LexiconSum, short(wt.Saturation), s.Lexicon)
	}
	fmt.Fprintf(&b, "naive bayes: log-odds %.3f, p(positive) %.3f, read as tanh(log-odds/%s) = %.3f\n",
		s.NBLogOdds, s.NBPositive, short(wt.ModelTemperature), s.NBTone)
	fmt.Fprintf(&b, "blend: model share %s / (1 + %s × evidence %.3f) = %.3f\n",
		short(wt.ModelWeight), short(wt.ModelDecay), s.Evidence, s.ModelShare)
	fmt.Fprintf(&b, "tone = (1 - %.3f) × %.3f + %.3f × %.3f = %.3f: %s\n",
		s.ModelShare, s.Lexicon, s.ModelShare, s.NBTone, s.Tone, labelRange(s.Label))
	fmt.Fprintf(&b, "cooperation %.3f, assertiveness %.3f\n", s.Cooperation, s.Assertiveness)
	_, err := io.WriteString(w, b.String())
	return err
}

// labelRange names a label with the tones it covers.
func labelRange(l tone.Label) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	switch l {
	case tone.Hostile:
		return "hostile (tone <= " + f(tone.HostileMax) + ")"
	case tone.Critical:
		return "critical (" + f(tone.HostileMax) + " < tone <= " + f(tone.CriticalMax) + ")"
	case tone.Neutral:
		return "neutral (" + f(tone.CriticalMax) + " < tone < " + f(tone.CordialMin) + ")"
	case tone.Cordial:
		return "cordial (" + f(tone.CordialMin) + " <= tone < " + f(tone.WarmMin) + ")"
	}
	return "warm (tone >= " + f(tone.WarmMin) + ")"
}

type jsonStatement struct {
	File      string `json:"file"`
	Statement int    `json:"statement"`
	Paragraph int    `json:"paragraph"`
	Speaker   string `json:"speaker"`
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	jsonScore
	Cue string `json:"cue"`
}

type jsonSummary struct {
	Speaker           string      `json:"speaker"`
	Statements        int         `json:"statements"`
	ToneMean          json.Number `json:"tone_mean"`
	ToneMin           json.Number `json:"tone_min"`
	ToneMax           json.Number `json:"tone_max"`
	Label             string      `json:"label"`
	CooperationMean   json.Number `json:"cooperation_mean"`
	AssertivenessMean json.Number `json:"assertiveness_mean"`
	Hostile           int         `json:"hostile"`
	Critical          int         `json:"critical"`
	Neutral           int         `json:"neutral"`
	Cordial           int         `json:"cordial"`
	Warm              int         `json:"warm"`
}

func toJSONStatement(r statementRow) jsonStatement {
	return jsonStatement{File: r.File, Statement: r.Index, Paragraph: r.Paragraph, Speaker: r.Speaker,
		Kind: string(r.Kind), Text: r.Text, jsonScore: toJSONScore(r.Score), Cue: r.Cue}
}

func toJSONSummary(s tone.SpeakerSummary) jsonSummary {
	return jsonSummary{Speaker: s.Speaker, Statements: s.Statements, ToneMean: round4(s.ToneMean),
		ToneMin: round4(s.ToneMin), ToneMax: round4(s.ToneMax), Label: string(s.Label),
		CooperationMean: round4(s.CooperationMean), AssertivenessMean: round4(s.AssertivenessMean),
		Hostile: s.Counts[0], Critical: s.Counts[1], Neutral: s.Counts[2], Cordial: s.Counts[3], Warm: s.Counts[4]}
}

// writeJSON writes v as indented JSON; writeJSONL writes each value on its
// own line. HTML is not escaped: statements quote "<" and "&" often.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeJSONL[T any](w io.Writer, vs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

// newTable returns a table with plain headers (tablewriter v1 upper-cases
// them by default) and the given per-column alignment.
func newTable(w io.Writer, header []string, align tw.Alignment) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoFormat(tw.Off),
		tablewriter.WithAlignment(align),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	t.Header(header)
	return t
}

func alignment(n int, right ...int) tw.Alignment {
	a := make(tw.Alignment, n)
	for i := range a {
		a[i] = tw.AlignLeft
	}
	for _, r := range right {
		a[r] = tw.AlignRight
	}
	return a
}

// ellipsize shortens s to at most n runes for a table cell.
func ellipsize(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeScoreTable renders one statement as a small table of its parts and
// its terms, or several (--lines) as one row each.
func writeScoreTable(w io.Writer, rows []scoreRow, multi bool) error {
	if !multi && len(rows) == 1 {
		s := rows[0].Score
		t := newTable(w, []string{"measure", "value"}, alignment(2, 1))
		for _, kv := range [][]string{
			{"tone", short(s.Tone)}, {"label", string(s.Label)}, {"nb_positive", short(s.NBPositive)},
			{"lexicon", short(s.Lexicon)}, {"cooperation", short(s.Cooperation)}, {"assertiveness", short(s.Assertiveness)},
		} {
			if err := t.Append(kv); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		if len(s.Terms) == 0 {
			_, err := fmt.Fprintln(w, "no lexicon terms matched")
			return err
		}
		tt := newTable(w, []string{"term", "category", "base", "weight", "rules"}, alignment(5, 2, 3))
		for _, term := range s.Terms {
			if err := tt.Append([]string{term.Text, string(term.Category), short(term.Base), short(term.Weight), rules(term)}); err != nil {
				return err
			}
		}
		return tt.Render()
	}
	t := newTable(w, []string{"line", "tone", "label", "nb_positive", "lexicon", "cooperation", "assertiveness", "text"},
		alignment(8, 0, 1, 3, 4, 5, 6))
	for _, r := range rows {
		s := r.Score
		if err := t.Append([]string{strconv.Itoa(r.Line), short(s.Tone), string(s.Label), short(s.NBPositive),
			short(s.Lexicon), short(s.Cooperation), short(s.Assertiveness), ellipsize(r.Text, 60)}); err != nil {
			return err
		}
	}
	return t.Render()
}

// rules says in words what the scoring rules did to a term.
func rules(t tone.Term) string {
	var parts []string
	if t.Negated {
		parts = append(parts, "negated")
	}
	if t.Prohibited {
		parts = append(parts, "prohibited")
	}
	if t.Scale != 1 && t.Scale != 0 {
		parts = append(parts, "x"+strconv.FormatFloat(t.Scale, 'f', 2, 64))
	}
	return strings.Join(parts, ", ")
}

func writeStatementTable(w io.Writer, rows []statementRow, withFile bool) error {
	header := []string{"#", "para", "speaker", "kind", "tone", "label", "text"}
	align := alignment(7, 0, 1, 4)
	if withFile {
		header = append([]string{"file"}, header...)
		align = alignment(8, 1, 2, 5)
	}
	t := newTable(w, header, align)
	for _, r := range rows {
		row := []string{strconv.Itoa(r.Index), strconv.Itoa(r.Paragraph), r.Speaker, string(r.Kind),
			short(r.Tone), string(r.Label), ellipsize(r.Text, 70)}
		if withFile {
			row = append([]string{r.File}, row...)
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

func writeSummaryTable(w io.Writer, sums []tone.SpeakerSummary) error {
	t := newTable(w, []string{"speaker", "statements", "tone", "min", "max", "label", "cooperation", "assertiveness",
		"hostile", "critical", "neutral", "cordial", "warm"}, alignment(13, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12))
	for _, s := range sums {
		row := []string{s.Speaker, strconv.Itoa(s.Statements), short(s.ToneMean), short(s.ToneMin), short(s.ToneMax),
			string(s.Label), short(s.CooperationMean), short(s.AssertivenessMean)}
		for _, c := range s.Counts {
			row = append(row, strconv.Itoa(c))
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// writeEvalTable renders an evaluation: a table of figures for demarche
// and the Naive Bayes model alone, then a confusion matrix for each, then
// (with --misses) the texts demarche labels differently.
func writeEvalTable(w io.Writer, set codedSet, d, nb tone.Evaluation, misses []evalMiss, withMisses bool) error {
	if _, err := fmt.Fprintf(w, "%s: %d texts, label set %s, text column %q\n\n", set.Name, len(set.Rows), set.Scheme, set.TextColumn); err != nil {
		return err
	}
	t := newTable(w, []string{"measure", "demarche", "naive bayes"}, alignment(3, 1, 2))
	rows := [][]string{
		{"accuracy", num(d.Confusion.Accuracy()), num(nb.Confusion.Accuracy())},
		{"macro-F1", num(d.Confusion.MacroF1()), num(nb.Confusion.MacroF1())},
		{"ROC AUC (" + negativeSide(set.Scheme) + ")", aucString(d.AUC), aucString(nb.AUC)},
	}
	for i, class := range d.Confusion.Classes {
		dc, nc := d.Confusion.Class(i), nb.Confusion.Class(i)
		rows = append(rows,
			[]string{fmt.Sprintf("%s (%d) precision", class, dc.Support), num(dc.Precision), num(nc.Precision)},
			[]string{fmt.Sprintf("%s (%d) recall", class, dc.Support), num(dc.Recall), num(nc.Recall)},
			[]string{fmt.Sprintf("%s (%d) F1", class, dc.Support), num(dc.F1), num(nc.F1)})
	}
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, m := range []struct {
		name string
		e    tone.Evaluation
	}{{"demarche", d}, {"naive bayes alone", nb}} {
		if _, err := fmt.Fprintf(w, "\n%s: rows are the hand coding, columns the prediction\n", m.name); err != nil {
			return err
		}
		if err := writeConfusion(w, m.e.Confusion); err != nil {
			return err
		}
	}
	if !withMisses {
		return nil
	}
	if len(misses) == 0 {
		_, err := fmt.Fprintln(w, "\ndemarche labels every text as the hand coding does")
		return err
	}
	if _, err := fmt.Fprintf(w, "\n%d texts demarche labels differently\n", len(misses)); err != nil {
		return err
	}
	mt := newTable(w, []string{"line", "coded", "demarche", "tone", "text"}, alignment(5, 0, 3))
	for _, m := range misses {
		if err := mt.Append([]string{strconv.Itoa(m.Line), m.Label, m.Predicted, short(m.Score.Tone), ellipsize(m.Text, 80)}); err != nil {
			return err
		}
	}
	return mt.Render()
}

// negativeSide names the classes ROC AUC ranks first.
func negativeSide(s tone.Scheme) string {
	if s == tone.FiveLabels {
		return "hostile+critical"
	}
	return s.Classes()[0]
}

func aucString(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return num(v)
}

func writeConfusion(w io.Writer, c *tone.Confusion) error {
	header := append([]string{"coded \\ predicted"}, c.Classes...)
	header = append(header, "total")
	right := make([]int, len(header)-1)
	for i := range right {
		right[i] = i + 1
	}
	t := newTable(w, header, alignment(len(header), right...))
	for i, class := range c.Classes {
		row := []string{class}
		total := 0
		for _, v := range c.Counts[i] {
			row = append(row, strconv.Itoa(v))
			total += v
		}
		if err := t.Append(append(row, strconv.Itoa(total))); err != nil {
			return err
		}
	}
	return t.Render()
}

type jsonClass struct {
	Class     string      `json:"class"`
	Support   int         `json:"support"`
	Predicted int         `json:"predicted"`
	Precision json.Number `json:"precision"`
	Recall    json.Number `json:"recall"`
	F1        json.Number `json:"f1"`
}

type jsonEvaluation struct {
	Accuracy json.Number `json:"accuracy"`
	MacroF1  json.Number `json:"macro_f1"`
	// ROCAUC is null when the set has only one side.
	ROCAUC    *json.Number `json:"roc_auc"`
	Classes   []jsonClass  `json:"classes"`
	Confusion [][]int      `json:"confusion"`
}

type jsonMiss struct {
	Line      int    `json:"line"`
	Coded     string `json:"coded"`
	Predicted string `json:"predicted"`
	Text      string `json:"text"`
	jsonScore
}

type jsonEval struct {
	File       string         `json:"file"`
	Texts      int            `json:"texts"`
	LabelSet   string         `json:"label_set"`
	TextColumn string         `json:"text_column"`
	Demarche   jsonEvaluation `json:"demarche"`
	NaiveBayes jsonEvaluation `json:"naive_bayes"`
	Misses     []jsonMiss     `json:"misses,omitempty"`
}

func toJSONEvaluation(e tone.Evaluation) jsonEvaluation {
	j := jsonEvaluation{Accuracy: round4(e.Confusion.Accuracy()), MacroF1: round4(e.Confusion.MacroF1()), Confusion: e.Confusion.Counts}
	if !math.IsNaN(e.AUC) {
		auc := round4(e.AUC)
		j.ROCAUC = &auc
	}
	for i := range e.Confusion.Classes {
		c := e.Confusion.Class(i)
		j.Classes = append(j.Classes, jsonClass{Class: c.Class, Support: c.Support, Predicted: c.Predicted,
			Precision: round4(c.Precision), Recall: round4(c.Recall), F1: round4(c.F1)})
	}
	return j
}

func toJSONEval(set codedSet, d, nb tone.Evaluation, misses []evalMiss, withMisses bool) jsonEval {
	j := jsonEval{File: set.Name, Texts: len(set.Rows), LabelSet: string(set.Scheme), TextColumn: set.TextColumn,
		Demarche: toJSONEvaluation(d), NaiveBayes: toJSONEvaluation(nb)}
	if withMisses {
		j.Misses = make([]jsonMiss, 0, len(misses))
		for _, m := range misses {
			j.Misses = append(j.Misses, jsonMiss{Line: m.Line, Coded: m.Label, Predicted: m.Predicted, Text: m.Text, jsonScore: toJSONScore(m.Score)})
		}
	}
	return j
}
