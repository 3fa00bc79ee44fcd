package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress reports a batch run on stderr: a progress bar (files done,
// MB/s, time left) while it runs, when stderr is a terminal, and messages
// about single inputs printed above the bar. progressbar draws the bar;
// it is maintained, writes to the writer it is given, and redraws in
// place with a carriage return, so it never needs a full-screen terminal.
// All methods are called from one goroutine.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar // nil when no bar is drawn
	files int                      // inputs in the run
	done  int                      // inputs finished
}

// newProgress returns the reporter of a run of files inputs, totalBytes
// long (the inputs of known size); show says whether to draw the bar.
func newProgress(w io.Writer, show bool, files int, totalBytes int64) *progress {
	p := &progress{w: w, files: files}
	if show && totalBytes > 0 {
		p.bar = progressbar.NewOptions64(totalBytes,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(p.describe()),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(24),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) describe() string {
	return fmt.Sprintf("%d/%d files", p.done, p.files)
}

// add records bytes read of an input of known size, and whether the input
// is finished.
func (p *progress) add(bytes int64, known, finished bool) {
	if finished {
		p.done++
	}
	if p.bar == nil {
		return
	}
	if finished {
		p.bar.Describe(p.describe())
	}
	if known {
		_ = p.bar.Add64(bytes) // errors only say a file grew while read
	}
}

// warn prints a message about one input, above the bar.
func (p *progress) warn(err error) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	warnf(p.w, "%v", err)
}

// stop removes the bar.
func (p *progress) stop() {
	if p.bar != nil {
		_ = p.bar.Clear()
		_ = p.bar.Exit()
		p.bar = nil
	}
}
