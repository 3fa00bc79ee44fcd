package tone

import "strings"

// stripLinks replaces each Markdown link, [text](target), by its text, and
// drops each Markdown image, ![alt](target), as text converted from a web
// page to Markdown has them ("Foreign Minister [Sergei
// Lavrov](https://…) said"): the link's target split the name from its
// cue, and its address was read as words. A link's text has no bracket
// and no line end; its target no line end and no parenthesis, and it
// ends at the first ")". Text with no "](" is returned as it is.
func stripLinks(doc string) string {
	k := strings.Index(doc, "](")
	if k < 0 {
		return doc
	}
	var b strings.Builder
	b.Grow(len(doc))
	done := 0 // doc[:done] is written or dropped
	for k >= 0 {
		k += done
		open := strings.LastIndexAny(doc[done:k], "[]\n")
		end := strings.IndexAny(doc[k+2:], ")(\n")
		if open < 0 || doc[done+open] != '[' || end < 0 || doc[k+2+end] != ')' {
			// Not a link: go on after the "](".
			b.WriteString(doc[done : k+2])
			done = k + 2
			k = strings.Index(doc[done:], "](")
			continue
		}
		open += done
		text := doc[open+1 : k]
		if open > done && doc[open-1] == '!' {
			b.WriteString(doc[done : open-1]) // an image: nothing of it
		} else {
			b.WriteString(doc[done:open])
			b.WriteString(text)
		}
		done = k + 2 + end + 1
		k = strings.Index(doc[done:], "](")
	}
	b.WriteString(doc[done:])
	return b.String()
}
