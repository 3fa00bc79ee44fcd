package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/tone/wordsplit"
)

// Split splits s into the tokens [Gazetteer.Find] reads: words and single
// punctuation marks, space dropped. A word is a run of letters, digits and
// marks; an apostrophe, hyphen or period between two such runs stays inside
// it ("Russia’s", "Russia-backed", "U.S"). This is the tokenization of
// package tone, so its tokens can be passed to Find as they are.
func Split(s string) []string { return appendSplit(nil, s) }

// appendSplit appends the tokens of s, as [Split] gives them, to dst.
func appendSplit(dst []string, s string) []string {
	for i := 0; ; {
		start, end, _, ok := wordsplit.Next(s, i)
		if !ok {
			return dst
		}
		dst = append(dst, s[start:end])
		i = end
	}
}

// normalize lower-cases a token and makes apostrophes and hyphens ASCII.
func normalize(tok string) string { return wordsplit.Normalize(tok) }

// Key is the form names are compared in: the tokens of s, normalized and
// joined by single spaces, a final period dropped ("U.S." and "u.s" are
// the same name). It is empty when s has no letters or digits.
func Key(s string) string {
	var k keyer
	_, key := k.key(s)
	return string(key)
}

// keyer computes names' keys in buffers it reuses from name to name: the
// gazetteer's 2,400 names are keyed twice at each start.
type keyer struct {
	toks []string
	ends []int // where each token's normalized form ends in buf
	buf  []byte
}

// key returns the tokens of s as [patternTokens] gives them and [Key](s)
// as bytes; both are valid until the next call. Tokens hold no space
// ([Split] drops it), so the key's words are the normalized tokens.
func (k *keyer) key(s string) (toks []string, key []byte) {
	k.toks = patternTokens(k.toks[:0], s)
	k.ends, k.buf = k.ends[:0], k.buf[:0]
	for i, t := range k.toks {
		if i > 0 {
			k.buf = append(k.buf, ' ')
		}
		k.buf = wordsplit.AppendNormalized(k.buf, t)
		k.ends = append(k.ends, len(k.buf))
	}
	return k.toks, k.buf
}

// appendWords appends the normalized tokens of the last key to dst, as
// substrings of key, which must be that key as a string.
func (k *keyer) appendWords(dst []string, key string) []string {
	start := 0
	for _, end := range k.ends {
		dst = append(dst, key[start:end])
		start = end + 1
	}
	return dst
}

// appendFields appends the fields of s, as [strings.Fields] gives them,
// to dst.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}

// patternTokens appends to dst the tokens a name is matched by: a final
// period is dropped, since a sentence may end on it. It returns dst
// emptied when the name has no word.
func patternTokens(dst []string, s string) []string {
	toks := appendSplit(dst, s)
	for len(toks) > 0 && toks[len(toks)-1] == "." {
		toks = toks[:len(toks)-1]
	}
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t); wordsplit.IsWordRune(r) {
			return toks
		}
	}
	return toks[:0]
}

// possessive strips "'s" from a normalized token. (A final apostrophe,
// "States'", is a token of its own: see [Split].)
func possessive(w string) (string, bool) {
	if b, ok := strings.CutSuffix(w, "'s"); ok && b != "" {
		return b, true
	}
	return w, false
}

// caseRule says how a pattern word's case constrains the text.
type caseRule uint8

const (
	anyCase   caseRule = iota // lower case in the gazetteer: "developing countries"
	capital                   // "Russia": the text word starts upper case
	upperCase                 // "US", "WHO": every letter upper case in the text too
)

func caseOf(w string) caseRule {
	letters, upper := 0, 0
	firstUpper := false // the first letter is upper case
	for i := 0; i < len(w); {
		// ASCII letters are A-Z and a-z, the upper case ones A-Z: most
		// names are ASCII, and the unicode tables are slower to ask.
		var isLetter, isUpper bool
		if c := w[i]; c < utf8.RuneSelf {
			isUpper = 'A' <= c && c <= 'Z'
			isLetter = isUpper || 'a' <= c && c <= 'z'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			isLetter, isUpper = unicode.IsLetter(r), unicode.IsUpper(r)
			i += size
		}
		if !isLetter {
			continue
		}
		if letters == 0 {
			firstUpper = isUpper
		}
		letters++
		if isUpper {
			upper++
		} else {
			break // a lower-case letter: not upperCase, and the first decides
		}
	}
	switch {
	case letters >= 2 && upper == letters:
		return upperCase
	case firstUpper:
		return capital
	}
	return anyCase
}

func startsUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// fits reports whether text (a token as written, possessive ending
// removed) satisfies the case rule.
func (c caseRule) fits(text string) bool {
	switch c {
	case capital:
		return startsUpper(text)
	case upperCase:
		for _, r := range text {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}
