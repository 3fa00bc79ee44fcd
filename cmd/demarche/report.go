package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/cmd/demarche/internal/batch"
	"github.com/demarche/demarche/cmd/demarche/internal/report"
	"github.com/demarche/demarche/tone"
)

// reportOptions are the parsed flags and arguments of `demarche report`.
type reportOptions struct {
	f        *factory
	Paths    []string // "-" is standard input
	Output   string   // "-" is standard output
	Title    string
	Lexicons []string
	Actors   []string
	OneText  bool // --one-text
	Speech   bool // --speech
	// Since and Until are --since and --until as given; dates, the range
	// they keep.
	Since, Until string
	dates        dateRange
}

func newCmdReport(f *factory, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{f: f}
	cmd := &cobra.Command{
		Use:   "report [FILE... | -] -o FILE",
		Short: "Write an HTML report of tone per speaker, with charts",
		Long: `Analyze the texts as 'demarche analyze' does and write the result as one
self-contained HTML page:

  - a summary line: files, statements, speakers, date range
  - tone by speaker: a diverging bar chart of each speaker's mean tone,
    from hostile to warm, with the spread of their statements
  - tone over time, one line per speaker, when statements carry dates
  - tone toward targets, a speaker x target table, when targets are known
  - each speaker's most hostile and warmest statements, with the lexicon
    terms that drove each score highlighted (hover for the weight)
  - how to read the scales

The page loads nothing from the network and runs no script: the charts
are inline SVG. Open it in any browser; print it, or save it as PDF, from
the browser's print dialog.

-o is required. The file is written whole or not at all: through a
temporary file in the same directory, renamed into place at the end. Give
"-o -" to write the page to standard output. With no FILE, or "-", the
text is read from standard input. A file that cannot be read is reported
and the others are still reported on; the exit code is then 1. When no
input can be read, nothing is written.`,
		Example: `  demarche report testdata/sample/leaders-call.txt -o report.html
  demarche report --title "Leaders' call, 12 March" call.txt -o call.html
  cat briefing.txt | demarche report -o - > briefing.html
  demarche report --since 2024-01 --until 2024-06 briefings/ -o first-half.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			if opts.Output == "" {
				return usagef("report needs -o FILE (or -o - for standard output)")
			}
			dates, err := parseDateRange(opts.Since, opts.Until)
			if err != nil {
				return usagef("%v", err)
			}
			opts.dates = dates
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE` (\"-\" for standard output); required")
	fl.StringVar(&opts.Title, "title", "", "the report's `TITLE` (default \"Tone report\")")
	fl.StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra lexicon `FILE` (repeatable; later files override earlier entries)")
	fl.StringArrayVar(&opts.Actors, "actors", nil, "extra actor gazetteer `FILE` (repeatable; see demarche actors)")
	fl.BoolVar(&opts.OneText, "one-text", false, oneTextUsage)
	fl.BoolVar(&opts.Speech, "speech", false, speechUsage)
	fl.StringVar(&opts.Since, "since", "", sinceUsage)
	fl.StringVar(&opts.Until, "until", "", untilUsage)
	return cmd
}

func reportRun(opts *reportOptions) error {
	if opts.Output != "-" {
		// Fail before the slow part when the report cannot be written.
		if err := checkOutputPath(opts.Output); err != nil {
			return err
		}
	}
	// What the page shows is gathered as the statements come: running
	// sums, each statement's tone, and the few statements the page may
	// quote, so that the memory needed does not grow with the text
	// analysed (see report.Collector).
	var speakers tone.Summaries
	var stmts report.Collector
	targets := newTargetTally()
	names := make(map[string]string) // one copy of each speaker's name, for targets
	undated := 0                     // statements --since or --until left out for having no date
	read, failed, err := analyzeInputs(opts.f, opts.Paths, opts.Lexicons, opts.Actors, opts.OneText, opts.Speech, func(r statementRow) {
		if r.Kind == tone.Narration {
			return
		}
		if !opts.dates.keeps(r.Date) {
			if r.Date == "" {
				undated++
			}
			return
		}
		speakers.Add(r.Scored)
		stmts.Add(reportStatement(r))
		if len(r.Targets) > 0 {
			name, ok := names[r.Speaker]
			if !ok {
				name = strings.Clone(r.Speaker)
				names[name] = name
			}
			targets.add(name, r.Scored)
		}
	})
	if err != nil {
		return err
	}
	if undated > 0 {
		warnf(opts.f.errOut, "%s", undatedNote(undated))
	}
	if read == 0 {
		return errSomeInputsFailed // each was reported; there is nothing to show
	}

	// Speakers are merged across files as analyze merges them: a text
	// that only says "Xi" counts under "Xi Jinping" of another.
	speakerNames := speakers.Names()
	canon := batch.Canonical(speakerNames)
	stmts.Merge(canon)
	rep := &report.Report{
		Title:      opts.Title,
		Generator:  "demarche " + buildVersion(),
		Files:      read,
		Speakers:   mergeSpeakers(speakerNames, speakers.Tally, canon),
		Statements: stmts,
		Cells:      reportCells(targets, canon),
	}
	rep.From, rep.To = stmts.DateRange()

	var page bytes.Buffer
	if err := report.Write(&page, rep); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	if opts.Output == "-" {
		_, err = page.WriteTo(opts.f.out)
	} else {
		err = writeFileAtomic(opts.Output, page.Bytes())
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errSomeInputsFailed
	}
	return nil
}

// reportStatement is the report's view of one analysed statement.
func reportStatement(r statementRow) report.Statement {
	return report.Statement{File: r.File, Speaker: r.Speaker, Date: r.Date, Text: r.Text, Tone: r.Tone, Label: r.Label, Terms: r.Terms}
}

// checkOutputPath reports whether path can be written as a file: its
// directory exists and path itself is not a directory.
func checkOutputPath(path string) error {
	fi, err := os.Stat(path)
	if err == nil && fi.IsDir() {
		return fmt.Errorf("write %s: is a directory", path)
	}
	dir := filepath.Dir(path)
	fi, err = os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %s: directory %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("write %s: %w", path, err)
	case !fi.IsDir():
		return fmt.Errorf("write %s: %s is not a directory", path, dir)
	}
	return nil
}
