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
	exitOK          = 0   // everything was processed
	exitInput       = 1   // an input could not be processed (the rest was)
	exitUsage       = 2   // the command line was wrong
	exitInterrupted = 130 // stopped by Ctrl-C (128 + SIGINT); see signalError
)

// usageError is a mistake on the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// errSomeInputsFailed reports that some input could not be processed; the
// messages for each were already printed.
var errSomeInputsFailed = errors.New("some inputs could not be processed")

// errInterrupted reports a run stopped by a cancelled context with no
// signal as its cause.
var errInterrupted = errors.New("interrupted")

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var ue *usageError
	var se *signalError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	case errors.As(err, &se):
		return se.exitCode()
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	default:
		return exitInput
	}
}

// printError writes err to w in the UI's style; a usage error points to
// the help of the command that failed, whose path ("demarche analyze")
// command is.
func printError(w io.Writer, err error, command string) {
	if errors.Is(err, errSomeInputsFailed) {
		return // each failure was reported where it happened
	}
	fmt.Fprintf(w, "demarche: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(w, "demarche: run '%s --help' for usage\n", command)
	}
}

// warnf reports a problem with one input without stopping the run.
func warnf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "demarche: "+format+"\n", args...)
}
