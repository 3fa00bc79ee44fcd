package naivebayes

import (
	"math"
	"strings"
	"testing"

	"github.com/cdipaolo/sentiment"
)

// TestAgreesWithPackage checks that the log-space model gives the class the
// sentiment package predicts, and the package's probability where the
// package's own product does not underflow.
func TestAgreesWithPackage(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := sentiment.Restore()
	if err != nil {
		t.Fatal(err)
	}
	nb := ref[sentiment.English]
	texts := []string{
		"a frank and candid exchange of views",
		"We firmly oppose this provocation and will take resolute countermeasures.",
		"China is ready to deepen practical cooperation with Russia.",
		"The film was wonderful, moving and beautifully shot.",
		"terrible, boring and far too long",
		"We are deeply concerned about the escalation.",
		"Don't   do that!\nNew line",
		"",
	}
	for _, text := range texts {
		class, prob := nb.Probability(text)
		got := m.Probability(text)
		if want := nb.Predict(text); (got > 0.5) != (want == 1) && got != 0.5 {
			t.Errorf("%q: class %v, package predicts %d", text, got > 0.5, want)
		}
		pPos := prob
		if class == 0 {
			pPos = 1 - prob
		}
		if math.Abs(got-pPos) > 1e-9 {
			t.Errorf("%q: P(positive) = %.12f, package gives %.12f", text, got, pPos)
		}
	}
}

// TestLongTextIsFinite is the case the package gets wrong: its product of
// probabilities underflows to NaN on long texts.
func TestLongTextIsFinite(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("we reaffirm our commitment to the charter and to peace ", 400)
	lo := m.LogOdds(long)
	if math.IsNaN(lo) || math.IsInf(lo, 0) {
		t.Fatalf("log-odds of a long text = %v", lo)
	}
	p := m.Probability(long)
	if math.IsNaN(p) || p < 0 || p > 1 {
		t.Fatalf("probability of a long text = %v", p)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, World!", []string{"hello", "world"}},
		{"don't stop", []string{"dont", "stop"}},
		{"a\nb", []string{"ab"}},
		{"a  b", []string{"a", "", "b"}},
	}
	for _, tt := range tests {
		got := Words(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
