package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// runMain runs the command line of this process. An interrupt (Ctrl-C,
// SIGINT) or SIGTERM cancels the command's context: a batch run stops
// its workers, removes its unfinished output file and exits 128 plus the
// signal number (130 for Ctrl-C). A second signal kills the process at
// once, as if demarche did not handle it.
func runMain(gc *firstGC) int {
	ctx, stop := signalContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tune := func(jobs int) {
		if tuneMemory(jobs) {
			gc.keep() // the batch's setting stands after the first collection
		}
		// Otherwise GOGC or GOMEMLIMIT is the user's: with GOMEMLIMIT
		// alone, the first collection still restores GOGC=100.
	}
	f := &factory{in: os.Stdin, out: os.Stdout, errOut: os.Stderr, isTerminal: isTerminal, tuneMemory: tune}
	return runWith(ctx, f, os.Args[1:])
}

// signalError is the cause of a context cancelled by a signal.
type signalError struct{ sig os.Signal }

func (e *signalError) Error() string {
	if e.sig == os.Interrupt {
		return "interrupted"
	}
	return e.sig.String() // "terminated"
}

// exitCode returns 128 plus the signal number, as shells report a process
// killed by the signal.
func (e *signalError) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitInterrupted
}

// signalContext returns a context cancelled, with a *signalError as its
// cause, when one of sigs arrives; after the first, the signals get their
// default behaviour back.
func signalContext(parent context.Context, sigs ...os.Signal) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(&signalError{sig: s})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}
