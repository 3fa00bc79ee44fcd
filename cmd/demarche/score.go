package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/cmd/demarche/internal/batch"
	"github.com/demarche/demarche/tone"
)

// scoreOptions are the parsed flags and arguments of `demarche score`.
type scoreOptions struct {
	f        *factory
	Text     string // the statement from the arguments
	FromArgs bool   // Text was given; otherwise standard input is read
	Lines    bool
	Explain  bool
	Format   string
	Lexicons []string
	// With Targets, the targets of each statement are printed instead
	// (see targets.go); Speaker and Actors are for them.
	Targets bool
	Speaker string
	Actors  []string
	// Table is a CSV or TSV file (or "-") whose TextColumn is scored row
	// by row (score --table).
	Table      string
	TextColumn string
}

func newCmdScore(f *factory, runF func(*scoreOptions) error) *cobra.Command {
	opts := &scoreOptions{f: f}
	cmd := &cobra.Command{
		Use:   "score [STATEMENT | -]",
		Short: "Score the tone of one statement",
		Long: `Score one statement: its tone, label, the Naive Bayes and lexicon parts,
cooperation, assertiveness, and the lexicon terms that fired with their
weights.

The statement is the arguments joined by spaces; with no argument, or "-",
it is read from standard input. With --lines each non-empty line of
standard input is scored as its own statement, one output row per line, in
input order; the line column gives the input line number. With --table
FILE each row of a CSV or TSV table with a header row ("-" for standard
input) is scored: its "text" column, else "sentence", or the one --text
names. In CSV the table is written back, each row's own cells as read and
its scores after them (named demarche_… when the table has a column of the
same name); a row with an empty text keeps its place, with empty scores.
Standard input and tables are read as analyze reads a file: invalid UTF-8
becomes U+FFFD, and a text (or, with --lines, a line) whose first
character beyond ASCII is not UTF-8 is read as Windows-1252; either is
reported on stderr.

With --explain, each statement is followed by how its tone was reached:
every match with its base weight and the factors the rules applied (its
kind of term, intensifiers and downtoners, negation, a named state,
contrast, an imperative), the lexicon's sum and saturation, the Naive
Bayes model's reading and its share of the blend. The terms column keeps
the compact form; JSON carries the same factors.

With --targets, print the actors the statement speaks about instead, with
the tone toward each and the words that set it: the clause or phrase that
concerns the actor and the lexicon terms in it. --speaker names who says
it, so that the speaker and its country are not taken for targets.`,
		Example: `  demarche score "We firmly oppose this provocation and will take resolute countermeasures."
  echo "China is ready to deepen practical cooperation." | demarche score
  demarche score --lines --format csv < statements.txt > scores.csv
  demarche score --table coded.csv --text sentence --format csv > scored.csv
  demarche score --explain "We welcome the talks but remain deeply concerned."
  demarche score --targets --speaker China "China is ready to work with Russia against the bullying of the US."`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && !(len(args) == 1 && args[0] == "-") {
				opts.Text = strings.Join(args, " ")
				opts.FromArgs = true
				if opts.Lines {
					return usagef("--lines reads standard input; give no statement argument")
				}
				if opts.Table != "" {
					return usagef("--table reads its file; give no statement argument")
				}
			}
			if opts.Table != "" && opts.Lines {
				return usagef("--table and --lines do not go together")
			}
			if cmd.Flags().Changed("text") && opts.Table == "" {
				return usagef("--text names a column of --table")
			}
			if opts.Targets && opts.Explain {
				return usagef("--targets and --explain do not go together")
			}
			if err := checkFormat(opts.Format, formatTable, formatCSV, formatJSON); err != nil {
				return err
			}
			if opts.Explain && opts.Format == formatCSV {
				return usagef("--explain prints a table or JSON; CSV keeps the compact terms column")
			}
			if runF != nil {
				return runF(opts)
			}
			return scoreRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Lines, "lines", false, "score each non-empty line of standard input as its own statement")
	cmd.Flags().StringVar(&opts.Table, "table", "", "score each row of a CSV or TSV `FILE` with a header (\"-\" for standard input); CSV output keeps its columns")
	cmd.Flags().StringVar(&opts.TextColumn, "text", "", "with --table, the `COLUMN` to score (default \"text\", else \"sentence\")")
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "show how each tone was reached: every match, the rules' factors, the blend")
	cmd.Flags().StringVar(&opts.Format, "format", formatTable, "output format: table, csv or json")
	cmd.Flags().StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra lexicon `FILE` (repeatable; later files override earlier entries)")
	cmd.Flags().BoolVar(&opts.Targets, "targets", false, "name the actors the statement speaks about, the tone toward each and the words that set it")
	cmd.Flags().StringVar(&opts.Speaker, "speaker", "", "with --targets, who says it (`NAME`, country or organisation): not a target")
	cmd.Flags().StringArrayVar(&opts.Actors, "actors", nil, "extra actor gazetteer `FILE` (repeatable; see demarche actors)")
	return cmd
}

func scoreRun(opts *scoreOptions) error {
	var table scoreTable
	var rows []scoreRow
	var err error
	if opts.Table != "" {
		table, rows, err = readScoreTable(opts.f.in, opts.f.errOut, opts.Table, opts.TextColumn)
	} else {
		rows, err = scoreInputs(opts)
	}
	if err != nil {
		return err
	}
	scorer, err := opts.f.newScorer(opts.Lexicons)
	if err != nil {
		return err
	}
	for i := range rows {
		if rows[i].Text != "" { // a table's empty cell
			rows[i].Score = scorer.Score(rows[i].Text)
		}
	}
	out := opts.f.out
	if opts.Table != "" && opts.Format == formatCSV && !opts.Targets {
		return writeScoreTableCSV(out, table, rows)
	}
	// Elsewhere a table's rows with no text are left out.
	rows = scored(rows)
	if opts.Targets {
		return writeScoreTargets(opts, scorer, rows)
	}
	switch opts.Format {
	case formatCSV:
		return writeCSV(out, scoreColumns, scoreCSVRows(rows))
	case formatJSON:
		js := make([]jsonScoreRow, len(rows))
		for i, r := range rows {
			js[i] = jsonScoreRow{Line: r.Line, Text: r.Text, jsonScore: toJSONScore(r.Score)}
			if r.Fields != nil {
				js[i].Fields = tableFields(table.header, r.Fields)
			}
			if opts.Explain {
				js[i].Explanation = toJSONExplanation(r.Score, scorer.Weights())
			}
		}
		return writeJSON(out, js)
	default:
		if opts.Explain {
			return writeExplanations(out, rows, scorer.Weights())
		}
		return writeScoreTable(out, rows, opts.Lines || opts.Table != "")
	}
}

// scoreInputs collects the statements to score, before the model loads,
// so that bad input fails fast.
func scoreInputs(opts *scoreOptions) ([]scoreRow, error) {
	if opts.FromArgs {
		text := strings.TrimSpace(opts.Text)
		if text == "" {
			return nil, fmt.Errorf("empty statement: nothing to score")
		}
		return []scoreRow{{Line: 1, Text: text}}, nil
	}
	if opts.Lines {
		rows, err := readLines(opts.f.in, opts.f.errOut)
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		if len(rows) == 0 {
			return nil, fmt.Errorf("standard input has no statements: every line is empty")
		}
		return rows, nil
	}
	data, err := io.ReadAll(io.LimitReader(opts.f.in, maxStatementBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read standard input: %w", err)
	}
	if len(data) > maxStatementBytes {
		return nil, fmt.Errorf("standard input is over %d MiB: use 'demarche analyze' for documents", maxStatementBytes>>20)
	}
	// Read as analyze reads a file: a text saved by Windows keeps its
	// curly quotation marks.
	decoded, bad, nul := batch.Decode(batch.Stdin, data)
	for _, w := range []error{bad, nul} {
		if w != nil {
			warnf(opts.f.errOut, "%v", w)
		}
	}
	text := strings.TrimSpace(tone.Normalize(decoded))
	if text == "" {
		return nil, fmt.Errorf("empty statement: nothing to score")
	}
	return []scoreRow{{Line: 1, Text: text}}, nil
}

// maxStatementBytes bounds what `score` reads as one statement.
const maxStatementBytes = 8 << 20

// readLines returns each non-empty line of r with its 1-based line number.
// Each line is read as analyze reads a file (see batch.Decode); the first
// warning of each kind goes to errOut.
func readLines(r io.Reader, errOut io.Writer) ([]scoreRow, error) {
	var rows []scoreRow
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxStatementBytes)
	n := 0
	badSaid, nulSaid := false, false
	for sc.Scan() {
		n++
		text, bad, nul := batch.Decode(fmt.Sprintf("line %d", n), sc.Bytes())
		if bad != nil && !badSaid {
			badSaid = true
			warnf(errOut, "%v", bad)
		}
		if nul != nil && !nulSaid {
			nulSaid = true
			warnf(errOut, "%v", nul)
		}
		line := strings.TrimSpace(text) // Decode dropped a byte order mark
		if line == "" {
			continue
		}
		rows = append(rows, scoreRow{Line: n, Text: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return rows, nil
}
