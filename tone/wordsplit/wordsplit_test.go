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
