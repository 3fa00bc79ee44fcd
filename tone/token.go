package tone

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/tone/wordsplit"
)

// token is a word or a punctuation mark in a text, with its byte span.
// It is 32 bytes: a document has a token every 5 to 6 bytes, and its
// tokens are the largest part of what an analysis keeps alive.
type token struct {
	// form is the lower-case form (lower case, curly apostrophes made
	// straight) followed, when the written form differs from it, by the
	// written form; nlow is the lower-case form's length. Most tokens are
	// lower-case words and punctuation, whose form is their text.
	form       string
	nlow       int32
	start, end int32 // byte offsets in the paragraph; no paragraph nears 2 GiB
	word       bool  // letters or digits; otherwise a single punctuation rune
	upper      bool  // a word that starts with an upper-case letter
	name       bool  // a word that may be part of a name; see isNameWord
}

// lower returns the token in lower case, curly apostrophes made straight.
func (t *token) lower() string { return t.form[:t.nlow] }

// text returns the token as written.
func (t *token) text() string {
	if int(t.nlow) < len(t.form) {
		return t.form[t.nlow:]
	}
	return t.form
}

// sameToken returns a token whose lower-case and written forms are both
// s: punctuation, or a word already in lower case.
func sameToken(s string, start, end int32) token {
	return token{form: s, nlow: int32(len(s)), start: start, end: end}
}

// withForms returns t with the lower-case form lower and the written form
// text.
func (t token) withForms(lower, text string) token {
	t.nlow = int32(len(lower))
	if lower == text {
		t.form = text
	} else {
		t.form = lower + text
	}
	return t
}

// capitalized reports whether a word token starts with an upper-case
// letter.
func (t token) capitalized() bool { return t.upper }

// tokenize splits s into word and punctuation tokens. A word is a run of
// letters, digits and marks; an apostrophe, hyphen or period between two
// such runs stays inside the word ("Russia’s", "win-win", "U.S"). Space is
// dropped.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s, nil)
}

// appendTokens tokenizes s and appends the tokens to dst. What a word is,
// is package wordsplit's rule. With lowers not nil, the forms of the words
// whose lower-case form differs from the written one are written one after
// another into lowers, and the tokens' forms are views of it: a document's
// capitalized words then share a few large allocations instead of one
// each. The other tokens' forms are views of s.
func appendTokens(dst []token, s string, lowers *strings.Builder) []token {
	return appendRecording(dst, s, lowers, nil)
}

// appendRecording is appendTokens; with lw not nil, it also adds to lw
// the words that are no name words.
func appendRecording(dst []token, s string, lowers *strings.Builder, lw *wordRecorder) []token {
	var buf [64]byte
	for i := 0; ; {
		start, end, word, normal, ok := wordsplit.Scan(s, i)
		if !ok {
			return dst
		}
		text := s[start:end]
		form, nlow := text, len(text)
		var upper, name bool
		if word && !normal {
			// A normal word is in lower case ASCII: its form is its
			// text, and it neither starts upper case nor with an
			// Arabic article before a capital.
			low := wordsplit.AppendNormalized(buf[:0], text)
			if string(low) != text {
				nlow = len(low)
				if lowers == nil {
					form = string(append(low, text...))
				} else {
					// A Builder's String is a view of what it holds
					// so far; writing more never changes bytes
					// already written.
					from := lowers.Len()
					lowers.Write(low)
					lowers.WriteString(text)
					form = lowers.String()[from:]
				}
			}
			upper = startsUpper(text)
			name = upper || arabicNamePrefix(text)
		}
		if lw != nil && word && !name {
			if normal {
				lw.addAt(s, start, end)
			} else {
				lw.add(form[:nlow])
			}
		}
		// The fields are written into the array one by one: appending a
		// token value made the compiler build it on the stack and copy
		// it, reading 16 bytes at a time what it had just written in
		// smaller stores, which stalls the processor (a fifth of the
		// tokenizing time).
		if len(dst) == cap(dst) {
			dst = slices.Grow(dst, 1)
		}
		dst = dst[:len(dst)+1]
		t := &dst[len(dst)-1]
		t.form, t.nlow = form, int32(nlow)
		t.start, t.end = int32(start), int32(end)
		t.word, t.upper, t.name = word, upper, name
		i = end
	}
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// arabicNamePrefix reports whether a lower-case word is an Arabic article
// joined to a capitalized name: "al-Sisi", "ash-Shaibani".
func arabicNamePrefix(w string) bool {
	// Every prefix is two or three letters and a hyphen.
	if len(w) < 4 || (w[2] != '-' && w[3] != '-') {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// foldAccents replaces the accented Latin letters of a lower-case word by
// their ASCII base letters ("détente" → "detente", "communiqué" →
// "communique"), since lexicon terms are ASCII. Other runes are kept.
func foldAccents(w string) string {
	if wordsplit.IsASCII(w) {
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
