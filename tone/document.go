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
// pieces cut where documents meet reads as the whole). Each document is a
// span of text, and together they are all of it but the gaps between
// them: a document ends where the blank lines after it begin, and the
// next one starts where they end.
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
		docs = append(docs, text[from:b.start])
		from = b.end
	}
	return append(docs, text[from:])
}

// gap is a run of blank lines between two lines of text: from the start
// of its first blank line to the start of the next line of text.
type gap struct {
	start, end int
	lines      int
}

// documentBreaks returns the gaps of text that separate documents (see
// [Documents]); nil when there is none. Blank lines before the first line
// of text or after the last one are no gap.
func documentBreaks(text string) []gap {
	var breaks []gap
	// A gap is decided once the gap after it is read: prev and cur are
	// the two last gaps read (lines 0: none).
	var prev, cur gap
	decide := func(next gap) {
		if cur.lines >= 2 && (prev.lines == 1 || next.lines == 1) {
			breaks = append(breaks, cur)
		}
		prev, cur = cur, next
	}
	blanks := 0    // blank lines in the current run
	gapStart := -1 // where the current run of blank lines starts
	for i := 0; i < len(text); {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		if strings.TrimSpace(text[i:end]) == "" { // blank as splitParagraphs reads it
			if blanks == 0 {
				gapStart = i
			}
			blanks++
		} else {
			if blanks > 0 && gapStart > 0 {
				decide(gap{start: gapStart, end: i, lines: blanks})
			}
			blanks = 0
		}
		i = end + 1
	}
	decide(gap{})
	return breaks
}
