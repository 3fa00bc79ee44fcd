// Command baseline is the yardstick of demarche's speed benchmarks: the
// cdipaolo/sentiment Naive Bayes model alone, used as its documentation
// shows. It restores the model, splits its input into sentences (at line
// ends and at '.', '!' or '?' followed by a space) and prints each
// sentence's class and probability, one line each. A directory is read
// whole, its files in lexical order, so that a tree is one process and one
// restore, as it is for demarche analyze.
//
// Usage:
//
//	baseline [FILE|DIR...]   (standard input when none is given)
package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cdipaolo/sentiment"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "baseline: %v\n", err)
		os.Exit(1)
	}
}

func run(paths []string, stdin io.Reader, stdout io.Writer) error {
	models, err := sentiment.Restore()
	if err != nil {
		return err
	}
	nb := models[sentiment.English]
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	buf := make([]byte, 1<<20) // one line buffer for every input
	classify := func(r io.Reader) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(buf, 64<<20)
		for sc.Scan() {
			for _, s := range sentences(sc.Text()) {
				class, p := nb.Probability(s)
				fmt.Fprintf(out, "%d\t%.4f\n", class, p)
			}
		}
		return sc.Err()
	}
	if len(paths) == 0 {
		return classify(stdin)
	}
	classifyFile := func(p string) error {
		fh, err := os.Open(p)
		if err != nil {
			return err
		}
		defer fh.Close()
		if err := classify(fh); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		return nil
	}
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() {
				return err
			}
			return classifyFile(path)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// sentences splits a line at sentence punctuation followed by a space.
func sentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(line); i++ {
		if (line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i+1] == ' ' {
			if s := strings.TrimSpace(line[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 2
		}
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		out = append(out, s)
	}
	return out
}
