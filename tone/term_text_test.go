package tone

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// termStringBySprintf is the compact form as Term.String built it before
// AppendText: Rules joined in parentheses, the weight by fmt's "%+.2f".
func termStringBySprintf(t Term) string {
	s := t.Text
	if mods := t.Rules(); len(mods) > 0 {
		s += "(" + strings.Join(mods, ",") + ")"
	}
	return fmt.Sprintf("%s:%+.2f", s, t.Weight)
}

func TestTermAppendText(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		term Term
		want string
	}{
		{Term{Text: "firmly oppose", Weight: -0.7, Scale: 1}, "firmly oppose:-0.70"},
		{Term{Text: "refused", Negated: true, Weight: 0.3, Scale: 1}, "refused(negated):+0.30"},
		{Term{Text: "concern", Weight: -0.45, Scale: 1.5}, "concern(x1.50):-0.45"},
		{Term{Text: "escalate", Prohibited: true, Weight: -0.4, Scale: 1}, "escalate(prohibited):-0.40"},
		{Term{Text: "deal", Object: true, Group: 1.2, Weight: 0.5, Scale: 1}, "deal(object):+0.50"},
		{Term{Text: "deal", Object: true, Group: 1, Weight: 0.5, Scale: 1}, "deal:+0.50"},
		{Term{Text: "all", Negated: true, Prohibited: true, Object: true, Group: 2, Weight: -0.001, Scale: -0.5},
			"all(negated,prohibited,object,x-0.50):-0.00"},
		{Term{Text: "zero", Weight: math.Copysign(0, -1)}, "zero:-0.00"},
		{Term{Text: "", Weight: 0}, ":+0.00"},
		{Term{Text: "nan", Weight: nan, Scale: nan}, "nan(xNaN):+NaN"},
		{Term{Text: "inf", Weight: inf, Scale: inf}, "inf(x+Inf):+Inf"},
		{Term{Text: "-inf", Weight: -inf, Scale: -inf}, "-inf(x-Inf):-Inf"},
	}
	for _, tt := range tests {
		if got := tt.term.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
		if old := termStringBySprintf(tt.term); old != tt.want {
			t.Errorf("the Sprintf form gives %q, want %q", old, tt.want)
		}
		if got := string(tt.term.AppendText([]byte("pre;"))); got != "pre;"+tt.want {
			t.Errorf("AppendText after a prefix = %q, want %q", got, "pre;"+tt.want)
		}
	}
	terms := []Term{tests[0].term, tests[1].term, tests[2].term}
	if got, want := FormatTerms(terms), "firmly oppose:-0.70;refused(negated):+0.30;concern(x1.50):-0.45"; got != want {
		t.Errorf("FormatTerms = %q, want %q", got, want)
	}
	if got := FormatTerms(nil); got != "" {
		t.Errorf("FormatTerms(nil) = %q, want empty", got)
	}
}

// FuzzTermAppendText holds Term.AppendText to the Sprintf form.
func FuzzTermAppendText(f *testing.F) {
	f.Add("concern", -0.45, 1.5, 1.0, false, false, false)
	f.Add("deal", 0.004999, 0.0, 1.3, true, true, true)
	f.Add("x", math.Inf(-1), math.NaN(), 1.0, false, true, true)
	f.Fuzz(func(t *testing.T, text string, weight, scale, group float64, negated, prohibited, object bool) {
		term := Term{Text: text, Weight: weight, Scale: scale, Group: group, Negated: negated, Prohibited: prohibited, Object: object}
		if got, want := term.String(), termStringBySprintf(term); got != want {
			t.Errorf("String() = %q, Sprintf form %q", got, want)
		}
	})
}
