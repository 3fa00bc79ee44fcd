package report

import (
	"slices"
	"strings"

	"github.com/demarche/demarche/tone"

	"github.com/demarche/demarche/tone/wordsplit"
)

// segment is a run of a statement's text, highlighted when Term is set.
type segment struct {
	Text string
	Term *tone.Term
}

// word is a word of a statement: its byte span and its normalised form.
type word struct {
	start, end int
	norm       string
}

// words splits text into words the way the scorer reads them: runs of
// letters, digits and marks, joined by an apostrophe, hyphen or period
// between two such runs ("Russia’s", "win-win"), lower-cased with curly
// apostrophes and Unicode hyphens made ASCII, which is how tone.Term
// writes a match.
func words(text string) []word {
	var out []word
	for i := 0; ; {
		start, end, isWord, ok := wordsplit.Next(text, i)
		if !ok {
			return out
		}
		if isWord {
			out = append(out, word{start: start, end: end, norm: wordsplit.Normalize(text[start:end])})
		}
		i = end
	}
}

// highlight splits text into segments, marking each term where it occurs:
// case-insensitively, on word boundaries, words in order with only
// punctuation or space between them. Terms are found in the order given
// (text order), each after the previous one when possible, else at its
// first unmarked occurrence; a term that cannot be found is left out.
func highlight(text string, terms []tone.Term) []segment {
	ws := words(text)
	marked := make([]bool, len(ws))
	type span struct {
		from, to int // word indexes, to exclusive
		term     *tone.Term
	}
	var spans []span
	cursor := 0
	for k := range terms {
		want := strings.Fields(terms[k].Text)
		if len(want) == 0 {
			continue
		}
		at := find(ws, marked, want, cursor)
		if at < 0 {
			at = find(ws, marked, want, 0)
		}
		if at < 0 {
			continue
		}
		for i := at; i < at+len(want); i++ {
			marked[i] = true
		}
		spans = append(spans, span{at, at + len(want), &terms[k]})
		cursor = at + len(want)
	}
	if len(spans) == 0 {
		return []segment{{Text: text}}
	}
	// Spans never overlap; put them in text order.
	slices.SortFunc(spans, func(a, b span) int { return a.from - b.from })
	var segs []segment
	pos := 0
	for _, s := range spans {
		start, end := ws[s.from].start, ws[s.to-1].end
		if start > pos {
			segs = append(segs, segment{Text: text[pos:start]})
		}
		segs = append(segs, segment{Text: text[start:end], Term: s.term})
		pos = end
	}
	if pos < len(text) {
		segs = append(segs, segment{Text: text[pos:]})
	}
	return segs
}

// find returns the index of the first word from which want occurs in ws
// at or after from, with none of its words marked; -1 if none.
func find(ws []word, marked []bool, want []string, from int) int {
outer:
	for i := from; i+len(want) <= len(ws); i++ {
		for k, w := range want {
			if marked[i+k] || ws[i+k].norm != w {
				continue outer
			}
		}
		return i
	}
	return -1
}
