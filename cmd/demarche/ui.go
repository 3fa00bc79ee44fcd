package main

// UI rules, after cmd/age: data goes to stdout; messages go to stderr,
// prefixed "demarche: ", lower case, with no final period. Every error
// maps to an exit code in exitCode, the one place that decides them.

import (
	"errors"
	"fmt"
	"io"
)

// Exit codes, documented in the root command's help and the README.
const (
	exitOK    = 0 // everything was processed
	exitInput = 1 // an input could not be processed (the rest was)
	exitUsage = 2 // the command line was wrong
)

// usageError is a mistake on the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// inputError reports that some input could not be processed; the messages
// for each were already printed.
var errSomeInputsFailed = errors.New("some inputs could not be processed")

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	default:
		return exitInput
	}
}

// printError writes err to w in the UI's style.
func printError(w io.Writer, err error) {
	if errors.Is(err, errSomeInputsFailed) {
		return // each failure was reported where it happened
	}
	fmt.Fprintf(w, "demarche: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(w, "demarche: run 'demarche --help' for usage")
	}
}

// warnf reports a problem with one input without stopping the run.
func warnf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "demarche: "+format+"\n", args...)
}
