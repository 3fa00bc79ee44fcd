package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/cmd/demarche/internal/batch"
	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/actor"
)

// analyzeOptions are the parsed flags and arguments of `demarche analyze`.
type analyzeOptions struct {
	f          *factory
	Paths      []string // files, directories, "-" for standard input
	Statements bool
	Narration  bool
	Format     string
	Lexicons   []string
	// Output is the file -o names; "" or "-" is standard output.
	Output        string
	By            string // "speaker", "file" or "country"
	Per           string // "", or the period per-speaker rows are split by: day, week, month or year
	Since, Until  string // --since and --until as given
	dates         dateRange
	Actors        []string // extra gazetteer files (--actors)
	Targets       bool     // speaker × target rows (--targets)
	Speakers      []string
	MinStatements int
	Jobs          int
	Exts          []string // lower case, with the dot
	Excel         bool
	Quiet         bool
	FailFast      bool
	OneText       bool // --one-text: two blank lines do not separate texts
	Speech        bool // --speech: each file is one speech (and one text)
	// ChunkSize is the size of the largest piece long texts are analyzed
	// in; 0 is batch.DefaultChunkSize. Tests make it small.
	ChunkSize int
}

// Grouping of the per-speaker rows (--by).
const (
	bySpeaker = "speaker"
	byFile    = "file"
)

func newCmdAnalyze(f *factory, runF func(*analyzeOptions) error) *cobra.Command {
	opts := &analyzeOptions{f: f}
	var extList string
	cmd := &cobra.Command{
		Use:   "analyze [FILE | DIR | -]...",
		Short: "Attribute a text's statements to speakers and report tone per speaker",
		Long: `Split each text into statements, attribute each to a speaker (direct
quotes, reported speech, transcript turns, the paragraphs of a speech whose
heading names its speaker), score each, and print one row per speaker:
statements, mean, min and max tone, label, mean cooperation and
assertiveness, and how many statements carry each label. Speakers are
merged across files: a one-word name that is a word of exactly one longer
name in the run ("Xi" and "Xi Jinping") is one row.

With --statements, print one row per statement instead; with --by file,
one row per speaker and file; with --by country, one row per state or
organisation the speakers speak for. With --targets, print one row per
speaker (or country) and target: the tone of their statements toward each
actor they speak about.
Narration (the reporter's own sentences) is left out unless --narration is
given.

Inputs are files, directories and "-" (standard input, also the default).
A directory is walked recursively in sorted order for .txt, .md and .text
files (--ext changes the list; names starting with "." are skipped); a
file named explicitly is always read. Files are analyzed on --jobs cores;
the output is the same, byte for byte, whatever the number. A file that
cannot be read is reported and the others are still analyzed; the exit
code is then 1 (when none could be read, nothing is written). A binary
file (a NUL byte) is skipped, a PDF or an old .doc with what to do;
invalid UTF-8 is replaced with U+FFFD and reported,
but a file that is not UTF-8 from its first character beyond ASCII is read
as Windows-1252 (and reported); a text that does not read as English is
reported. A page break (a form feed, from pdftotext) is read across,
without the pages' running heads and feet. A web page (.html, .htm, or
standard input that starts as one) is read as its text, without tags,
scripts or the page's navigation, and a Word or RTF document (.docx, .rtf)
as the text of its body; directories give them only with --ext (--ext
txt,html,docx). A file of several texts, two or more blank lines apart or
each ended by a line "End of Document" (a collection: a year of briefings
in one file, a LexisNexis export), is read text by text, each with its own
speakers and date; --one-text reads each file as one text, and --speech
each file as one speech (by the speaker its heading names, else by the
state a UN General Debate file name's code names, USA_79_2024 for the
United States, else by the file's name).

With -o FILE the output is written to a temporary file and renamed to FILE
when complete, so an interrupted run leaves no partial file (a link is
followed to its file; a device, a pipe or /dev/stdout is written in place);
the format follows FILE's extension (.csv, .json, .jsonl) unless --format
is given. A --speaker that selects no speaker of the input is reported on
stderr.
With more than one input, a one-line summary goes to stderr at the end,
and a progress bar while running when stderr is a terminal (--quiet turns
both off).`,
		Example: `  demarche analyze testdata/sample/leaders-call.txt
  demarche analyze --statements report.txt
  demarche analyze --statements -o statements.csv archive/
  demarche analyze --by file --speaker "Wang Yi" -o wang.csv briefings/2023
  demarche analyze --per month --by country -o monthly.csv briefings/
  demarche analyze --since 2024-01 --until 2024-06 --speaker "Wang Yi" briefings/
  demarche analyze --speech --by file -o ungd.csv ungd/
  cat briefing.txt | demarche analyze --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{batch.Stdin}
			}
			if err := opts.check(cmd.Flags().Changed("format"), extList); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return analyzeRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&opts.Statements, "statements", false, "print one row per statement instead of per speaker")
	fl.BoolVar(&opts.Narration, "narration", false, "with --statements, include narration (kind narration, empty speaker)")
	fl.StringVar(&opts.Format, "format", formatTable, "output format: table, csv, json or jsonl")
	fl.StringArrayVar(&opts.Lexicons, "lexicon", nil, "extra lexicon `FILE` (repeatable; later files override earlier entries)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` atomically; the format follows its extension")
	fl.StringVar(&opts.By, "by", bySpeaker, "group per-speaker rows by speaker, by file (speaker × file rows) or by country")
	fl.StringVar(&opts.Since, "since", "", sinceUsage)
	fl.StringVar(&opts.Until, "until", "", untilUsage)
	fl.StringVar(&opts.Per, "per", "", "split per-speaker (or per-country) rows by `PERIOD` of their documents' dates: day, week, month or year")
	fl.BoolVar(&opts.Targets, "targets", false, "print speaker × target rows: the tone toward each actor spoken about")
	fl.StringArrayVar(&opts.Actors, "actors", nil, "extra actor gazetteer `FILE` (repeatable; see demarche actors)")
	fl.StringArrayVar(&opts.Speakers, "speaker", nil, "only this speaker (`NAME` or a word of it, any case; repeatable)")
	fl.IntVar(&opts.MinStatements, "min-statements", 0, "drop per-speaker rows with fewer than `N` statements")
	fl.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "analyze `N` files, or pieces of a long file, at once")
	fl.StringVar(&extList, "ext", strings.Join(batch.DefaultExts(), ","), "file `EXTENSIONS` read in directories, comma-separated")
	fl.BoolVar(&opts.Excel, "excel", false, "start CSV output with a UTF-8 byte order mark, for Excel")
	fl.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar and no summary on stderr")
	fl.BoolVar(&opts.FailFast, "fail-fast", false, "stop at the first input that cannot be read (no -o file is written)")
	fl.BoolVar(&opts.OneText, "one-text", false, oneTextUsage)
	fl.BoolVar(&opts.Speech, "speech", false, speechUsage)
	return cmd
}

// oneTextUsage is the help of --one-text, for analyze and report.
const oneTextUsage = "read each file as one text: two or more blank lines inside it do not separate texts"

// speechUsage is the help of --speech, for analyze and report.
const speechUsage = "read each file as one speech: its paragraphs are the statements of the speaker its heading names (\"Statement by …\", \"Foreign Secretary's speech at …\"), else of the state a UN General Debate file name's code names (USA_79_2024: United States), else of the file's name without its extension (implies --one-text)"

// speechSpeaker returns the function that names the speaker of an input
// read with --speech: the file's name without its directory and
// extension; but a name of the UN General Debate corpus's form, a state's
// ISO 3166 code, the session and the year (ungd/USA_79_2024.txt), names
// the state, as codes maps it ("United States"), for a delegation speaks
// for its state. Standard input has none: its text is a speech only by
// its heading.
func speechSpeaker(codes map[string]string) func(batch.Input) string {
	return func(in batch.Input) string {
		if in.Path == batch.Stdin {
			return ""
		}
		base := filepath.Base(in.Path)
		base = strings.TrimSuffix(base, filepath.Ext(base))
		if state, ok := codes[debateCode(base)]; ok {
			return state
		}
		return base
	}
}

// debateCode returns the state code of a file name of the UN General
// Debate corpus's form, CODE_SESSION_YEAR ("USA_79_2024"), or "".
func debateCode(base string) string {
	code, rest, _ := strings.Cut(base, "_")
	session, year, ok := strings.Cut(rest, "_")
	if !ok || len(code) != 3 || len(year) != 4 || !allDigits(session) || !allDigits(year) {
		return ""
	}
	return code
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// readAs returns cfg with an as its analyzer, set to read each file as
// one text (oneText) or as one speech (speech, which implies oneText).
func readAs(an *tone.Analyzer, cfg batch.Config, oneText, speech bool) (batch.Config, error) {
	if oneText || speech {
		an = an.AsOneDocument()
		cfg.OneDocument = true
	}
	if speech {
		codes, err := tone.CountryCodes()
		if err != nil {
			return cfg, err
		}
		cfg.Speaker = speechSpeaker(codes)
	}
	cfg.Analyzer = an
	return cfg, nil
}

// check validates the flags together; formatSet says --format was given.
func (opts *analyzeOptions) check(formatSet bool, extList string) error {
	if opts.Output != "" && opts.Output != "-" && !formatSet {
		switch strings.ToLower(filepath.Ext(opts.Output)) {
		case ".csv":
			opts.Format = formatCSV
		case ".json":
			opts.Format = formatJSON
		case ".jsonl", ".ndjson":
			opts.Format = formatJSONL
		}
	}
	if err := checkFormat(opts.Format, formatTable, formatCSV, formatJSON, formatJSONL); err != nil {
		return err
	}
	switch {
	case opts.By != bySpeaker && opts.By != byFile && opts.By != byCountry:
		return usagef("unknown --by %q; want speaker, file or country", opts.By)
	case opts.By != bySpeaker && opts.Statements:
		return usagef("--by %s groups speaker rows; it does not go with --statements", opts.By)
	case opts.Targets && opts.Statements:
		return usagef("--targets gives speaker × target rows; it does not go with --statements (see score --targets)")
	case opts.Targets && opts.By == byFile:
		return usagef("--targets goes with --by speaker or --by country, not --by file")
	case opts.Per != "" && opts.Per != perDay && opts.Per != perWeek && opts.Per != perMonth && opts.Per != perYear:
		return usagef("unknown --per %q; want day, week, month or year", opts.Per)
	case opts.Per != "" && opts.Statements:
		return usagef("--per splits speaker rows; it does not go with --statements (each statement has a date column)")
	case opts.Per != "" && opts.Targets:
		return usagef("--per does not go with --targets")
	case opts.Per != "" && opts.By == byFile:
		return usagef("--per goes with --by speaker or --by country; --by file rows have their file's date")
	case opts.MinStatements < 0:
		return usagef("--min-statements must be 0 or more, got %d", opts.MinStatements)
	case opts.MinStatements > 0 && opts.Statements:
		return usagef("--min-statements drops speaker rows; it does not go with --statements")
	case opts.Jobs < 1:
		return usagef("--jobs must be at least 1, got %d", opts.Jobs)
	case opts.Excel && opts.Format != formatCSV:
		return usagef("--excel is for CSV output, not %s", opts.Format)
	}
	dates, err := parseDateRange(opts.Since, opts.Until)
	if err != nil {
		return usagef("%v", err)
	}
	opts.dates = dates
	exts, err := batch.ParseExts(extList)
	if err != nil {
		return usagef("--ext: %v", err)
	}
	opts.Exts = exts
	return nil
}

// errFailFast stops a run at the first failed input (--fail-fast).
var errFailFast = errors.New("stopped at the first failed input")

func analyzeRun(ctx context.Context, opts *analyzeOptions) error {
	start := time.Now()
	// Rows stream to the output, except a statement table, which is laid
	// out once all are in: what stays alive then grows with the input.
	if opts.f.tuneMemory != nil && !(opts.Statements && opts.Format == formatTable) {
		opts.f.tuneMemory(opts.Jobs)
	}
	attributorOf := later(tone.NewAttributor)
	gazetteerOf := later(func() (*actor.Gazetteer, error) { return loadGazetteer(opts.Actors) })
	scorer, err := opts.f.newScorer(opts.Lexicons)
	if err != nil {
		return err
	}
	attributor, err := attributorOf()
	if err != nil {
		return err
	}
	var out io.Writer = opts.f.out
	var file *atomicFile
	if opts.Output != "" && opts.Output != "-" {
		// Before the walk, so a wrong -o fails at once.
		if file, err = createAtomic(opts.Output); err != nil {
			return err
		}
		defer file.abort() // after commit, a no-op
		out = file
	}
	// Only the progress bar needs the files' sizes.
	isTerm := opts.f.isTerminal != nil && opts.f.isTerminal(opts.f.errOut)
	inputs := batch.Discover(opts.Paths, opts.Exts, !opts.Quiet && isTerm)
	bw := bufio.NewWriterSize(out, 64<<10)
	if opts.Excel {
		bw.WriteString(excelBOM)
	}

	var total int64
	for _, in := range inputs {
		total += max(in.Size, 0)
	}
	batchRun := len(inputs) > 1
	a := &analysis{
		opts:   opts,
		filter: batch.NewSpeakerFilter(opts.Speakers),
		prog:   newProgress(opts.f.errOut, batchRun && !opts.Quiet && isTerm, len(inputs), total),
		tally:  make(map[string]*tone.Tally),
	}
	if opts.Statements {
		if a.rows, err = newStatementWriter(bw, opts.Format, len(inputs) > 1); err != nil {
			return err
		}
	}
	gaz, err := gazetteerOf()
	if err != nil {
		return err
	}
	actors, err := tone.NewActors(gaz, scorer)
	if err != nil {
		return err
	}
	if opts.Targets {
		a.targets = newTargetTally()
	}
	if !opts.Statements && !opts.Targets && opts.By != byCountry {
		// No row shows speaker countries: not reading them saves a
		// tenth of the work. The actor files are still read and checked.
		actors = nil
	}
	analyzer := tone.NewAnalyzer(attributor, scorer).WithActors(actors, opts.Targets)
	if !(opts.Statements && opts.Narration && a.filter.All()) {
		analyzer = analyzer.WithoutNarration() // it would not be shown
	}
	if !opts.Statements {
		// Per-speaker rows show tones and labels, not the model's reading.
		analyzer = analyzer.WithoutModel()
	}
	cfg, err := readAs(analyzer, batch.Config{
		Jobs:      opts.Jobs,
		ChunkSize: opts.ChunkSize,
		Stdin:     opts.f.in,
	}, opts.OneText, opts.Speech)
	if err != nil {
		return err
	}
	err = batch.Run(ctx, inputs, cfg, a.emit)
	a.prog.stop()
	if ctx.Err() != nil {
		// The deferred abort removes the unfinished output file.
		if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
			return cause
		}
		return errInterrupted
	}
	switch {
	case errors.Is(err, errFailFast):
		// No -o file; on standard output, the rows of the inputs before
		// the failed one, which streamed formats may have begun writing.
		if file == nil {
			bw.Flush()
		}
		a.printSummary(start)
		return errSomeInputsFailed
	case err != nil:
		return fmt.Errorf("output: %w", err)
	}
	if a.done == 0 && a.failed > 0 {
		// Not one input was read: no empty table, and no -o file, which
		// would pass for a run that found nothing.
		a.printSummary(start)
		return errSomeInputsFailed
	}
	if err := a.finish(bw); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if file != nil {
		if err := file.commit(); err != nil {
			return err
		}
	}
	if a.undated > 0 {
		a.prog.warn(errors.New(undatedNote(a.undated)))
	}
	if !a.filter.All() && !a.matched && a.statements > 0 {
		// After the output, which is empty: an empty table is easy to
		// take for "said nothing" when the name was mistyped.
		one, many := a.rowNouns()
		hint := ""
		if a.opts.By == byCountry {
			hint = ": with --by country, --speaker selects countries"
		}
		a.prog.warn(fmt.Errorf("no %s in the input matches --speaker %s (of %d %s%s)",
			one, quotedList(a.opts.Speakers), a.speakerCount(), pick(a.speakerCount(), one, many), hint))
	}
	a.printSummary(start)
	if a.failed > 0 {
		return errSomeInputsFailed
	}
	return nil
}

// analysis is the state of one analyze run: the rows it writes as pieces
// come, and the running sums of the per-speaker rows it writes at the end.
type analysis struct {
	opts   *analyzeOptions
	filter batch.SpeakerFilter
	prog   *progress
	rows   statementWriter // with --statements
	// rowBuf is the memory of a piece's rows, reused by the next piece:
	// a 1 MiB piece has thousands, in a few megabytes the runtime would
	// otherwise fetch and zero again for each piece. Writers do not keep
	// the rows they are given.
	rowBuf []statementRow

	// Per speaker name as attributed (or country, --by country), in the
	// order first seen.
	names []string
	tally map[string]*tone.Tally
	// With --targets, per speaker (or country) and target.
	targets *targetTally
	// Per file, with --by file.
	files []fileTally
	// Per speaker (or country) name as attributed, per period, with --per.
	periods map[string]periodTally

	done, skipped, failed int   // inputs
	statements            int   // attributed statements (not narration)
	undated               int   // statements --since or --until left out for having no date
	bytes                 int64 // bytes read
	// matched is set once --speaker selects a speaker (or a statement):
	// a run whose statements it selects none of says so.
	matched bool
}

// fileTally holds the running sums of one file's speakers.
type fileTally struct {
	path, date string
	names      []string
	tally      map[string]*tone.Tally
}

// emit takes the pieces of the run in input order.
func (a *analysis) emit(p batch.Piece) error {
	for _, w := range p.Warnings {
		a.prog.warn(w)
	}
	if p.Skipped != nil {
		a.prog.warn(p.Skipped)
		a.skipped++
	}
	var ft *fileTally
	if a.opts.By == byFile {
		if p.First {
			a.files = append(a.files, fileTally{path: p.Input.Path, date: p.Date, tally: make(map[string]*tone.Tally)})
		}
		ft = &a.files[len(a.files)-1]
	}
	var rows []statementRow
	if a.rows != nil {
		// Most statements make a row: sized once, the rows are not
		// copied as they grow.
		rows = slices.Grow(a.rowBuf[:0], len(p.Statements))
	}
	for i := range p.Statements {
		s := &p.Statements[i]
		if !a.opts.dates.keeps(p.DateOf(s)) {
			if s.Kind != tone.Narration && p.DateOf(s) == "" {
				a.undated++
			}
			continue
		}
		if s.Kind == tone.Narration {
			if a.rows != nil && a.opts.Narration && a.filter.All() {
				rows = append(rows, statementRow{File: p.Input.Path, Date: p.DateOf(s), Scored: s})
			}
			continue
		}
		a.statements++
		if a.rows != nil {
			// Only the rows are written: the speakers are counted for
			// the summary line, and nothing is summed.
			a.names, _ = addName(a.tally, a.names, groupName(a.opts.By, s))
			if a.filter.MatchStatement(s.Speaker) {
				a.matched = true
				rows = append(rows, statementRow{File: p.Input.Path, Date: p.DateOf(s), Scored: s})
			}
			continue
		}
		a.names = addTally(a.tally, a.names, groupName(a.opts.By, s), s)
		if a.opts.Per != "" {
			a.addPeriod(groupName(a.opts.By, s), periodOf(a.opts.Per, p.DateOf(s)), s)
		}
		if ft != nil {
			ft.names = addTally(ft.tally, ft.names, s.Speaker, s)
		}
		if a.targets != nil {
			a.targets.add(groupName(a.opts.By, s), s)
		}
	}
	if len(rows) > 0 {
		err := a.rows.write(rows)
		clear(rows) // they keep no text of this piece alive
		a.rowBuf = rows[:0]
		if err != nil {
			return err
		}
	}
	a.bytes += p.Bytes
	if p.Err != nil {
		a.prog.warn(p.Err)
		a.failed++
	} else if p.Last && p.Skipped == nil {
		a.done++
	}
	a.prog.add(p.Bytes, p.Input.Size >= 0, p.Last)
	if p.Err != nil && a.opts.FailFast {
		return errFailFast
	}
	return nil
}

// addPeriod counts s in name's tally for period (see --per).
func (a *analysis) addPeriod(name, period string, s *tone.Scored) {
	if a.periods == nil {
		a.periods = make(map[string]periodTally)
	}
	pt, ok := a.periods[name]
	if !ok {
		pt = make(periodTally)
		a.periods[name] = pt
	}
	pt.add(period, s)
}

// tallyOf returns a function that returns the tally of a name in tally.
func tallyOf(tally map[string]*tone.Tally) func(string) tone.Tally {
	return func(name string) tone.Tally { return *tally[name] }
}

// addTally counts s in the tally of name (its speaker, or country), adding
// the name to names when new.
func addTally(tally map[string]*tone.Tally, names []string, name string, s *tone.Scored) []string {
	names, t := addName(tally, names, name)
	t.Add(*s)
	return names
}

// addName returns the tally of name, adding an empty one, and the name to
// names, when it has none.
func addName(tally map[string]*tone.Tally, names []string, name string) ([]string, *tone.Tally) {
	t, ok := tally[name]
	if !ok {
		t = &tone.Tally{}
		tally[name] = t
		names = append(names, name)
	}
	return names, t
}

// finish writes what is written at the end: the per-speaker rows, or the
// end of the statement rows.
func (a *analysis) finish(w io.Writer) error {
	if a.rows != nil {
		return a.rows.close()
	}
	canon := batch.Canonical(a.names)
	if a.opts.By == byCountry {
		canon = nil // country names are canonical already
	}
	aliases := make(map[string][]string)
	for _, n := range a.names {
		if c, ok := canon[n]; ok {
			aliases[c] = append(aliases[c], n)
		}
	}
	// selected is whether --speaker selects a speaker known under name
	// and the names merged into it.
	selected := func(name string) bool {
		ok := a.filter.Match(append([]string{name}, aliases[name]...)...)
		a.matched = a.matched || ok
		return ok
	}
	keep := func(s tone.SpeakerSummary) bool {
		return selected(s.Speaker) && s.Statements >= a.opts.MinStatements
	}
	if a.opts.By == byFile {
		var sums []fileSummary
		for _, f := range a.files {
			for _, s := range mergeSpeakers(f.names, tallyOf(f.tally), canon) {
				if keep(s) {
					sums = append(sums, fileSummary{File: f.path, Date: f.date, SpeakerSummary: s})
				}
			}
		}
		return writeFileSummaries(w, a.opts.Format, sums)
	}
	if a.targets != nil {
		rows := a.targets.rows(canon, func(speaker string, n int) bool {
			return selected(speaker) && n >= a.opts.MinStatements
		})
		return writeTargets(w, a.opts.Format, a.opts.By == byCountry, rows)
	}
	var sums []tone.SpeakerSummary
	for _, s := range mergeSpeakers(a.names, tallyOf(a.tally), canon) {
		if a.opts.Per != "" && selected(s.Speaker) || keep(s) {
			sums = append(sums, s)
		}
	}
	if a.opts.Per != "" {
		// --min-statements drops the rows of periods, not speakers.
		rows := periodRows(sums, a.names, a.periods, canon, a.opts.MinStatements)
		return writePeriodSummaries(w, a.opts.Format, rows, a.opts.By == byCountry)
	}
	// The tone bar is for a person reading a terminal, never for a file.
	bar := (a.opts.Output == "" || a.opts.Output == "-") && a.opts.f.outIsTerminal()
	if a.opts.By == byCountry {
		return writeCountrySummaries(w, a.opts.Format, sums, bar)
	}
	return writeSummaries(w, a.opts.Format, sums, bar)
}

// mergeSpeakers sums the tallies of names under their canonical names, in
// the order the names were first seen, and returns the summaries sorted.
func mergeSpeakers(names []string, tally func(name string) tone.Tally, canon map[string]string) []tone.SpeakerSummary {
	var order []string
	merged := make(map[string]*tone.Tally)
	for _, n := range names {
		c := n
		if to, ok := canon[n]; ok {
			c = to
		}
		m, ok := merged[c]
		if !ok {
			m = &tone.Tally{}
			merged[c] = m
			order = append(order, c)
		}
		m.Merge(tally(n))
	}
	sums := make([]tone.SpeakerSummary, len(order))
	for i, c := range order {
		sums[i] = merged[c].Summary(c)
	}
	tone.SortSummaries(sums)
	return sums
}

func writeSummaries(w io.Writer, format string, sums []tone.SpeakerSummary, bar bool) error {
	switch format {
	case formatCSV:
		return writeCSV(w, summaryColumns, summaryCSVRows(sums))
	case formatJSON, formatJSONL:
		return writeJSONRows(w, format, mapSlice(sums, toJSONSummary))
	default:
		return writeSummaryTable(w, sums, bar)
	}
}

func writeFileSummaries(w io.Writer, format string, sums []fileSummary) error {
	switch format {
	case formatCSV:
		return writeCSV(w, fileSummaryColumns, fileSummaryCSVRows(sums))
	case formatJSON, formatJSONL:
		return writeJSONRows(w, format, mapSlice(sums, toJSONFileSummary))
	default:
		return writeFileSummaryTable(w, sums)
	}
}

// printSummary writes the one-line summary of a run of more than one
// input, unless --quiet.
func (a *analysis) printSummary(start time.Time) {
	if a.opts.Quiet || a.prog.files < 2 {
		return
	}
	secs := time.Since(start).Seconds()
	mb := float64(a.bytes) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	one, many := a.rowNouns()
	fmt.Fprintf(a.prog.w, "demarche: %s, %s, %d %s, %d skipped, %d failed, %.1f MB in %.1fs (%.1f MB/s)\n",
		plural(a.done, "file"), plural(a.statements, "statement"), a.speakerCount(), pick(a.speakerCount(), one, many),
		a.skipped, a.failed, mb, secs, rate)
}

// rowNouns names what the per-speaker rows are of, and what --speaker
// selects: speakers, or with --by country the states and organisations
// they speak for.
func (a *analysis) rowNouns() (one, many string) {
	if a.opts.By == byCountry {
		return "country", "countries"
	}
	return "speaker", "speakers"
}

// pick returns one when n is 1, else many.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// speakerCount is how many speakers (or, with --by country, countries)
// the run found, after merging names.
func (a *analysis) speakerCount() int {
	return len(a.names) - len(batch.Canonical(a.names))
}

// quotedList returns names quoted and joined by ", ".
func quotedList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// analyzeInputs reads the inputs ("-" is standard input; directories are
// walked) as analyze does, attributes and scores their statements, with
// their targets, and calls each with every statement in order, narration
// left out; it returns how many inputs were read and how many failed. A
// row, and what it points to, is each's to read during the call, not to
// keep: a caller that keeps it holds its document's memory. An input that
// cannot be read is reported on the factory's error stream and skipped.
// The report command builds on it.
func analyzeInputs(f *factory, paths, lexicons, actorFiles []string, oneText, speech bool, each func(statementRow)) (read, failed int, err error) {
	attributorOf := later(tone.NewAttributor)
	gazetteerOf := later(func() (*actor.Gazetteer, error) { return loadGazetteer(actorFiles) })
	scorer, err := f.newScorer(lexicons)
	if err != nil {
		return 0, 0, err
	}
	attributor, err := attributorOf()
	if err != nil {
		return 0, 0, err
	}
	gaz, err := gazetteerOf()
	if err != nil {
		return 0, 0, err
	}
	actors, err := tone.NewActors(gaz, scorer)
	if err != nil {
		return 0, 0, err
	}
	inputs := batch.Discover(paths, batch.DefaultExts(), false)
	analyzer := tone.NewAnalyzer(attributor, scorer).WithoutNarration().WithActors(actors, true)
	cfg, err := readAs(analyzer, batch.Config{Jobs: runtime.NumCPU(), Stdin: f.in}, oneText, speech)
	if err != nil {
		return 0, 0, err
	}
	err = batch.Run(context.Background(), inputs, cfg, func(p batch.Piece) error {
		for _, w := range p.Warnings {
			warnf(f.errOut, "%v", w)
		}
		if p.Skipped != nil {
			warnf(f.errOut, "%v", p.Skipped)
			return nil
		}
		for i := range p.Statements {
			each(statementRow{File: p.Input.Path, Date: p.DateOf(&p.Statements[i]), Scored: &p.Statements[i]})
		}
		if p.Err != nil {
			warnf(f.errOut, "%v", p.Err)
			failed++
		} else if p.Last {
			read++
		}
		return nil
	})
	return read, failed, err
}
