package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/lexicon"
)

func newCmdLexicon(f *factory) *cobra.Command {
	var files []string
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "List the diplomatic lexicon as CSV",
		Long: `Write the lexicon demarche scores with to standard output, in the lexicon
file format (CSV: term,category,tone,cooperation,assertiveness,scale). With
--lexicon, the listing includes your files' entries, as scoring would see
them. The output is itself a valid lexicon file: start your own from it.`,
		Example: `  demarche lexicon > lexicon.csv
  demarche lexicon | grep ',concern,'
  demarche lexicon check my-terms.csv`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := loadLexicon(files)
			if err != nil {
				return err
			}
			return lexicon.Write(f.out, lex.Entries())
		},
	}
	cmd.Flags().StringArrayVar(&files, "lexicon", nil, "extra lexicon `FILE` (repeatable; later files override earlier entries)")
	cmd.AddCommand(newCmdLexiconCheck(f))
	return cmd
}

func newCmdLexiconCheck(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate lexicon files",
		Long: `Check that each FILE is a valid lexicon file: the header, six fields a line,
known categories, weights in range, no term twice. The first problem in each
file is reported with its line number; the exit code is 1 if any file has
one.

Categories: ` + categoryList() + `.`,
		Example: `  demarche lexicon check my-terms.csv
  demarche analyze --lexicon my-terms.csv report.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("lexicon check needs at least one FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			failed := false
			for _, path := range args {
				entries, err := readLexiconFile(path)
				if err != nil {
					warnf(f.errOut, "%v", err)
					failed = true
					continue
				}
				fmt.Fprintf(f.out, "%s: ok, %d entries\n", path, len(entries))
			}
			if failed {
				return errSomeInputsFailed
			}
			return nil
		},
	}
}

func categoryList() string {
	var names []string
	for _, c := range lexicon.Categories() {
		names = append(names, string(c))
	}
	return strings.Join(names, ", ")
}

// noArgs rejects positional arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}
