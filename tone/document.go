package tone

import "strings"

// Documents returns the documents of a normalized text (see [Normalize])
// that holds several, or nil when it holds one. A collection (a year of
// briefings pasted into one file, a news archive) is read as documents
// separated by two or more blank lines, in a text whose paragraphs are
// separated by one: the longer gap must be rarer than the usual one, so
// that a text that puts two blank lines between all its paragraphs is
// one document. Each document is a span of text, and together they are
// all of it: a document ends where the blank lines after it begin, and
// the next one starts where they end.
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
	docs := make([]string, 0, len(breaks)/2+1)
	from := 0
	for i := 0; i < len(breaks); i += 2 {
		docs = append(docs, text[from:breaks[i]])
		from = breaks[i+1]
	}
	return append(docs, text[from:])
}

// documentBreaks returns the gaps between the documents of text, as
// pairs of offsets: where each run of two or more blank lines starts (just
// after the line end that ends a document's last line) and where it ends
// (where the next document's first line starts). Blank lines before the
// first line or after the last one are no gap. It returns nil when text
// is one document: it has no such gap, or no more gaps of one blank line
// than of two or more.
func documentBreaks(text string) []int {
	var gaps []int
	ones := 0
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
			switch {
			case blanks == 1 && gapStart > 0:
				ones++
			case blanks >= 2 && gapStart > 0:
				gaps = append(gaps, gapStart, i)
			}
			blanks = 0
		}
		i = end + 1
	}
	if len(gaps) == 0 || ones <= len(gaps)/2 {
		return nil
	}
	return gaps
}
