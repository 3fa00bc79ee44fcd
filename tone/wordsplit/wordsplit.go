// Package wordsplit holds the one definition of a word that demarche's
// scorer, attribution, actor gazetteer and report share: a run of
// letters, digits and combining marks, with an apostrophe, hyphen or period
// between two such runs kept inside it ("Russia’s", "win-win", "U.S").
// Every other rune but space is a token of its own.
package wordsplit

import (
	"math/bits"
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
// which it learns while reading the word's bytes. normal is false for
// punctuation. It reads one token at a time; ScanTokens, which the
// tokenizer uses, reads a batch, and its tests hold it to Scan.
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

// Token is a token of a text as Scan finds it: its byte span [Start,
// End) and what it is.
type Token struct {
	Start, End int32
	Word       bool // letters or digits; otherwise a single punctuation rune
	Normal     bool // a word that IsNormal reports: ASCII, no upper case
}

// ScanTokens appends to dst the tokens of s from byte i on, those that
// calling Scan again from the end of each finds, until dst is full (its
// length reaches its capacity, which must not be 0) or no token is left.
// It returns dst and the byte to go on from: len(s) once s is read to its
// end. s must be shorter than 2 GiB. It is that loop without a call for
// each token, for a caller that reads whole texts.
func ScanTokens(dst []Token, s string, i int) ([]Token, int) {
	n := len(dst)
	dst = dst[:cap(dst)]
	for i < len(s) && n < len(dst) {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case IsWordRune(r):
				end := wordEnd(s, i+size)
				dst[n] = Token{Start: int32(i), End: int32(end), Word: true}
				n++
				i = end
			case unicode.IsSpace(r):
				i += size
			default:
				dst[n] = Token{Start: int32(i), End: int32(i + size)}
				n++
				i += size
			}
			continue
		}
		switch asciiClass[c] {
		case asciiSpace:
			i++
		case asciiOther:
			dst[n] = Token{Start: int32(i), End: int32(i + 1)}
			n++
			i++
			if i < len(s) && s[i] == ' ' {
				i++ // as after most commas and periods
			}
		default:
			// Most words are letters only, shorter than eight bytes and
			// nearly all shorter than sixteen, and they end at a space
			// or a punctuation mark that no word rune follows: one or two
			// eight-byte loads find their end.
			if i+8 <= len(s) {
				j, seen := i, uint64(0) // seen: the upper-case letters before j
				stop, upper := letterStops(load8(s, j))
				if stop == 0 && j+16 <= len(s) {
					j, seen = j+8, upper
					stop, upper = letterStops(load8(s, j))
				}
				if stop != 0 {
					end := j + bits.TrailingZeros64(stop)>>3
					// An ASCII joiner that no word rune may follow (no
					// letter, digit or byte of a non-ASCII rune) ends the
					// word as well: the period that ends a sentence, the
					// fallback's commonest case (17,300 of 318,000 words
					// on cg.sh's 2 MB).
					c := s[end]
					if k := wordBytes[c]; k&mayGoOn == 0 || k&joiner != 0 && (end+1 == len(s) || wordBytes[s[end+1]]&(inWord|mayGoOn) == 0) {
						// The word's upper-case letters are those upper
						// marks up to the first stop, an ASCII byte that is
						// no letter. (Writing the token as a value took
						// fewer instructions than writing its fields one
						// by one through a pointer.)
						dst[n] = Token{Start: int32(i), End: int32(end), Word: true, Normal: seen|upper&(stop^(stop-1)) == 0}
						n++
						// Most often a space follows, which the loop
						// need not read again.
						i = end
						if c == ' ' {
							i++
						}
						continue
					}
				}
			}
			end, normal := asciiWordEnd(s, i)
			dst[n] = Token{Start: int32(i), End: int32(end), Word: true, Normal: normal}
			n++
			i = end
		}
	}
	return dst[:n], i
}

// asciiWordEnd returns the end of the word that starts with the ASCII
// letter or digit s[i], and whether it is normal. It reads ASCII eight
// bytes at a time (see wordStops), and leaves the rest of the word to
// wordEnd at its first non-ASCII byte.
func asciiWordEnd(s string, i int) (end int, normal bool) {
	var upper uint64 // nonzero once the word has an upper-case letter
	j := i
	for {
		// The word's run of ASCII letters and digits from j.
		for {
			if j+8 > len(s) {
				// The last bytes of s: one table lookup and one
				// branch a byte.
				for j < len(s) {
					k := wordBytes[s[j]]
					if k&inWord == 0 {
						break
					}
					upper |= uint64(k & upperCase)
					j++
				}
				break
			}
			stop, up := wordStops(load8(s, j))
			if stop == 0 {
				upper |= up
				j += 8
				continue
			}
			// The upper-case letters before the first stop: the
			// bits below its own.
			upper |= up & (stop&-stop - 1)
			j += bits.TrailingZeros64(stop) >> 3
			break
		}
		if j == len(s) {
			return j, upper == 0
		}
		c := s[j]
		if c >= utf8.RuneSelf {
			// A non-ASCII rune goes on the word or ends it; in the
			// first case the word is not normal.
			end = wordEnd(s, j)
			return end, upper == 0 && end == j
		}
		if (c != '\'' && c != '-' && c != '.') || j+1 == len(s) {
			return j, upper == 0
		}
		// An ASCII joiner: the word goes on when a word rune follows.
		if c2 := s[j+1]; c2 >= utf8.RuneSelf {
			end = wordEnd(s, j)
			return end, upper == 0 && end == j
		} else if wordBytes[c2]&inWord == 0 {
			return j, upper == 0
		}
		j++
	}
}

// Eight bytes at a time: a uint64 of them holds each byte in its own
// eight bits, and adding a constant to every byte of its seven low bits
// at once carries into no other byte ("SIMD within a register").
const (
	lowBits  = 0x0101010101010101 // the lowest bit of each byte
	highBits = 0x8080808080808080 // the highest bit of each byte
)

// load8 returns the 8 bytes of s from i, the first in the lowest byte of
// the result. The compiler makes it one load.
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// wordStops marks, with the high bit of each byte, the bytes of x that
// end a run of ASCII letters and digits (all but those: other ASCII and
// every byte of a non-ASCII rune) in stop, and its upper-case ASCII
// letters in upper. Every byte is marked exactly: it is wordBytes for
// eight bytes at once.
func wordStops(x uint64) (stop, upper uint64) {
	// A byte's high bit is set in y+lowBits*(0x80-c) when its seven low
	// bits are c or more.
	y := x &^ highBits
	digit := (y + lowBits*(0x80-'0')) &^ (y + lowBits*(0x80-'9'-1))
	upper = (y + lowBits*(0x80-'A')) &^ (y + lowBits*(0x80-'Z'-1))
	lower := (y + lowBits*(0x80-'a')) &^ (y + lowBits*(0x80-'z'-1))
	return (^(digit | upper | lower) | x) & highBits, upper &^ x & highBits
}

// letterStops is wordStops for words of letters only: it marks, with the
// high bit of each byte, the bytes of x that are not ASCII letters in
// stop, exactly, and its upper-case letters in upper, and maybe bytes of
// non-ASCII runes too.
func letterStops(x uint64) (stop, upper uint64) {
	// Setting bit 5 of every byte makes upper-case letters lower case:
	// a letter is then a byte from 'a' to 'z'.
	y := x &^ highBits
	z := y | lowBits*0x20
	letter := (z + lowBits*(0x80-'a')) &^ (z + lowBits*(0x80-'z'-1))
	// An upper-case letter's bit 5 is clear: y<<2 moves it to bit 7.
	// (A non-ASCII byte may look like a letter to letter.)
	return (^letter | x) & highBits, letter &^ (y << 2) & highBits
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
	switch {
	case r < utf8.RuneSelf:
		return asciiClass[r] == asciiWord
	case generalPunctuation(r):
		// Curly quotation marks, dashes, the ellipsis: the non-ASCII
		// runes most common in English text, of a block that has no
		// letter, digit or mark (TestIsWordRune).
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// generalPunctuation reports whether r is in Unicode's General
// Punctuation block.
func generalPunctuation(r rune) bool { return '\u2000' <= r && r <= '\u206f' }

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
	// Eight, four or two bytes at a time, the last load overlapping
	// those before it: a word takes one or two loads whatever its length.
	var x uint64
	switch n := len(s); {
	case n >= 8:
		// A statement's text, read by the scorer, is some 200 bytes:
		// thirty-two a turn, then eight.
		i := 0
		for ; i+32 < n; i += 32 {
			b := s[i : i+32] // one bounds check for the four loads
			x |= load8(b, 0) | load8(b, 8) | load8(b, 16) | load8(b, 24)
		}
		for ; i+8 < n; i += 8 {
			x |= load8(s, i)
		}
		x |= load8(s, n-8)
	case n >= 4:
		x = uint64(load4(s, 0) | load4(s, n-4))
	case n >= 2:
		x = uint64(s[0]) | uint64(s[1]) | uint64(s[n-1])
	case n == 1:
		x = uint64(s[0])
	}
	return x&highBits == 0
}

// load4 returns the 4 bytes of s from i, the first in the lowest byte of
// the result. The compiler makes it one load.
func load4(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
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
	mayGoOn               // after letters, a byte that may go on the word: a digit, a joiner or a byte of a non-ASCII rune
	joiner                // an ASCII joiner: an apostrophe, hyphen or period
)

// wordBytes holds the inWord, upperCase, mayGoOn and joiner bits of each
// byte; it is computed once and only read.
var wordBytes = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if asciiClass[c] == asciiWord {
			t[c] = inWord
		}
		if 'A' <= c && c <= 'Z' {
			t[c] |= upperCase
		}
		if j := IsJoiner(rune(c)); j || '0' <= c && c <= '9' {
			t[c] |= mayGoOn
			if j {
				t[c] |= joiner
			}
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = mayGoOn
	}
	return t
}()

// FilterHash hashes w's length and first, second and last bytes to 16
// bits: the index of w's bit in a 65,536-bit set that answers "maybe" or
// "no" (tone's word filters, the actor gazetteer's first words). It reads
// four bytes whatever w's length, so it costs less than hashing a map
// key.
func FilterHash(w string) uint32 {
	h := uint32(len(w))
	if len(w) > 0 {
		h = h<<8 | uint32(w[0])
		h = h<<8 | uint32(w[len(w)-1])
	}
	if len(w) > 1 {
		h ^= uint32(w[1]) << 24
	}
	return (h * 0x9E3779B1) >> 16
}
