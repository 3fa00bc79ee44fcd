// Package htmltext turns a web page into the plain text demarche reads:
// its words without tags, scripts, styles and the page's navigation, each
// block (a paragraph, a heading, an item of a list) a paragraph of its
// own, separated by blank lines.
package htmltext

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// IsPage reports whether a file's name says it is a web page: .html, .htm
// or .xhtml, in any case.
func IsPage(name string) bool {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return false
	}
	switch strings.ToLower(name[i:]) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// LooksLikePage reports whether data, the start of an input, is a web
// page: after a byte order mark and white space, a doctype or an html
// tag, in any case.
func LooksLikePage(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	data = bytes.TrimLeft(data, " \t\r\n")
	for _, p := range []string{"<!doctype html", "<html"} {
		if len(data) >= len(p) && strings.EqualFold(string(data[:len(p)]), p) {
			return true
		}
	}
	return false
}

// skipped are the elements whose content is no part of the text: code,
// styles, the page's head, and its navigation, forms and asides.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Head: true, atom.Title: true, atom.Nav: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Blockquote: true,
	atom.Article: true, atom.Section: true, atom.Main: true, atom.Header: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Caption: true, atom.Center: true,
	atom.Body: true, atom.Html: true,
}

// Text returns the text of the page r reads. Entities are decoded; white
// space runs are one space, but in a pre element; a br element breaks
// the line, two of them the paragraph. Bytes that are not UTF-8 are kept
// as they are, for the reader of the text to decode.
func Text(r io.Reader) (string, error) {
	z := html.NewTokenizer(r)
	var b strings.Builder
	var skip []atom.Atom // the skipped elements open, innermost last
	pre := 0             // pre elements open
	// space is white space met since the last word, written before the
	// next one unless a line starts there.
	space := false
	lineStart := true
	brk := func(s string) {
		space = false
		if b.Len() == 0 {
			return
		}
		// At most one blank line: a break adds to the line ends the
		// text already ends with, up to what s asks.
		if have := trailing(b.String()); have < len(s) {
			b.WriteString(s[have:])
		}
		lineStart = true
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return "", err
			}
			return strings.TrimSpace(b.String()), nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Body:
				skip = skip[:0] // a head left open ends here
			case skipped[a] && tt == html.StartTagToken:
				skip = append(skip, a)
				continue
			}
			if len(skip) > 0 {
				continue
			}
			switch {
			case a == atom.Br:
				// Each adds a line end, up to a blank line.
				brk(strings.Repeat("\n", min(2, trailing(b.String())+1)))
			case blocks[a]:
				brk("\n\n")
				if a == atom.Pre && tt == html.StartTagToken {
					pre++
				}
			case a == atom.Td || a == atom.Th:
				space = true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if len(skip) > 0 {
				if skip[len(skip)-1] == a {
					skip = skip[:len(skip)-1]
				}
				continue
			}
			switch {
			case blocks[a]:
				brk("\n\n")
				if a == atom.Pre && pre > 0 {
					pre--
				}
			case a == atom.Td || a == atom.Th:
				space = true
			}
		case html.TextToken:
			if len(skip) > 0 {
				continue
			}
			text := z.Text()
			if pre > 0 {
				b.Write(text)
				lineStart = bytes.HasSuffix(text, []byte("\n"))
				continue
			}
			for i := 0; i < len(text); {
				if isSpace(text[i]) {
					space = true
					i++
					continue
				}
				j := i
				for j < len(text) && !isSpace(text[j]) {
					j++
				}
				if space && !lineStart {
					b.WriteByte(' ')
				}
				b.Write(text[i:j])
				space, lineStart = false, false
				i = j
			}
		}
	}
}

// trailing returns how many line ends s ends with.
func trailing(s string) int { return len(s) - len(strings.TrimRight(s, "\n")) }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
