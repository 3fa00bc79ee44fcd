package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/tone"
)

// version is set at link time by the Makefile (-X main.version=...); a
// plain go build reports the module version or "dev".
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// run executes the command line args and returns the exit code. Cancelling
// ctx interrupts a running command (see runMain).
func run(ctx context.Context, args []string, in io.Reader, out, errOut io.Writer) int {
	return runWith(ctx, &factory{in: in, out: out, errOut: errOut, isTerminal: isTerminal}, args)
}

// runWith is run with a factory of the caller's making, so tests can set
// what run takes from the process (whether stderr is a terminal).
func runWith(ctx context.Context, f *factory, args []string) int {
	errOut := f.errOut
	root := newRootCmd(f)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		// cobra reports a mistyped command as a plain error.
		err = &usageError{err}
	}
	if err != nil {
		path := root.CommandPath()
		if cmd != nil {
			path = cmd.CommandPath()
		}
		printError(errOut, err, path)
	}
	return exitCode(err)
}

func newRootCmd(f *factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "demarche",
		Short: "Score the tone of diplomatic statements, per speaker",
		Long: fmt.Sprintf(`demarche reads diplomatic text (news reports of what leaders said,
foreign-ministry briefings, UN records, interview transcripts), splits it into
statements attributed to speakers, scores the tone of each with a
diplomatic-language lexicon and a Naive Bayes model, and reports tone per
speaker.

Tone is in [-1, 1] (negative is hostile) and is labelled hostile (<= %g),
critical (<= %g), neutral, cordial (>= %g) or warm (>= %g).
Cooperation is in [-1, 1] (conflict .. cooperation); assertiveness in [0, 1]
(hedged .. forceful).

Exit codes: 0 success, 1 an input could not be processed (the others were),
2 usage error, 130 interrupted (Ctrl-C; 143 for SIGTERM).`, tone.HostileMax, tone.CriticalMax, tone.CordialMin, tone.WarmMin),
		Example: `  demarche score "We firmly oppose this provocation and will take resolute countermeasures."
  demarche analyze testdata/sample/leaders-call.txt
  demarche analyze --statements --format csv report.txt > statements.csv
  demarche lexicon check my-terms.csv`,
		Version:       buildVersion(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(f.in)
	root.SetOut(f.out)
	root.SetErr(f.errOut)
	root.SetVersionTemplate("demarche {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.CompletionOptions.DisableDefaultCmd = true

	root.AddCommand(newCmdScore(f, nil))
	root.AddCommand(newCmdAnalyze(f, nil))
	root.AddCommand(newCmdReport(f, nil))
	root.AddCommand(newCmdEval(f, nil))
	root.AddCommand(newCmdLexicon(f))
	root.AddCommand(newCmdActors(f))
	return root
}
