package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/tone"
)

// analyzeOptions are the parsed flags and arguments of `demarche analyze`.
type analyzeOptions struct {
	f          *factory
	Paths      []string // "-" is standard input
	Statements bool
	Narration  bool
	Format     string
	Lexicons   []string
}

func newCmdAnalyze(f *factory, runF func(*analyzeOptions) error) *cobra.Command {
	opts := &analyzeOptions{f: f}
	cmd := &cobra.Command{
		Use:   "analyze [FILE... | -]",
		Short: "Attribute a text's statements to speakers and report tone per speaker",
		Long: `Split each text into statements, attribute each to a speaker (direct quotes,
reported speech, transcript turns), score each, and print one row per
speaker: statements, mean, min and max tone, label, mean cooperation and
assertiveness, and how many statements carry each label.

With --statements, print one row per statement instead. Narration (the
reporter's own sentences) is left out unless --narration is given. With no
FILE, or "-", the text is read from standard input. A file that cannot be
read is reported and the others are still analyzed; the exit code is then 1.`,
		Example: `  demarche analyze testdata/sample/leaders-call.txt
  demarche analyze --statements report.txt
  demarche analyze --statements --format csv report.txt > statements.csv
  cat briefing.txt | demarche analyze --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			if err := checkFormat(opts.Format, formatTable, formatCSV, formatJSON, formatJSONL); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return analyzeRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&opts.Statements, "statements", false, "print one row per statement instead of per speaker")
	fl.BoolVar(&opts.Narration, "narration", false, "with --statements, include narration (kind narration, empty speaker)")
	fl.StringVar(&opts.Format, "format", formatTable, "output format: table, csv, json or jsonl")
	fl.StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra lexicon `FILE` (repeatable; later files override earlier entries)")
	return cmd
}

func analyzeRun(opts *analyzeOptions) error {
	inputs, read, err := analyzeInputs(opts.f, opts.Paths, opts.Lexicons)
	if err != nil {
		return err
	}
	var rows []statementRow
	var all []tone.Scored
	for _, r := range inputs {
		if r.Kind == tone.Narration && !(opts.Statements && opts.Narration) {
			continue
		}
		all = append(all, r.Scored)
		rows = append(rows, r)
	}

	if err := writeAnalysis(opts, rows, all); err != nil {
		return err
	}
	if read < len(opts.Paths) {
		return errSomeInputsFailed
	}
	return nil
}

// analyzeInputs reads each input in turn ("-" is standard input),
// attributes and scores its statements, and returns them all in order,
// narration included, with how many inputs were read. An input that
// cannot be read is reported on the factory's error stream and skipped.
func analyzeInputs(f *factory, paths, lexicons []string) (rows []statementRow, read int, err error) {
	scorer, err := f.newScorer(lexicons)
	if err != nil {
		return nil, 0, err
	}
	attributor, err := tone.NewAttributor()
	if err != nil {
		return nil, 0, err
	}
	analyzer := tone.NewAnalyzer(attributor, scorer)

	stdinRead := false
	for _, path := range paths {
		doc, name, err := readDocument(f.in, path, &stdinRead)
		if err != nil {
			warnf(f.errOut, "%v", err)
			continue
		}
		read++
		for _, s := range analyzer.Analyze(doc) {
			rows = append(rows, statementRow{File: name, Scored: s})
		}
	}
	return rows, read, nil
}

func writeAnalysis(opts *analyzeOptions, rows []statementRow, all []tone.Scored) error {
	out := opts.f.out
	if opts.Statements {
		switch opts.Format {
		case formatCSV:
			return writeCSV(out, statementColumns, statementCSVRows(rows))
		case formatJSON, formatJSONL:
			js := make([]jsonStatement, len(rows))
			for i, r := range rows {
				js[i] = toJSONStatement(r)
			}
			if opts.Format == formatJSONL {
				return writeJSONL(out, js)
			}
			return writeJSON(out, js)
		default:
			return writeStatementTable(out, rows, len(opts.Paths) > 1)
		}
	}
	sums := tone.Summarize(all)
	switch opts.Format {
	case formatCSV:
		return writeCSV(out, summaryColumns, summaryCSVRows(sums))
	case formatJSON, formatJSONL:
		js := make([]jsonSummary, len(sums))
		for i, s := range sums {
			js[i] = toJSONSummary(s)
		}
		if opts.Format == formatJSONL {
			return writeJSONL(out, js)
		}
		return writeJSON(out, js)
	default:
		return writeSummaryTable(out, sums, opts.f.outIsTerminal())
	}
}

// maxDocumentBytes bounds one input document.
const maxDocumentBytes = 256 << 20

// readDocument reads one input: a file, or standard input for "-" (once).
// It returns the text and the name the output's file column shows.
func readDocument(stdin io.Reader, path string, stdinRead *bool) (string, string, error) {
	var r io.Reader
	name := path
	if path == "-" {
		if *stdinRead {
			return "", "", fmt.Errorf("-: standard input can only be read once")
		}
		*stdinRead = true
		r = stdin
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return "", "", err // *PathError names the file
		}
		defer fh.Close()
		if fi, err := fh.Stat(); err == nil && fi.IsDir() {
			return "", "", fmt.Errorf("%s: is a directory", path)
		}
		r = fh
	}
	data, err := io.ReadAll(io.LimitReader(r, maxDocumentBytes+1))
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxDocumentBytes {
		return "", "", fmt.Errorf("%s: larger than %d MiB", path, maxDocumentBytes>>20)
	}
	return string(data), name, nil
}
