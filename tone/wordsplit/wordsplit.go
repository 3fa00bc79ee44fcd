// Package wordsplit holds the one definition of a word that demarche's
// scorer, attribution, actor gazetteer and report share: a run of
// letters, digits and combining marks, with an apostrophe, hyphen or period
// between two such runs kept inside it ("Russia’s", "win-win", "U.S").
// Every other rune but space is a token of its own.
package wordsplit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Next returns the next token of s at or after byte i: its span
// [start, end) and whether it is a word (else a single punctuation rune).
// Space is skipped. ok is false when no token is left.
func Next(s string, i int) (start, end int, word, ok bool) {
	start, end, word, _, ok = Scan(s, i)
	return start, end, word, ok
}

// Scan is Next that also reports whether a word is normal (see IsNormal),
// which it learns while reading the word's bytes: a caller that lowers
// words then need not read them again. normal is false for punctuation.
func Scan(s string, i int) (start, end int, word, normal, ok bool) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// Nearly every byte of a document is ASCII: classify it
			// without decoding a rune.
			switch asciiClass[c] {
			case asciiSpace:
				i++
				continue
			case asciiOther:
				return i, i + 1, false, false, true
			}
			end, normal = asciiWordEnd(s, i)
			return i, end, true, normal, true
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsWordRune(r):
			return i, wordEnd(s, i+n), true, false, true
		case unicode.IsSpace(r):
			i += n
		default:
			return i, i + n, false, false, true
		}
	}
	return len(s), len(s), false, false, false
}

// asciiWordEnd returns the end of the word that starts with the ASCII
// letter or digit s[i], and whether the word is normal. It reads ASCII
// a byte at a time, and leaves the rest of the word to wordEnd at its
// first non-ASCII byte.
func asciiWordEnd(s string, i int) (end int, normal bool) {
	var seen uint8 // the wordBytes bits of the word's bytes so far
	j := i
	for {
		// The word's ASCII letters and digits: one table lookup and
		// one branch a byte.
		for j < len(s) {
			k := wordBytes[s[j]]
			if k&inWord == 0 {
				break
			}
			seen |= k
			j++
		}
		normal = seen&upperCase == 0
		if j == len(s) {
			return j, normal
		}
		c := s[j]
		if c >= utf8.RuneSelf {
			// A non-ASCII rune goes on the word or ends it; in the
			// first case the word is not normal.
			end = wordEnd(s, j)
			return end, normal && end == j
		}
		if (c != '\'' && c != '-' && c != '.') || j+1 == len(s) {
			return j, normal
		}
		// An ASCII joiner: the word goes on when a word rune follows.
		if c2 := s[j+1]; c2 >= utf8.RuneSelf {
			end = wordEnd(s, j)
			return end, normal && end == j
		} else if wordBytes[c2]&inWord == 0 {
			return j, normal
		}
		j++
	}
}

// wordEnd returns the end of the word whose runes run up to s[j]: the word
// goes on over word runes, and over a joiner followed by a word rune.
func wordEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiClass[c] == asciiWord {
			j++
			continue
		}
		r2, n2 := utf8.DecodeRuneInString(s[j:])
		if IsWordRune(r2) {
			j += n2
			continue
		}
		if IsJoiner(r2) && j+n2 < len(s) {
			if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); IsWordRune(r3) {
				j += n2
				continue
			}
		}
		break
	}
	return j
}

// IsWordRune reports whether r belongs in a word.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == asciiWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsJoiner reports whether r joins two word runs into one word.
func IsJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '.':
		return true
	}
	return false
}

// Normalize lower-cases a word and makes curly apostrophes and Unicode
// hyphens ASCII, so that lexicon terms and names need one spelling.
func Normalize(w string) string {
	simple, ascii := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			simple, ascii = false, false
			break
		}
		if 'A' <= c && c <= 'Z' {
			simple = false
		}
	}
	switch {
	case simple:
		return w
	case ascii:
		return strings.ToLower(w)
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '’':
			return '\''
		case '‐', '‑':
			return '-'
		}
		return unicode.ToLower(r)
	}, w)
}

// IsNormal reports whether Normalize returns w itself: an ASCII word with
// no upper-case letter.
func IsNormal(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// IsASCII reports whether s has only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AppendNormalized appends Normalize(w) to dst and returns the extended
// buffer, so that a caller can keep many normalized words in one
// allocation.
func AppendNormalized(dst []byte, w string) []byte {
	if IsASCII(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for _, r := range w {
		switch r {
		case '’':
			r = '\''
		case '‐', '‑':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// ASCII character classes, for the fast path.
const (
	asciiOther = iota
	asciiWord
	asciiSpace
)

// asciiClass classifies each ASCII byte; it is computed once and only
// read.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		r := rune(b)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			c[b] = asciiWord
		case unicode.IsSpace(r):
			c[b] = asciiSpace
		}
	}
	return c
}()

// Bits of wordBytes.
const (
	inWord    = 1 << iota // an ASCII letter or digit
	upperCase             // an ASCII upper-case letter
)

// wordBytes holds the inWord and upperCase bits of each byte (none for
// the bytes of non-ASCII runes); it is computed once and only read.
var wordBytes = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if asciiClass[c] == asciiWord {
			t[c] = inWord
		}
		if 'A' <= c && c <= 'Z' {
			t[c] |= upperCase
		}
	}
	return t
}()
