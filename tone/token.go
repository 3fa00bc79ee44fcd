package tone

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark in a text, with its byte span.
type token struct {
	text       string // as written
	lower      string // lower case, curly apostrophes made straight
	start, end int
	word       bool // letters or digits; otherwise a single punctuation rune
}

// capitalized reports whether a word token starts with an upper-case
// letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.word && unicode.IsUpper(r)
}

// tokenize splits s into word and punctuation tokens. A word is a run of
// letters, digits and marks; an apostrophe, hyphen or period between two
// such runs stays inside the word ("Russia’s", "win-win", "U.S"). Space is
// dropped.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s, 0)
}

// appendTokens tokenizes s and appends the tokens to dst, their spans
// shifted by base.
func appendTokens(dst []token, s string, base int) []token {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiClass[c] == asciiSpace {
			i++ // the common case, without decoding a rune
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf && asciiClass[c] == asciiWord {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			text := s[i:j]
			dst = append(dst, token{text: text, lower: normalizeWord(text), start: base + i, end: base + j, word: true})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			dst = append(dst, token{text: s[i : i+n], lower: s[i : i+n], start: base + i, end: base + i + n})
			i += n
		}
	}
	return dst
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == asciiWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// ASCII character classes, for the tokenizer's fast path.
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

// isJoiner reports whether r may join two word runs into one word.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '.':
		return true
	}
	return false
}

// normalizeWord lower-cases a word and makes apostrophes and hyphens
// ASCII, so that lexicon terms need only one spelling.
func normalizeWord(w string) string {
	simple := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			simple = false
			break
		}
	}
	if simple {
		return w
	}
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
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

// foldAccents replaces the accented Latin letters of a lower-case word by
// their ASCII base letters ("détente" → "detente", "communiqué" →
// "communique"), since lexicon terms are ASCII. Other runes are kept.
func foldAccents(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// accentTable lists, after each ASCII base and a colon, the lower-case
// letters of Latin-1 and Latin Extended-A that fold to it.
const accentTable = "a:àáâãäåāăą c:çćĉċč d:ďđ e:èéêëēĕėęě g:ĝğġģ h:ĥħ i:ìíîïĩīĭįı j:ĵ k:ķ " +
	"l:ĺļľŀł n:ñńņňŉ o:òóôõöøōŏő r:ŕŗř s:śŝşšș t:ţťŧț u:ùúûüũūŭůűų w:ŵ y:ýÿŷ z:źżž " +
	"ae:æ oe:œ ss:ß"

func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		return string(r)
	}
	if base, ok := accentBase[r]; ok {
		return base
	}
	return string(r)
}

// accentBase maps each letter of accentTable to its base; it is computed
// once and only read.
var accentBase = func() map[rune]string {
	m := make(map[rune]string)
	for _, group := range strings.Fields(accentTable) {
		base, letters, _ := strings.Cut(group, ":")
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()
