package tone

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/tone/wordsplit"
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
// shifted by base. What a word is, is package wordsplit's rule.
func appendTokens(dst []token, s string, base int) []token {
	for i := 0; ; {
		start, end, word, ok := wordsplit.Next(s, i)
		if !ok {
			return dst
		}
		text := s[start:end]
		lower := text
		if word {
			lower = wordsplit.Normalize(text)
		}
		dst = append(dst, token{text: text, lower: lower, start: base + start, end: base + end, word: word})
		i = end
	}
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
