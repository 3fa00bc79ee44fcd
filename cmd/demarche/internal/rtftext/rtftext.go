// Package rtftext reads the text of a Rich Text Format document (.rtf),
// as news databases export articles: its paragraphs, in order, separated
// by blank lines, as demarche reads a text file. Font and colour tables,
// style sheets, document information, pictures, headers, footers,
// footnotes and field instructions are no part of it.
package rtftext

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/demarche/demarche/cmd/demarche/internal/paragraphs"
)

// IsDocument reports whether a file's name says it is an RTF document:
// .rtf, in any case.
func IsDocument(name string) bool {
	return len(name) >= 4 && strings.EqualFold(name[len(name)-4:], ".rtf")
}

// skippedDestinations are the groups whose content is no text of the
// document.
var skippedDestinations = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"object": true, "header": true, "headerl": true, "headerr": true, "headerf": true,
	"footer": true, "footerl": true, "footerr": true, "footerf": true, "footnote": true,
	"fldinst": true, "listtable": true, "listoverridetable": true, "rsidtbl": true,
	"generator": true, "xmlnstbl": true, "themedata": true, "colorschememapping": true,
	"latentstyles": true, "datastore": true, "filetbl": true, "revtbl": true,
	"annotation": true, "atnid": true, "atnauthor": true, "bkmkstart": true, "bkmkend": true,
	"nonshppict": true, "shppict": true, "template": true, "userprops": true,
}

// symbols are the control words that stand for a character.
var symbols = map[string]string{
	"emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“",
	"rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " ",
	"tab": " ", "line": "\n",
}

// state is what a group sets and its nested groups inherit.
type state struct {
	skip bool // the group's content is no text
	uc   int  // how many characters follow a \u as its fallback
}

// Text returns the text of the RTF document data: each paragraph on a
// line, paragraphs separated by a blank line, empty ones left out; \line
// is a line end, \page a paragraph break. Bytes given as \'hh are read in
// the document's code page when it is Windows-1252 (the default) or one
// of the other Windows code pages charmap knows; \u gives any character.
func Text(data []byte) (string, error) {
	s := string(data)
	if !strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), `{\rtf`) {
		return "", errors.New(`not an RTF document: it does not start with {\rtf`)
	}
	var para paragraphs.Writer
	cur := state{uc: 1}
	var stack []state
	page := charmap.Windows1252
	skipChars := 0      // fallback characters of a \u still to pass over
	var bytesOut []byte // \'hh bytes waiting to be decoded together
	flush := func() {
		if len(bytesOut) > 0 {
			if !cur.skip {
				text, _ := page.NewDecoder().Bytes(bytesOut)
				para.Write(text)
			}
			bytesOut = bytesOut[:0]
		}
	}
	emit := func(text string) {
		flush()
		if !cur.skip {
			para.WriteString(text)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '{':
			flush()
			stack = append(stack, cur)
			i++
			// An ignorable destination: {\*\name ...}.
			if strings.HasPrefix(s[i:], `\*`) {
				cur.skip = true
			}
		case c == '}':
			flush()
			if len(stack) == 0 {
				i++
				continue // a stray brace
			}
			cur, stack = stack[len(stack)-1], stack[:len(stack)-1]
			skipChars = 0
			i++
		case c == '\r' || c == '\n':
			i++ // line ends in the source are no text
		case c == '\\':
			word, param, hasParam, n := controlWord(s[i:])
			i += n
			if word == "" {
				// A control symbol.
				if i >= len(s) {
					break
				}
				sym := s[i]
				i++
				switch sym {
				case '\'':
					if i+2 <= len(s) {
						if b, err := strconv.ParseUint(s[i:i+2], 16, 8); err == nil {
							if skipChars > 0 {
								skipChars--
							} else {
								bytesOut = append(bytesOut, byte(b))
							}
						}
						i += 2
					}
				case '\\', '{', '}':
					emit(string(sym))
				case '~':
					emit("\u00a0")
				case '_':
					emit("‑")
				case '\n', '\r':
					flush()
					para.End() // an escaped line end is \par
				}
				// "\-", an optional hyphen, and others: nothing.
				continue
			}
			if skipChars > 0 {
				skipChars--
				continue
			}
			switch {
			case skippedDestinations[word]:
				cur.skip = true
			case word == "par" || word == "sect" || word == "page" || word == "row":
				flush()
				if !cur.skip {
					para.End()
				}
			case word == "cell":
				emit(" ")
			case word == "u" && hasParam:
				r := rune(param)
				if r < 0 {
					r += 65536
				}
				if utf8.ValidRune(r) {
					emit(string(r))
				}
				skipChars = cur.uc
			case word == "uc" && hasParam:
				cur.uc = max(0, param)
			case word == "ansicpg" && hasParam:
				if cm := codePage(param); cm != nil {
					page = cm
				}
			default:
				if sym, ok := symbols[word]; ok {
					emit(sym)
				}
			}
		default:
			if skipChars > 0 {
				skipChars--
				i++
				continue
			}
			// A run of plain text.
			j := i
			for j < len(s) && s[j] != '\\' && s[j] != '{' && s[j] != '}' && s[j] != '\r' && s[j] != '\n' {
				j++
			}
			emit(s[i:j])
			i = j
		}
	}
	flush()
	return para.String(), nil
}

// controlWord reads a control word at the start of s, which starts with
// a backslash: its name, its numeric parameter if any, and how many bytes
// it takes, with the space that ends it. A control symbol (a backslash
// and one other character) has no name, and takes only the backslash.
func controlWord(s string) (word string, param int, hasParam bool, n int) {
	i := 1
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == 1 {
		return "", 0, false, 1
	}
	word = s[1:i]
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	k := j
	for k < len(s) && '0' <= s[k] && s[k] <= '9' {
		k++
	}
	if k > j {
		p, err := strconv.Atoi(s[i:k])
		if err == nil {
			param, hasParam = p, true
		}
		i = k
	}
	if i < len(s) && s[i] == ' ' {
		i++ // the delimiting space is part of the control word
	}
	return word, param, hasParam, i
}

// codePage returns the Windows code page numbered n, or nil.
func codePage(n int) *charmap.Charmap {
	switch n {
	case 1250:
		return charmap.Windows1250
	case 1251:
		return charmap.Windows1251
	case 1252:
		return charmap.Windows1252
	case 1253:
		return charmap.Windows1253
	case 1254:
		return charmap.Windows1254
	case 1255:
		return charmap.Windows1255
	case 1256:
		return charmap.Windows1256
	case 1257:
		return charmap.Windows1257
	case 1258:
		return charmap.Windows1258
	}
	return nil
}
