package docxtext

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// docx returns a Word document whose body is the WordprocessingML body.
func docx(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="` + ns + `"><w:body>` + body + `</w:body></w:document>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestText(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"paragraphs and runs",
			`<w:p><w:r><w:t>Wang Lei said that China </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>and</w:t></w:r><w:r><w:t xml:space="preserve"> Brazil are partners.</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>Ana Costa thanked China.</w:t></w:r></w:p>`,
			"Wang Lei said that China and Brazil are partners.\n\nAna Costa thanked China."},
		{"empty paragraphs are left out",
			`<w:p><w:r><w:t>One.</w:t></w:r></w:p><w:p/><w:p><w:r><w:t> </w:t></w:r></w:p><w:p><w:r><w:t>Two.</w:t></w:r></w:p>`,
			"One.\n\nTwo."},
		{"tabs, line breaks and page breaks",
			`<w:p><w:r><w:t>Mao Ning:</w:t><w:tab/><w:t>Good afternoon.</w:t><w:br/><w:t>One announcement.</w:t><w:br w:type="page"/><w:t>End of Document</w:t></w:r></w:p>`,
			"Mao Ning: Good afternoon.\nOne announcement.\n\nEnd of Document"},
		{"deleted text and field codes are no text",
			`<w:p><w:del><w:r><w:delText>We reject it.</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>We welcome it.</w:t></w:r></w:p>`,
			"We welcome it."},
		{"a table's cells",
			`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ana Ruiz: We agree.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lin Wei: We do not.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			"Ana Ruiz: We agree.\n\nLin Wei: We do not."},
		{"entities", `<w:p><w:r><w:t>China &amp; Brazil &lt;3</w:t></w:r></w:p>`, "China & Brazil <3"},
		{"no text", `<w:p/>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text(docx(t, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextErrors(t *testing.T) {
	var other bytes.Buffer
	zw := zip.NewWriter(&other)
	if _, err := zw.Create("content.xml"); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("Mao Ning: Good afternoon."), "not a Word document (.docx): zip: not a valid zip file"},
		{"another zip", other.Bytes(), "not a Word document (.docx): no word/document.xml"},
		{"broken XML", docx(t, `<w:p><w:r><w:t>One.</w:r></w:p>`), "word/document.xml: XML syntax error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Text(tt.data)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

func TestIsDocument(t *testing.T) {
	for name, want := range map[string]bool{"a.docx": true, "B.DOCX": true, "c.doc": false, "docx": false, "d.docx.txt": false} {
		if got := IsDocument(name); got != want {
			t.Errorf("IsDocument(%q) = %v, want %v", name, got, want)
		}
	}
}
