package main

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/mattn/go-isatty"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/naivebayes"
)

// factory holds what every command needs: its streams and loaders for the
// expensive parts, which run only when a command asks for them (so
// --help, --version and lexicon never load the model).
type factory struct {
	in     io.Reader
	out    io.Writer
	errOut io.Writer
	// isTerminal reports whether a stream is a terminal (the progress bar
	// and the tone bar are drawn only on one); nil means ask the operating
	// system. Tests set it to force either answer.
	isTerminal func(w io.Writer) bool

	// newModel loads the Naive Bayes model; nil means the embedded one
	// (naivebayes.Load). Tests count the calls through it.
	newModel func() (*naivebayes.Model, error)

	modelOnce sync.Once
	model     *naivebayes.Model
	modelErr  error

	// tuneMemory, when not nil, sets the garbage collector for a batch
	// run on jobs goroutines (see memory.go). Only the process's own
	// entry point sets it: it changes settings of the whole process.
	tuneMemory func(jobs int)
}

// outIsTerminal reports whether the output stream is a terminal, which
// turns on decorations a pipe must never get, such as the tone bar.
func (f *factory) outIsTerminal() bool {
	if f.isTerminal != nil {
		return f.isTerminal(f.out)
	}
	return isTerminal(f.out)
}

// isTerminal reports whether w is a file descriptor open on a terminal.
func isTerminal(w io.Writer) bool {
	fd, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return false
	}
	return isatty.IsTerminal(fd.Fd()) || isatty.IsCygwinTerminal(fd.Fd())
}

// loadModel loads the Naive Bayes model once per process.
func (f *factory) loadModel() (*naivebayes.Model, error) {
	f.modelOnce.Do(func() {
		load := f.newModel
		if load == nil {
			load = naivebayes.Load
		}
		f.model, f.modelErr = load()
	})
	return f.model, f.modelErr
}

// loadLexicon returns the default lexicon extended by the files at paths,
// in order: a later file's entry replaces an earlier one with the same
// term.
func loadLexicon(paths []string) (*lexicon.Lexicon, error) {
	if len(paths) == 0 {
		l, err := lexicon.Default()
		if err != nil {
			return nil, fmt.Errorf("embedded lexicon: %w", err)
		}
		return l, nil
	}
	def, err := lexicon.DefaultEntries()
	if err != nil {
		return nil, fmt.Errorf("embedded lexicon: %w", err)
	}
	sets := [][]lexicon.Entry{def}
	for _, p := range paths {
		entries, err := readLexiconFile(p)
		if err != nil {
			return nil, err
		}
		sets = append(sets, entries)
	}
	return lexicon.New(sets...), nil
}

// readLexiconFile parses one lexicon file; errors name the file and line.
func readLexiconFile(path string) ([]lexicon.Entry, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer fh.Close()
	return lexicon.Parse(fh, path)
}

// newScorer builds the scorer every scoring command uses.
func (f *factory) newScorer(lexiconPaths []string) (*tone.Scorer, error) {
	lex, err := loadLexicon(lexiconPaths)
	if err != nil {
		return nil, err
	}
	model, err := f.loadModel()
	if err != nil {
		return nil, err
	}
	return tone.NewScorer(lex, model), nil
}
