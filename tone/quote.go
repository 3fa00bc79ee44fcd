package tone

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/tone/wordsplit"
)

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// quote is a quotation in a paragraph: the marks at open and close and the
// content between them. An unclosed quote runs to the end of the
// paragraph (the convention for quotes that go on into the next one).
type quote struct {
	open, close int // byte offsets of the marks; close == len(text) when unclosed
	content     span
}

// findQuotes returns the top-level quotations of a paragraph. Curly and
// angle marks nest; a straight double quote opens when it follows space or
// an opening bracket and closes otherwise. Single quotes are left alone:
// in running text they are far more often apostrophes.
func findQuotes(text string) []quote {
	return appendQuotes(nil, text)
}

// appendQuotes appends the quotations findQuotes returns to out, and
// returns the extended slice: a caller can reuse its memory from one
// paragraph to the next.
func appendQuotes(out []quote, text string) []quote {
	depth := 0
	var cur quote
	for i := 0; i < len(text); {
		if i = quoteByteFrom(text, i); i == len(text) {
			break
		}
		if c := text[i]; c < utf8.RuneSelf && c != '"' {
			i++ // no quotation mark
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		opening, closing := false, false
		switch r {
		case '“', '«', '„':
			opening = true
		case '”', '»':
			closing = true
		case '"':
			if depth > 0 && !opensStraight(text, i) {
				closing = true
			} else {
				opening = true
			}
		}
		switch {
		case opening:
			if depth == 0 {
				cur = quote{open: i, content: span{start: i + n}}
			}
			depth++
		case closing && depth > 0:
			depth--
			if depth == 0 {
				cur.close = i
				cur.content.end = i
				out = append(out, cur)
			}
		}
		i += n
	}
	if depth > 0 {
		cur.close = len(text)
		cur.content.end = len(text)
		out = append(out, cur)
	}
	return out
}

// quoteByteFrom returns the offset of the first byte of text from i on
// that is a straight quotation mark or not ASCII, or where fewer than
// eight bytes are left, or len(text). It reads thirty-two bytes at a
// time, then eight, in loops of their own, whose few variables stay in
// registers.
func quoteByteFrom(text string, i int) int {
	// rest is text from i: its length tells the compiler that the loads
	// are in bounds, so that they are not checked.
	rest := text[i:]
	// Most paragraphs have no quotation mark and no byte that is not
	// ASCII: thirty-two bytes a turn, tested with one branch, as
	// controlOrNonASCIIFrom does. Which byte stopped it, the loop
	// below tells.
	for len(rest) >= 32 {
		a, b, c, d := load8(rest, 0), load8(rest, 8), load8(rest, 16), load8(rest, 24)
		if (quoteStops(a)|quoteStops(b)|quoteStops(c)|quoteStops(d))&highBits != 0 {
			break
		}
		rest = rest[32:]
	}
	for len(rest) >= 8 {
		if m := quoteStops(load8(rest, 0)) & highBits; m != 0 {
			return len(text) - len(rest) + firstByte(m)
		}
		rest = rest[8:]
	}
	return len(text) - len(rest)
}

// quoteStops returns x, eight bytes of a text, with the high bit of each
// byte that may start a quotation set (a straight quote or a byte of a
// multi-byte rune): bytesOf without bytesBelow's "&^", which only unmarks
// bytes of 0x80 or more, which x's high bits mark anyway. Up to the first
// marked byte no byte borrows, so that byte, the only one read, is exact
// (TestQuoteByteFrom; issue #6); no byte borrows unless one is marked, so
// a mask of none is exact too, which quoteByteFrom's 32-byte loop relies
// on. The other bits mean nothing.
func quoteStops(x uint64) uint64 {
	return x | ((x ^ lowBits*'"') - lowBits)
}

// opensStraight reports whether the straight quote at text[i] opens a
// quotation inside an open one (a nested quote): it does when it follows
// space or an opening bracket and a word follows it.
func opensStraight(text string, i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return (unicode.IsSpace(prev) || prev == '(' || prev == '[') && (unicode.IsLetter(next) || unicode.IsDigit(next))
}

// words counts the words in s, as tokenize would find them.
func words(s string) int {
	return wordsUpTo(s, len(s))
}

// wordsUpTo is min(words(s), limit), which it finds without reading the
// words after the limit-th.
func wordsUpTo(s string, limit int) int {
	n := 0
	for i := 0; n < limit; {
		_, end, word, ok := wordsplit.Next(s, i)
		if !ok {
			break
		}
		if word {
			n++
		}
		i = end
	}
	return n
}

// isUtterance reports whether a quotation reads as something said rather
// than a phrase held at arm's length (a "no-limits" partnership): five
// words or more, or at least two words ending in sentence punctuation.
// n is min(words(content), 5), which the caller has counted.
func isUtterance(content string, n int) bool {
	if n >= 5 || unspacedLetters(content) >= 8 {
		return true
	}
	c := strings.TrimSpace(content)
	r, _ := utf8.DecodeLastRuneInString(c)
	return n >= 2 && (r == ',' || r == '.' || r == '!' || r == '?')
}

// unspacedLetters counts the letters of scripts written without spaces
// between words (Chinese, Japanese, Thai), where counting words says
// nothing about length: “中方坚决反对单边制裁” is one "word".
func unspacedLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			n++
		}
	}
	return n
}

// abbreviations end in a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true,
	"col": true, "sen": true, "rep": true, "gov": true, "prof": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.n": true,
	"e.g": true, "i.e": true, "u.k": true, "a.m": true, "p.m": true, "amb": true, "h.e": true,
}

// sentenceBytes marks the bytes splitSentences stops at: sentence
// punctuation, the straight quotation mark, and every byte of a non-ASCII
// rune (the ellipsis and the closing marks are). It is only read.
var sentenceBytes = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	for _, c := range []byte{'.', '!', '?', '"'} {
		t[c] = true
	}
	return t
}()

// splitSentences splits a paragraph into sentence spans. It never splits
// inside a quotation, so a quoted passage of several sentences stays with
// the cue that follows it.
func splitSentences(text string, quotes []quote) []span {
	return appendSentences(nil, text, quotes)
}

// appendSentences appends the sentence spans splitSentences returns to
// out, and returns the extended slice: a caller can reuse its memory from
// one paragraph to the next.
func appendSentences(out []span, text string, quotes []quote) []span {
	first := len(out)
	start := 0
	// qi is the first quotation that does not open before i. Quotations
	// are in order and do not overlap, so the only one that can hold i,
	// or close at it, is quotes[qi-1].
	qi := 0
	for i := 0; i < len(text); {
		if i = sentenceByteFrom(text, i); i == len(text) {
			break
		}
		if !sentenceBytes[text[i]] {
			i++
			continue
		}
		for qi < len(quotes) && quotes[qi].open < i {
			qi++ // i went past its opening mark: its bytes are read
		}
		if qi < len(quotes) && quotes[qi].open == i {
			// Nothing inside a quotation ends a sentence, and its
			// opening mark closes none: go on at its closing mark.
			i = quotes[qi].close
			qi++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		end := -1
		switch r {
		case '.', '!', '?', '…':
			if inQuote := qi > 0 && i < quotes[qi-1].close; !inQuote && !isAbbreviation(text, i) && !isEnumerator(text, i) {
				end = i + n
				// Closing marks after the period belong to this sentence.
				for end < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[end:])
					if r2 != '”' && r2 != '"' && r2 != '’' && r2 != ')' && r2 != '»' {
						break
					}
					end += n2
				}
			}
		case '”', '»', '"':
			// A closing mark after sentence punctuation inside the quote
			// ends the sentence when a new one starts after it.
			if qi > 0 && quotes[qi-1].close == i && i > 0 {
				p, _ := utf8.DecodeLastRuneInString(text[:i])
				if p == '.' || p == '!' || p == '?' {
					end = i + n
				}
			}
		}
		if end > 0 && startsNewSentence(text, end) {
			out = append(out, span{start, end})
			start = end
			i = end
			continue
		}
		i += n
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, span{start, len(text)})
	}
	// Trim leading space of each span.
	for k := first; k < len(out); k++ {
		for out[k].start < out[k].end && text[out[k].start] == ' ' {
			out[k].start++
		}
	}
	return out
}

// isEnumerator reports whether text[i] is the period after the number
// of one to three digits that opens a paragraph as an item of a numbered
// list ("1. Condemns …",
// "12. We, the Leaders …"): no sentence ends there.
func isEnumerator(text string, i int) bool {
	if i == 0 || i > 3 || text[i] != '.' { // up to 999 items: "2024." may end a sentence
		return false
	}
	for j := 0; j < i; j++ {
		if text[j] < '0' || text[j] > '9' {
			return false
		}
	}
	return true
}

// sentenceByteFrom returns the offset of the first byte of text from i
// on that is a sentence punctuation mark, a straight quotation mark or
// not ASCII, or where fewer than eight bytes are left, or len(text). It
// reads thirty-two bytes at a time, then eight, in loops of their own,
// whose few variables stay in registers.
func sentenceByteFrom(text string, i int) int {
	// rest is text from i: its length tells the compiler that the loads
	// are in bounds, so that they are not checked.
	rest := text[i:]
	// A sentence is some 100 to 150 bytes: thirty-two bytes a turn,
	// tested with one branch, as controlOrNonASCIIFrom does. The first
	// of the four masks that marks a byte marks the first byte to stop
	// at exactly (see stops).
	for len(rest) >= 32 {
		a, b, c, d := sentenceStops(load8(rest, 0)), sentenceStops(load8(rest, 8)), sentenceStops(load8(rest, 16)), sentenceStops(load8(rest, 24))
		if (a|b|c|d)&highBits != 0 {
			off := len(text) - len(rest)
			switch {
			case a&highBits != 0:
				return off + firstByte(a&highBits)
			case b&highBits != 0:
				return off + 8 + firstByte(b&highBits)
			case c&highBits != 0:
				return off + 16 + firstByte(c&highBits)
			}
			return off + 24 + firstByte(d&highBits)
		}
		rest = rest[32:]
	}
	for len(rest) >= 8 {
		if m := sentenceStops(load8(rest, 0)) & highBits; m != 0 {
			return len(text) - len(rest) + firstByte(m)
		}
		rest = rest[8:]
	}
	return len(text) - len(rest)
}

// sentenceStops marks, in the high bit of each byte, the bytes of x that
// sentenceByteFrom stops at, the first of them exactly, and maybe others
// after it; it marks none when x has none. Only its high bits are to be
// read. '!', '"' and '#' are the bytes that x^0x23 makes less than 3: one
// test marks the first two (and the rare third, which sentenceBytes then
// passes over). Each test is bytesBelow without its "&^ x", which only
// unmarks bytes of 0x80 or more: those are to be marked, and each is by
// one of the three tests at least (b^c - n is below 0x80 for a b of 0x80
// or more only when b^c is below 0x80+n, which no b is for both 0x23 and
// '.'). Up to the first marked byte no byte borrows, so that byte, the
// only one read, is exact (TestSentenceByteFrom; issue #6: seven
// operations fewer on every eight bytes of a paragraph), and no byte
// borrows unless one is marked.
func sentenceStops(x uint64) uint64 {
	return ((x ^ lowBits*0x23) - lowBits*3) | ((x ^ lowBits*'.') - lowBits) | ((x ^ lowBits*'?') - lowBits)
}

// isAbbreviation reports whether the period at text[i] ends an
// abbreviation or an initial rather than a sentence.
func isAbbreviation(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	if i >= 8 {
		// Most periods end a word of five letters or more, which the
		// loop below would read five bytes of: when the five bytes
		// before the period are ASCII letters, as the eight loaded
		// before it tell at once, it is no abbreviation. (A byte is a
		// letter when, with bit 5 set, it is from 'a' to 'z'; no sum
		// carries out of its byte.)
		x := load8(text, i-8)
		z := x&^highBits | lowBits*0x20
		letters := (z + lowBits*(0x80-'a')) &^ (z + lowBits*(0x80-'z'-1)) &^ x
		const last5 = 0x8080808080 << 24 // the high bits of the last five bytes
		if letters&last5 == last5 {
			return false
		}
	}
	j := i
	for runes := 1; j > 0; runes++ {
		if c := text[j-1]; c < utf8.RuneSelf {
			// An ASCII byte, as most are: no rune to decode.
			if c != '.' && !('a' <= c|0x20 && c|0x20 <= 'z') {
				break
			}
			j--
		} else {
			r, n := utf8.DecodeLastRuneInString(text[:j])
			if !(unicode.IsLetter(r) || r == '.') {
				break
			}
			j -= n
		}
		// No abbreviation is longer than four letters, "no" is two and
		// an initial one, and lowering keeps the number of runes: a
		// word of five is none, and the rest of it is not read (most
		// words before a period are longer).
		if runes > 4 {
			return false
		}
	}
	w := text[j:i]
	var low string
	if wordsplit.IsASCII(w) {
		// Lowered in a buffer, which strings.ToLower would allocate:
		// the loop above left at most four bytes.
		var buf [4]byte
		for k := range len(w) {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		low = string(buf[:len(w)])
	} else {
		low = strings.ToLower(w)
	}
	if abbreviations[low] {
		// "imposed by the U.S. The ministry said": an initialism ends
		// the sentence when a word that only starts one follows it.
		return !(len(w) >= 3 && w[1] == '.' && startsSentenceOnly(text[i+1:]))
	}
	// "No. 2" abbreviates number; "said no." ends a sentence.
	if low == "no" {
		rest := strings.TrimLeft(text[i+1:], " ")
		return rest != "" && rest[0] >= '0' && rest[0] <= '9'
	}
	// A single capital letter: an initial ("George W. Bush").
	return utf8.RuneCountInString(low) == 1 && unicode.IsUpper([]rune(w)[0])
}

// initialismBreaks are capitalized words that follow "U.S." only where a
// sentence starts: no name, title or office begins with them (as "First
// Lady" or "Secretary" does; see sentenceStarters for the words that open
// sentences and no name).
var initialismBreaks = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "Its": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "In": true, "But": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "His": true, "Her": true, "Their": true,
	"Our": true, "However": true, "Meanwhile": true, "When": true, "While": true, "If": true,
}

// startsSentenceOnly reports whether rest, the text after a period, is
// one space and a word of initialismBreaks.
func startsSentenceOnly(rest string) bool {
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	w := rest[1:]
	if k := strings.IndexAny(w, " ,;:"); k >= 0 {
		w = w[:k]
	}
	return initialismBreaks[w]
}

// startsNewSentence reports whether text[i:] starts a new sentence: the end
// of the text, or space followed by a capital, a digit or an opening mark.
func startsNewSentence(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	// Most often one space and an ASCII byte, not a space, follow: the
	// answer without decoding runes or calling the unicode tables, which
	// give the same for such a byte.
	if text[i] == ' ' && i+1 < len(text) {
		if c := text[i+1]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '"' || c == '('
		}
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsSpace(r) {
		return false
	}
	rest := strings.TrimLeftFunc(text[i+n:], unicode.IsSpace)
	if rest == "" {
		return true
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '«' || r == '(' || r == '‘'
}
