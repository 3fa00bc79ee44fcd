package tone

import "testing"

// TestWordsUpTo checks that wordsUpTo, which directQuotes reads instead of
// counting a whole quotation (issue #6), is words capped at its limit.
func TestWordsUpTo(t *testing.T) {
	tests := []struct {
		s    string
		want int // words(s)
	}{
		{"", 0},
		{" … ", 0},
		{"— , .", 0},
		{"no", 1},
		{"  win-win ", 1},
		{"Russia’s", 1},
		{"U.S.", 1},
		{"we regret", 2},
		{"Russia’s position, frankly, is unacceptable.", 5},
		{"end-", 1},
		{"a - b", 2},
		{"中方坚决反对", 1},
		{"2024 and 2025", 3},
	}
	for _, tt := range tests {
		if got := words(tt.s); got != tt.want {
			t.Fatalf("words(%q) = %d, want %d", tt.s, got, tt.want)
		}
		for limit := 1; limit <= 6; limit++ {
			if got, want := wordsUpTo(tt.s, limit), min(tt.want, limit); got != want {
				t.Errorf("wordsUpTo(%q, %d) = %d, want %d", tt.s, limit, got, want)
			}
		}
	}
}
