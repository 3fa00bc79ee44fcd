package htmltext

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"paragraphs and entities",
			"<p>Wang Lei said China &amp; Brazil are partners.</p><p>Ana Costa thanked China&#8217;s side.</p>",
			"Wang Lei said China & Brazil are partners.\n\nAna Costa thanked China’s side."},
		{"inline elements keep the spaces they have",
			"<p>We <b>firmly</b> oppose the <i>so</i>-called <a href=x>sanctions</a> .</p>",
			"We firmly oppose the so-called sanctions ."},
		{"white space is one space",
			"<p>\n  We   welcome\n\tthe talks.\n</p>",
			"We welcome the talks."},
		{"code, styles, the head and the navigation are left out",
			"<html><head><title>MFA</title><style>p{}</style></head><body><nav><a>Home</a> <a>Press</a></nav>" +
				"<script>var said = 1;</script><h1>Remarks</h1><p>We welcome the talks.</p><footer>© 2025</footer></body></html>",
			"Remarks\n\nWe welcome the talks."},
		{"a head left open ends at the body",
			"<html><head><meta charset=utf-8><link rel=x><body><p>We welcome the talks.</p>",
			"We welcome the talks."},
		{"a line break, and two",
			"<p>Mao Ning: Good afternoon.<br>I have one announcement.<br><br>Reuters: A question.</p>",
			"Mao Ning: Good afternoon.\nI have one announcement.\n\nReuters: A question."},
		{"a bold label",
			"<p><strong>Mao Ning:</strong> Good afternoon.</p><p><strong>AFP:</strong> And the talks?</p>",
			"Mao Ning: Good afternoon.\n\nAFP: And the talks?"},
		{"preformatted text keeps its lines",
			"<pre>Q: Is it over?\nA:  No.</pre><p>Next.</p>",
			"Q: Is it over?\nA:  No.\n\nNext."},
		{"table cells are spaced, rows are paragraphs",
			"<table><tr><td>Ana Ruiz</td><td>We agree.</td></tr><tr><th>Lin Wei</th><th>We do not.</th></tr></table>",
			"Ana Ruiz We agree.\n\nLin Wei We do not."},
		{"cells without end tags",
			"<table><tr><td>Ana Ruiz<td>We agree.<tr><td>Lin Wei<td>We do not.</table>",
			"Ana Ruiz We agree.\n\nLin Wei We do not."},
		{"list items",
			"<ul><li>We welcome the talks.</li><li>We regret the delay.</li></ul>",
			"We welcome the talks.\n\nWe regret the delay."},
		{"no text", "<html><head><script>x()</script></head></html>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsPage(t *testing.T) {
	for name, want := range map[string]bool{
		"a.html": true, "b.HTM": true, "c.xhtml": true, "d.txt": false, "html": false, "e.html.txt": false, "dir.html/f.md": false,
	} {
		if got := IsPage(name); got != want {
			t.Errorf("IsPage(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLooksLikePage(t *testing.T) {
	for start, want := range map[string]bool{
		"<!DOCTYPE html><html>":     true,
		"\uFEFF\n  <html lang=en>":  true,
		"<HTML>":                    true,
		"<p>Not a page</p>":         false,
		"Mao Ning: <html> is a tag": false,
		"":                          false,
	} {
		if got := LooksLikePage([]byte(start)); got != want {
			t.Errorf("LooksLikePage(%q) = %v, want %v", start, got, want)
		}
	}
}

// FuzzText checks that any page gives a text with no white space at its
// ends and no more than one blank line in a row outside pre elements.
func FuzzText(f *testing.F) {
	f.Add("<p>We <b>welcome</b> the talks.</p><br><br><div>Next</div>")
	f.Add("<pre>\n\n\n</pre><p>x</p>")
	f.Add("<script>a<nav>b</script>c")
	f.Fuzz(func(t *testing.T, page string) {
		got, err := Text(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if got != strings.TrimSpace(got) {
			t.Errorf("Text(%q) = %q: white space at an end", page, got)
		}
		if !strings.Contains(strings.ToLower(page), "<pre") && strings.Contains(got, "\n\n\n") {
			t.Errorf("Text(%q) = %q: two blank lines in a row", page, got)
		}
	})
}
