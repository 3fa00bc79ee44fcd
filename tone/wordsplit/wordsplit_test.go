package wordsplit

import (
	"strings"
	"testing"
)

func TestNext(t *testing.T) {
	tests := []struct{ in, want string }{
		{"China’s “no-limits” U.S. ties, win-win!", "W:China’s P:“ W:no-limits P:” W:U.S P:. W:ties P:, W:win-win P:!"},
		{"  \t\n ", ""},
		{"café—détente", "W:café P:— W:détente"},
		{"a.", "W:a P:."},
		{"中方坚决反对。", "W:中方坚决反对 P:。"},
	}
	for _, tt := range tests {
		var got []string
		for i := 0; ; {
			start, end, word, ok := Next(tt.in, i)
			if !ok {
				break
			}
			kind := "P:"
			if word {
				kind = "W:"
			}
			got = append(got, kind+tt.in[start:end])
			i = end
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Next over %q = %q, want %q", tt.in, strings.Join(got, " "), tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"china": "china", "China": "china", "Russia’s": "russia's", "Win‑Win": "win-win", "ÉTAT": "état"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAppendNormalized checks that AppendNormalized appends what
// Normalize returns, and IsNormal says when that is the word itself.
func TestAppendNormalized(t *testing.T) {
	for _, w := range []string{
		"", "china", "China", "CHINA", "Russia’s", "Win‑Win", "ÉTAT", "état", "U.S", "al-Sisi", "ĞÜŞ", "İstanbul",
		"ǅemal", "ΣΟΦΟΣ", "Straße", "\xff\xfeA", "a\u2010b", "x2Y", "Москва", "中方",
	} {
		want := Normalize(w)
		if got := string(AppendNormalized([]byte("pre:"), w)); got != "pre:"+want {
			t.Errorf("AppendNormalized(%q) = %q, want %q", w, got, "pre:"+want)
		}
		if got := IsNormal(w); got != (want == w && strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 }) < 0) {
			t.Errorf("IsNormal(%q) = %v", w, got)
		}
	}
}

func TestIsASCII(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"detente", true},
		{"Mr. O'Neil, 2024", true},
		{"détente", false},
		{"\xff", false},
		{"北京", false},
	} {
		if got := IsASCII(tt.s); got != tt.want {
			t.Errorf("IsASCII(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
