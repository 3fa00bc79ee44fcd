// Package docxtext reads the text of a Word document (.docx): the
// paragraphs of its body, in order, separated by blank lines, as
// demarche reads a text file. Headers, footers, footnotes, comments and
// deleted text (tracked changes) are no part of it.
package docxtext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/demarche/demarche/cmd/demarche/internal/paragraphs"
)

// IsDocument reports whether a file's name says it is a Word document:
// .docx, in any case.
func IsDocument(name string) bool {
	return len(name) >= 5 && strings.EqualFold(name[len(name)-5:], ".docx")
}

// ns is the namespace of WordprocessingML's elements.
const ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// maxXML bounds the document part read, unpacked: a zip's sizes are
// what it says, so a small file could otherwise unpack to gigabytes.
const maxXML = 512 << 20

// Text returns the text of the Word document data: each paragraph of
// its body (a table's cells included) on a line, paragraphs separated by
// a blank line, empty ones left out; a tab is a space, a line break a
// line end, a page break a blank line.
func Text(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("not a Word document (.docx): %w", err)
	}
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			part = f
			break
		}
	}
	if part == nil {
		return "", errors.New("not a Word document (.docx): no word/document.xml")
	}
	rc, err := part.Open()
	if err != nil {
		return "", fmt.Errorf("word/document.xml: %w", err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: maxXML + 1}
	text, err := bodyText(lr)
	if err != nil {
		return "", fmt.Errorf("word/document.xml: %w", err)
	}
	if lr.N <= 0 {
		return "", fmt.Errorf("word/document.xml: over %d MiB unpacked", maxXML>>20)
	}
	return text, nil
}

// bodyText reads a document part's XML and returns its paragraphs' text.
func bodyText(r io.Reader) (string, error) {
	d := xml.NewDecoder(r)
	var para paragraphs.Writer
	inText := 0 // w:t elements open
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return para.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != ns {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText++
			case "tab":
				para.AppendByte(' ')
			case "br", "cr":
				if attr(t, "type") == "page" {
					para.End()
				} else {
					para.AppendByte('\n')
				}
			}
		case xml.EndElement:
			if t.Name.Space != ns {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = max(0, inText-1)
			case "p":
				para.End()
			}
		case xml.CharData:
			if inText > 0 {
				para.Write(t)
			}
		}
	}
}

// attr returns the value of a WordprocessingML attribute of e, or "".
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && (a.Name.Space == ns || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}
