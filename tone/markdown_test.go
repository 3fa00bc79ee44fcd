package tone

import "testing"

func TestStripLinks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Foreign Minister [Sergei Lavrov](https://en.wikipedia.org/wiki/Sergei_Lavrov) said", "Foreign Minister Sergei Lavrov said"},
		{"a [statement](https://mid.ru/en/news/1/ \"MFA\") and [another](x)", "a statement and another"},
		{"![the minister](photo.jpg)Lavrov said", "Lavrov said"},
		{"[one](a)[two](b)", "onetwo"},
		{"no link here", "no link here"},
		{"brackets [in text] (and parentheses)", "brackets [in text] (and parentheses)"},
		{"a ](stray) marker", "a ](stray) marker"},
		{"[broken\nlink](x)", "[broken\nlink](x)"},
		{"[open](no end", "[open](no end"},
		{"[nested [inner]](x)", "[nested [inner]](x)"}, // not read as a link
		{"[x](a(b)c)", "[x](a(b)c)"},
	}
	for _, tt := range tests {
		if got := stripLinks(tt.in); got != tt.want {
			t.Errorf("stripLinks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
