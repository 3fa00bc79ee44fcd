package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/tone"
)

// evalOptions are the parsed flags and arguments of `demarche eval`.
type evalOptions struct {
	f           *factory
	Path        string // "-" is standard input
	LabelColumn string
	TextColumn  string // empty: "text", else "sentence"
	Format      string
	Misses      bool
	Lexicons    []string
}

func newCmdEval(f *factory, runF func(*evalOptions) error) *cobra.Command {
	opts := &evalOptions{f: f}
	cmd := &cobra.Command{
		Use:   "eval FILE",
		Short: "Measure demarche against your own hand coding",
		Long: `Score every text of a hand-coded table and compare demarche's labels with
yours: accuracy, precision, recall and F1 per class, macro-F1, ROC AUC and a
confusion matrix, for demarche and, side by side, for the Naive Bayes model
alone.

FILE is TSV or CSV with a header row ("-" reads standard input): .tsv and
.tab files are TSV, .csv files CSV, anything else is TSV if its header has
a tab. The label column (--label, default "label") holds one label set:
neg/neu/pos, hostile/critical/neutral/cordial/warm, or conflict/none
(conflict is demarche's hostile or critical). The text column (--text)
defaults to "text", or "sentence" when there is no "text" column.

ROC AUC measures the ranking by -tone of the negative side (conflict; neg;
hostile and critical) above the rest. The Naive Bayes model alone classes a
text by its probability p of being positive: conflict when p < 0.5; on
neg/neu/pos, neu when 2p-1 is within ±0.2; on the five labels, 2p-1 cut at
-0.6, -0.2, 0.2 and 0.6.`,
		Example: `  demarche eval testdata/tone/sentences.tsv
  demarche eval --text sentence --label label unscon-dev.tsv
  demarche eval --misses coded.csv | less`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("eval needs exactly one FILE, got %d arguments", len(args))
			}
			opts.Path = args[0]
			if cmd.Flags().Changed("text") && opts.TextColumn == "" {
				return usagef("--text needs a column name")
			}
			if opts.LabelColumn == "" {
				return usagef("--label needs a column name")
			}
			if err := checkFormat(opts.Format, formatTable, formatJSON); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return evalRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.LabelColumn, "label", "label", "name of the label `COLUMN`")
	fl.StringVar(&opts.TextColumn, "text", "", "name of the text `COLUMN` (default \"text\", else \"sentence\")")
	fl.BoolVar(&opts.Misses, "misses", false, "also list the texts demarche labels differently from the hand coding")
	fl.StringVar(&opts.Format, "format", formatTable, "output format: table or json")
	fl.StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra lexicon `FILE` (repeatable; later files override earlier entries)")
	return cmd
}

// coded is one hand-coded text of an eval file.
type coded struct {
	Line  int
	Label string
	Text  string
}

// codedSet is the content of an eval file.
type codedSet struct {
	Name       string
	Scheme     tone.Scheme
	TextColumn string
	Rows       []coded
}

func evalRun(opts *evalOptions) error {
	set, err := readCodedFile(opts.f.in, opts.Path, opts.LabelColumn, opts.TextColumn)
	if err != nil {
		return err
	}
	scorer, err := opts.f.newScorer(opts.Lexicons)
	if err != nil {
		return err
	}
	gold := make([]string, len(set.Rows))
	scores := make([]tone.Score, len(set.Rows))
	for i, r := range set.Rows {
		gold[i] = r.Label
		scores[i] = scorer.Score(r.Text)
	}
	d, nb, err := tone.EvaluateScores(set.Scheme, gold, scores)
	if err != nil {
		return fmt.Errorf("%s: %w", set.Name, err)
	}
	var misses []evalMiss
	if opts.Misses {
		for i, r := range set.Rows {
			if p := set.Scheme.FromLabel(scores[i].Label); p != r.Label {
				misses = append(misses, evalMiss{coded: r, Predicted: p, Score: scores[i]})
			}
		}
	}
	if opts.Format == formatJSON {
		return writeJSON(opts.f.out, toJSONEval(set, d, nb, misses, opts.Misses))
	}
	return writeEvalTable(opts.f.out, set, d, nb, misses, opts.Misses)
}

// evalMiss is a text demarche labels differently from the hand coding.
type evalMiss struct {
	coded
	Predicted string
	Score     tone.Score
}

// maxEvalBytes bounds an eval file.
const maxEvalBytes = 64 << 20

// readCodedFile reads an eval file, or standard input for "-"; errors name
// the file and line.
func readCodedFile(stdin io.Reader, path, labelCol, textCol string) (codedSet, error) {
	name := path
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return codedSet{}, err
		}
		defer fh.Close()
		r = fh
	}
	data, err := io.ReadAll(io.LimitReader(r, maxEvalBytes+1))
	if err != nil {
		return codedSet{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxEvalBytes {
		return codedSet{}, fmt.Errorf("%s: over %d MiB", name, maxEvalBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return parseCoded(data, name, isTSV(path, data), labelCol, textCol)
}

// isTSV decides a file's dialect by its extension, else by a tab in its
// first line.
func isTSV(path string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tsv", ".tab":
		return true
	case ".csv":
		return false
	}
	first, _, _ := bytes.Cut(data, []byte("\n"))
	return bytes.IndexByte(first, '\t') >= 0
}

// record is one row of a table with the line it starts on.
type record struct {
	line   int
	fields []string
}

// parseCoded reads the header and rows of an eval table.
func parseCoded(data []byte, name string, tsv bool, labelCol, textCol string) (codedSet, error) {
	var recs []record
	var err error
	if tsv {
		recs, err = readTSV(data)
	} else {
		recs, err = readCSV(data)
	}
	if err != nil {
		return codedSet{}, fmt.Errorf("%s:%w", name, err)
	}
	if len(recs) == 0 {
		return codedSet{}, fmt.Errorf("%s: empty file: want a header row and hand-coded texts", name)
	}
	header := recs[0]
	col := func(want string) int {
		for i, h := range header.fields {
			if strings.TrimSpace(h) == want {
				return i
			}
		}
		return -1
	}
	li := col(labelCol)
	if li < 0 {
		return codedSet{}, fmt.Errorf("%s:%d: no %q column (columns: %s); choose one with --label", name, header.line, labelCol, strings.Join(header.fields, ", "))
	}
	ti, textCol, err := textColumn(name, header, textCol)
	if err != nil {
		return codedSet{}, err
	}

	set := codedSet{Name: name, TextColumn: textCol}
	schemeLine := 0
	for _, rec := range recs[1:] {
		if len(rec.fields) != len(header.fields) {
			return codedSet{}, fmt.Errorf("%s:%d: %d fields, the header has %d", name, rec.line, len(rec.fields), len(header.fields))
		}
		label := strings.ToLower(strings.TrimSpace(rec.fields[li]))
		text := strings.TrimSpace(tone.Normalize(rec.fields[ti]))
		switch {
		case label == "":
			return codedSet{}, fmt.Errorf("%s:%d: empty label", name, rec.line)
		case text == "":
			return codedSet{}, fmt.Errorf("%s:%d: empty text", name, rec.line)
		case set.Scheme == "":
			s, ok := tone.SchemeOf(label)
			if !ok {
				return codedSet{}, fmt.Errorf("%s:%d: unknown label %q; want one of the label sets %s, %s or %s",
					name, rec.line, label, tone.NegNeuPos, tone.FiveLabels, tone.ConflictNone)
			}
			set.Scheme, schemeLine = s, rec.line
		case !set.Scheme.Has(label):
			return codedSet{}, fmt.Errorf("%s:%d: label %q is not in the label set %s (that of line %d)", name, rec.line, label, set.Scheme, schemeLine)
		}
		set.Rows = append(set.Rows, coded{Line: rec.line, Label: label, Text: text})
	}
	if len(set.Rows) == 0 {
		return codedSet{}, fmt.Errorf("%s: no hand-coded texts after the header", name)
	}
	return set, nil
}

// textColumn returns the index and name of a table's text column: the
// one asked for, else "text", else "sentence" (eval and score --table
// look so). The error names the table, the header's line and its columns.
func textColumn(name string, header record, asked string) (int, string, error) {
	want := []string{"text", "sentence"}
	if asked != "" {
		want = []string{asked}
	}
	for _, w := range want {
		if i := slices.IndexFunc(header.fields, func(h string) bool { return strings.TrimSpace(h) == w }); i >= 0 {
			return i, w, nil
		}
	}
	what := `"text" or "sentence" column`
	if asked != "" {
		what = strconv.Quote(asked) + " column"
	}
	return -1, "", fmt.Errorf("%s:%d: no %s (columns: %s); choose one with --text", name, header.line, what, strings.Join(header.fields, ", "))
}

// readTSV splits tab-separated lines; fields are not quoted, blank lines
// are skipped. Errors start with the line number.
func readTSV(data []byte) ([]record, error) {
	var recs []record
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), maxStatementBytes)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		recs = append(recs, record{line: n, fields: strings.Split(line, "\t")})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%d: %w", n+1, err)
	}
	return recs, nil
}

// readCSV reads RFC 4180 CSV; a quoted field may span lines, and each
// record keeps the line it starts on.
func readCSV(data []byte) ([]record, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1 // checked against the header by the caller
	var recs []record
	for {
		fields, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%d: %w", pe.Line, pe.Err)
			}
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		recs = append(recs, record{line: line, fields: fields})
	}
}
