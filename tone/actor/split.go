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
func Split(s string) []string {
	var out []string
	for i := 0; ; {
		start, end, _, ok := wordsplit.Next(s, i)
		if !ok {
			return out
		}
		out = append(out, s[start:end])
		i = end
	}
}

// normalize lower-cases a token and makes apostrophes and hyphens ASCII.
func normalize(tok string) string { return wordsplit.Normalize(tok) }

// Key is the form names are compared in: the tokens of s, normalized and
// joined by single spaces, a final period dropped ("U.S." and "u.s" are
// the same name). It is empty when s has no letters or digits.
func Key(s string) string {
	toks := patternTokens(s)
	if len(toks) == 0 {
		return ""
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = normalize(t)
	}
	return strings.Join(words, " ")
}

// patternTokens splits a name into the tokens it is matched by: a final
// period is dropped, since a sentence may end on it.
func patternTokens(s string) []string {
	toks := Split(s)
	for len(toks) > 0 && toks[len(toks)-1] == "." {
		toks = toks[:len(toks)-1]
	}
	hasWord := false
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t); wordsplit.IsWordRune(r) {
			hasWord = true
		}
	}
	if !hasWord {
		return nil
	}
	return toks
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
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters >= 2 && upper == letters:
		return upperCase
	case startsUpper(w):
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
