package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/actor"
)

func newCmdActors(f *factory) *cobra.Command {
	var files []string
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List the actor gazetteer",
		Long: `Write the actor gazetteer demarche finds speakers' countries and targets
with to standard output, in its file format: tab-separated tables of states
(country, aliases, demonyms, capitals, seats), organisations (name, kind,
aliases) and office-holders (name, aliases, role, country, from, to). With
--actors, the listing includes your files' rows, as analysis would see
them. The output is itself a valid gazetteer file: start your own from it.`,
		Example: `  demarche actors > actors.tsv
  demarche actors | grep -i kremlin
  demarche actors check my-actors.tsv
  demarche analyze --targets --actors my-actors.tsv report.txt`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			g, err := loadGazetteer(files)
			if err != nil {
				return err
			}
			return actor.Write(f.out, g.Actors())
		},
	}
	cmd.Flags().StringArrayVar(&files, "actors", nil, "extra actor gazetteer `FILE` (repeatable; later files override earlier rows)")
	cmd.AddCommand(newCmdActorsCheck(f))
	return cmd
}

func newCmdActorsCheck(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate actor gazetteer files",
		Long: `Check that each FILE is a valid gazetteer file: a header before each table,
the fields each table wants, known kinds and roles, dates written YYYY,
YYYY-MM or YYYY-MM-DD with from before to, no name for two actors, and
every office-holder's country a state or organisation of the embedded
gazetteer or the file. The first problem in each file is reported with its
line number; the exit code is 1 if any file has one.`,
		Example: `  demarche actors check my-actors.tsv
  demarche analyze --actors my-actors.tsv --targets report.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("actors check needs at least one FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			failed := false
			for _, path := range args {
				rows, err := readActorsFile(path)
				if err == nil {
					_, err = tone.NewGazetteer(rows)
				}
				if err != nil {
					warnf(f.errOut, "%v", err)
					failed = true
					continue
				}
				fmt.Fprintf(f.out, "%s: ok, %s\n", path, plural(len(rows), "row"))
			}
			if failed {
				return errSomeInputsFailed
			}
			return nil
		},
	}
}
