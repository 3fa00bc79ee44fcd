package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split splits s into the tokens [Gazetteer.Find] reads: words and single
// punctuation marks, space dropped. A word is a run of letters, digits and
// marks; an apostrophe, hyphen or period between two such runs stays inside
// it ("Russia’s", "Russia-backed", "U.S"). This is the tokenization of
// package tone, so its tokens can be passed to Find as they are.
func Split(s string) []string {
	var out []string
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, s[i:j])
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			out = append(out, s[i:i+n])
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '.':
		return true
	}
	return false
}

// normalize lower-cases a token and makes apostrophes and hyphens ASCII.
func normalize(tok string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’':
			return '\''
		case '‐', '‑':
			return '-'
		}
		return unicode.ToLower(r)
	}, tok)
}

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
		if r, _ := utf8.DecodeRuneInString(t); isWordRune(r) {
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
