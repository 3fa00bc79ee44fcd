package tone

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// knower is a [Model] that can tell whether it knows a word, as package
// naivebayes's can.
type knower interface {
	Knows(word string) bool
}

// mendHyphens returns doc with the words that the end of a line broke
// with a hyphen ("coopera-" on one line, "tion" at the start of the
// next, as text taken from a PDF has them) whole again, so that the
// lexicon and the model read them and statements quote them whole. The
// two parts are joined without the hyphen when the lexicon has the word
// they make ("countermeasures"), or when the scorer's model knows it and
// not both parts ("cooperation"); with the hyphen when the lexicon has a
// term of the two ("so-called"), when both are words ("twenty-five",
// "well-known"; so "be-cause" too), or when the model does not know the
// word. Only a break between a letter and a lower-case letter is mended:
// a line that ends with a dash before a new sentence, a name or a blank
// line is left as it is. With no model that knows words, the parts keep
// the hyphen.
func (s *Scorer) mendHyphens(doc string) string {
	at := strings.Index(doc, "-\n")
	if at < 0 {
		return doc
	}
	kn, _ := s.model.(knower)
	var b strings.Builder
	done := 0 // doc[:done] is in b
	for at >= 0 {
		next := at + 2
		for next < len(doc) && (doc[next] == ' ' || doc[next] == '\t') {
			next++
		}
		first, second := wordBefore(doc, at), wordAfter(doc, next)
		if r, _ := utf8.DecodeRuneInString(second); first != "" && unicode.IsLower(r) {
			if done == 0 {
				b.Grow(len(doc))
			}
			b.WriteString(doc[done:at])
			if s.keepHyphen(kn, first, second) {
				b.WriteByte('-')
			}
			done = next
		}
		i := strings.Index(doc[at+2:], "-\n")
		if i < 0 {
			break
		}
		at += 2 + i
	}
	if done == 0 {
		return doc
	}
	b.WriteString(doc[done:])
	return b.String()
}

// keepHyphen reports whether the parts of a word a line break
// hyphenated keep their hyphen (see mendHyphens).
func (s *Scorer) keepHyphen(kn knower, first, second string) bool {
	if kn == nil {
		return true
	}
	lower := [2]string{strings.ToLower(first), strings.ToLower(second)}
	joined := lower[0] + lower[1]
	if s.lex != nil {
		if e, end := s.lex.Lookup(lower[:], 0); e != nil && end == 2 {
			return true // a term of two words: "so-called"
		}
		if e, _ := s.lex.Lookup([]string{joined}, 0); e != nil {
			return false // a term of one: "countermeasures"
		}
	}
	// The model read "well-known" as "wellknown", so it knows such
	// words joined: parts that are both words are a compound ("twenty-
	// five"), where a line end that broke a word most often leaves a
	// part that is none ("coopera-", "-tion"). ("be-cause" stays so.)
	if kn.Knows(lower[0]) && kn.Knows(lower[1]) {
		return true
	}
	return !kn.Knows(joined)
}

// wordBefore returns the letters of doc that end at end, or "".
func wordBefore(doc string, end int) string {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(doc[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return doc[i:end]
}

// wordAfter returns the letters of doc that start at start, or "".
func wordAfter(doc string, start int) string {
	i := start
	for i < len(doc) {
		r, n := utf8.DecodeRuneInString(doc[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return doc[start:i]
}
