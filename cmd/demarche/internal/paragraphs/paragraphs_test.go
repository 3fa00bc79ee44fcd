package paragraphs

import "testing"

func TestWriter(t *testing.T) {
	var w Writer
	w.WriteString("  One ")
	w.Write([]byte("sentence."))
	w.End()
	w.End() // an empty paragraph: nothing
	w.WriteString(" \n ")
	w.End() // white space only: nothing
	w.WriteString("Two")
	w.AppendByte('\n')
	w.WriteString("lines.")
	if got, want := w.String(), "One sentence.\n\nTwo\nlines."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	var empty Writer
	if got := empty.String(); got != "" {
		t.Errorf("an empty Writer gives %q", got)
	}
}
