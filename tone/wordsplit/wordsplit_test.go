package wordsplit

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
	// A non-ASCII byte at every place of strings of every length up to
	// 80, which IsASCII reads in loads of different sizes, 32 bytes at a
	// time from 33 on.
	for n := range 81 {
		b := []byte(strings.Repeat("x", n))
		if !IsASCII(string(b)) {
			t.Errorf("IsASCII(%q) = false", b)
		}
		for i := range n {
			b[i] = 0x80
			if IsASCII(string(b)) {
				t.Errorf("IsASCII(%q) = true", b)
			}
			b[i] = 'x'
		}
	}
}

// nextByRunes is Next as it was written before its ASCII fast path, rune
// by rune: TestScan holds Scan to it.
func nextByRunes(s string, i int) (start, end int, word, ok bool) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if IsWordRune(r2) {
					j += n2
					continue
				}
				if IsJoiner(r2) && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); IsWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			return i, j, true, true
		case unicode.IsSpace(r):
			i += n
		default:
			return i, i + n, false, true
		}
	}
	return len(s), len(s), false, false
}

// TestScan checks that Scan splits as a rune-by-rune reading of the rule
// does, and that it reports a word normal exactly when IsNormal does, on
// tricky strings and on random ones over letters, joiners, space and
// punctuation, ASCII or not, and invalid UTF-8.
func TestScan(t *testing.T) {
	parts := []string{"a", "Z", "7", "é", "É", "中", "'", "’", "-", "‐", ".", " ", "\u00a0", "\t", ",", "“", "—", "\u0301", "\xff", "\x01"}
	inputs := []string{"", "a", "A.", "U.S.", "a-", "-a", "x'é", "Y.É", "é.x", "a’s", "A\u0301b", "ab\xffc", "win-win.", "a.-b", "a--b"}
	rng := rand.New(rand.NewPCG(6, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		inputs = append(inputs, b.String())
	}
	for _, s := range inputs {
		for i := 0; ; {
			start, end, word, normal, ok := Scan(s, i)
			wstart, wend, wword, wok := nextByRunes(s, i)
			if start != wstart || end != wend || word != wword || ok != wok {
				t.Fatalf("Scan(%q, %d) = %d, %d, %v, %v; want %d, %d, %v, %v", s, i, start, end, word, ok, wstart, wend, wword, wok)
			}
			if !ok {
				break
			}
			if want := word && IsNormal(s[start:end]); normal != want {
				t.Fatalf("Scan(%q, %d) normal = %v for %q, want %v", s, i, normal, s[start:end], want)
			}
			i = end
		}
	}
}

// TestScanTokens checks that ScanTokens finds Scan's tokens, on random
// strings long enough for the eight-byte reading of words to run over
// several loads.
func TestScanTokens(t *testing.T) {
	parts := []string{"a", "b", "Z", "7", "é", "É", "中", "'", "’", "-", "‐", ".", " ", "\u00a0", "\t", ",", "“", "—", "\u0301", "\xff", "\x01", "@", "[", "`", "{", "/", ":", "\x7f"}
	inputs := []string{"", "a", "Sovereignty", "sovereignty-and-territorial", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz0123456789", "winwinwin.É", "winwinwi’s"}
	rng := rand.New(rand.NewPCG(6, 7))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			// Mostly letters, so that words are long.
			if rng.IntN(3) > 0 {
				b.WriteByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[rng.IntN(62)])
				continue
			}
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		inputs = append(inputs, b.String())
	}
	for _, s := range inputs {
		// A few tokens at a time, so that ScanTokens goes on from
		// where it stopped.
		var got []Token
		buf := make([]Token, 0, 1+len(s)%5)
		for i := 0; i < len(s); {
			var toks []Token
			toks, i = ScanTokens(buf, s, i)
			got = append(got, toks...)
		}
		k := 0
		for i := 0; ; k++ {
			start, end, word, normal, ok := Scan(s, i)
			if !ok {
				break
			}
			want := Token{Start: int32(start), End: int32(end), Word: word, Normal: normal}
			if k >= len(got) || got[k] != want {
				t.Fatalf("ScanTokens(%q) = %v, want %v at token %d", s, got, want, k)
			}
			if wstart, wend, wword, _ := nextByRunes(s, i); start != wstart || end != wend || word != wword {
				t.Fatalf("Scan(%q, %d) = %d, %d, %v; want %d, %d, %v", s, i, start, end, word, wstart, wend, wword)
			}
			if normal != (word && IsNormal(s[start:end])) {
				t.Fatalf("Scan(%q, %d) normal = %v for %q", s, i, normal, s[start:end])
			}
			i = end
		}
		if k != len(got) {
			t.Fatalf("ScanTokens(%q) = %v, want %d tokens", s, got, k)
		}
	}
}

// TestIsWordRune checks IsWordRune against the definition it shortens,
// over the first planes of Unicode.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := IsWordRune(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
