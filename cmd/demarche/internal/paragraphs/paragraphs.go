// Package paragraphs gathers the text of a document read from another
// format (a Word or RTF document) as demarche reads a text file: its
// paragraphs, each trimmed, separated by one blank line, the empty ones
// left out.
package paragraphs

import "strings"

// Writer gathers paragraphs. The zero value is ready to use.
type Writer struct {
	out  strings.Builder // the paragraphs ended
	para strings.Builder // the paragraph being written
}

// WriteString appends s to the paragraph being written.
func (w *Writer) WriteString(s string) { w.para.WriteString(s) }

// Write appends b to the paragraph being written.
func (w *Writer) Write(b []byte) { w.para.Write(b) }

// AppendByte appends c to the paragraph being written.
func (w *Writer) AppendByte(c byte) { w.para.WriteByte(c) }

// End ends the paragraph being written: trimmed, it follows the ones
// before after a blank line, unless it is empty.
func (w *Writer) End() {
	p := strings.TrimSpace(w.para.String())
	w.para.Reset()
	if p == "" {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(p)
}

// String ends the paragraph being written and returns the text.
func (w *Writer) String() string {
	w.End()
	return w.out.String()
}
