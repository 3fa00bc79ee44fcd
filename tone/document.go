package tone

import "strings"

// Documents returns the documents of a normalized text (see [Normalize])
// that holds several, or nil when it holds one. A collection (a year of
// briefings pasted into one file, a news archive) is read as documents
// separated by two or more blank lines, where the text separates its
// paragraphs by one: the run of blank lines before that gap or the one
// after it is of one line. So a text that puts two blank lines between
// all its paragraphs is one document, and whether a gap separates
// documents does not depend on text far from it (a long text read in
// pieces cut where documents meet reads as the whole).
//
// A line that [IsSeparator] reports (the "End of Document" a LexisNexis
// export ends each document with) is read as a blank line that always
// separates documents, whatever the blank lines around it, and belongs to
// no document: a text with one at its start or end is returned as its
// documents without it (one, or none when it has no other line of text).
//
// Each document is a span of text, and together they are all of it but
// the gaps between them: a document ends where the blank lines after it
// begin, and the next one starts where they end.
//
// Attribution reads each document on its own: a transcript's turn does
// not run on into the news report after it, "the President" and a bare
// surname name someone of the same document, and whether a document is a
// speaker-labelled transcript is decided for it alone.
func Documents(text string) []string {
	breaks := documentBreaks(text)
	if breaks == nil {
		return nil
	}
	docs := make([]string, 0, len(breaks)+1)
	from := 0
	for _, b := range breaks {
		if b.start > from { // a separator at the start leaves nothing before it
			docs = append(docs, text[from:b.start])
		}
		from = b.end
	}
	if from < len(text) { // nor one at the end after it
		docs = append(docs, text[from:])
	}
	return docs
}

// SeparatorLine is the line LexisNexis (Nexis Uni) exports write after
// each document; see [IsSeparator].
const SeparatorLine = "End of Document"

// IsSeparator reports whether line, trimmed of spaces, is the line a
// database export writes between its documents: "End of Document", as
// LexisNexis writes it, in any case. [Documents] separates documents
// there.
func IsSeparator(line string) bool {
	return isSeparatorTrimmed(strings.TrimSpace(line))
}

// isSeparatorTrimmed is IsSeparator for a line trimmed of spaces.
func isSeparatorTrimmed(line string) bool {
	return len(line) == len(SeparatorLine) && strings.EqualFold(line, SeparatorLine)
}

// gap is a run of blank lines between two lines of text: from the start
// of its first blank line to the start of the next line of text. sep is
// set when a separator line (see [IsSeparator]) is among its lines, which
// lines does not count.
type gap struct {
	start, end int
	lines      int
	sep        bool
}

// documentBreaks returns the gaps of text that separate documents (see
// [Documents]); nil when there is none. Blank lines before the first line
// of text or after the last one are no gap, unless a separator line is
// among them: then they are a gap from the start of text, or to its end.
func documentBreaks(text string) []gap {
	var breaks []gap
	// A gap is decided once the gap after it is read: prev and cur are
	// the two last gaps read (lines 0: none).
	var prev, cur gap
	decide := func(next gap) {
		if cur.sep || cur.lines >= 2 && (prev.lines == 1 || next.lines == 1) {
			breaks = append(breaks, cur)
		}
		prev, cur = cur, next
	}
	blanks := 0    // blank lines in the current run
	sep := false   // a separator line is in the current run
	gapStart := -1 // where the current run of blank lines starts
	seen := false  // a line of text was read
	for i := 0; i < len(text); {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		switch line := strings.TrimSpace(text[i:end]); {
		case line == "": // blank as splitParagraphs reads it
			if blanks == 0 && !sep {
				gapStart = i
			}
			blanks++
		case isSeparatorTrimmed(line):
			if blanks == 0 && !sep {
				gapStart = i
			}
			sep = true
		default:
			switch {
			case !seen && sep:
				breaks = append(breaks, gap{start: 0, end: i, lines: blanks, sep: true})
			case seen && (blanks > 0 || sep):
				decide(gap{start: gapStart, end: i, lines: blanks, sep: sep})
			}
			blanks, sep, seen = 0, false, true
		}
		i = end + 1
	}
	decide(gap{})
	switch {
	case sep && seen:
		breaks = append(breaks, gap{start: gapStart, end: len(text), lines: blanks, sep: true})
	case sep:
		// Separators and blank lines only: no document at all.
		breaks = append(breaks, gap{start: 0, end: len(text), lines: blanks, sep: true})
	}
	return breaks
}
