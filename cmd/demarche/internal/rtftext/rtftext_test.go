package rtftext

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	const head = `{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl;\red0\green0\blue0;}` +
		`{\*\generator Riched20;}{\info{\title Briefing}{\author Desk}}`
	tests := []struct {
		name, doc, want string
	}{
		{"paragraphs",
			head + `\pard\f0\fs24 Wang Lei said that China and Brazil are partners.\par` + "\n" + `Ana Costa thanked {\b China}.\par}`,
			"Wang Lei said that China and Brazil are partners.\n\nAna Costa thanked China."},
		{"code page bytes and quotes",
			head + `\'93We welcome the talks,\'94 said Ana Ruiz \'96 twice.\par}`,
			"“We welcome the talks,” said Ana Ruiz – twice."},
		{"unicode with its fallback",
			head + `\uc1 Lavrov met \u304?lham Aliyev in Baku.\par}`,
			"Lavrov met İlham Aliyev in Baku."},
		{"symbols",
			head + `\ldblquote No\rdblquote\emdash that is all\tab here\line next.\par}`,
			"“No”—that is all here\nnext."},
		{"escapes", head + `\{braces\} and a \\ backslash\par}`, "{braces} and a \\ backslash"},
		{"headers, footers, pictures and fields are no text",
			head + `{\header Page 1}{\footer Confidential}{\pict\pngblip 89504e47}` +
				`{\field{\*\fldinst HYPERLINK "x"}{\fldrslt the ministry's site}}\par}`,
			"the ministry's site"},
		{"empty paragraphs are left out", head + `One.\par\par \par Two.\par}`, "One.\n\nTwo."},
		{"a Cyrillic code page", `{\rtf1\ansi\ansicpg1251 \'cc\'e8\'f0.\par}`, "Мир."},
		{"a page break ends a paragraph", head + `End of Document\page Next article.\par}`, "End of Document\n\nNext article."},
		{"table cells", head + `\trowd\intbl Ana Ruiz\cell We agree.\cell\row}`, "Ana Ruiz We agree."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNotRTF(t *testing.T) {
	if _, err := Text([]byte("Mao Ning: Good afternoon.")); err == nil || !strings.Contains(err.Error(), "not an RTF document") {
		t.Errorf("error %v, want not an RTF document", err)
	}
}

func TestIsDocument(t *testing.T) {
	for name, want := range map[string]bool{"a.rtf": true, "B.RTF": true, "c.rtfd": false, "rtf": false} {
		if got := IsDocument(name); got != want {
			t.Errorf("IsDocument(%q) = %v, want %v", name, got, want)
		}
	}
}

// FuzzText checks that no document makes Text fail once it starts as RTF,
// or give text with white space at its ends.
func FuzzText(f *testing.F) {
	f.Add(`{\rtf1 One.\par Two\u8212?.\par}`)
	f.Add(`{\rtf1 {\*\x {\'e9}}}}\'`)
	f.Fuzz(func(t *testing.T, body string) {
		got, err := Text([]byte(`{\rtf1 ` + body))
		if err != nil {
			t.Fatal(err)
		}
		if got != strings.TrimSpace(got) {
			t.Errorf("Text(%q) = %q: white space at an end", body, got)
		}
	})
}
