package tone

import (
	"strings"
	"testing"
)

// FuzzAttribute checks that attribution never panics and that every
// statement it returns is well formed, whatever the input.
func FuzzAttribute(f *testing.F) {
	for _, s := range []string{
		"“We will act,” Xi said. Lavrov said: “No.”",
		"MR MILLER: Hello. (Laughter.)\nQUESTION: Why?\nMR MILLER: Because.",
		"President: Mr. Osei (Ghana)\n\nThe President: I thank him.\n\nMr. X (Y): Thanks.",
		"BEIJING (Reuters) – According to the ministry, talks failed, officials said.",
		"«Non», a-t-il dit. \"Unclosed quote, she said",
		"Q: Why?\nA: (laughs) Because, he said, it's late.",
	} {
		f.Add(s)
	}
	a, err := NewAttributor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		paras := len(splitParagraphs(Normalize(doc)))
		for i, s := range a.Attribute(doc) {
			if s.Index != i+1 {
				t.Fatalf("statement %d has index %d", i+1, s.Index)
			}
			if s.Paragraph < 1 || s.Paragraph > paras {
				t.Fatalf("statement %d in paragraph %d of %d", i+1, s.Paragraph, paras)
			}
			if s.Kind != Narration && s.Speaker == "" {
				t.Fatalf("statement %d (%s) has no speaker: %q", i+1, s.Kind, s.Text)
			}
			if strings.TrimSpace(s.Text) == "" {
				t.Fatalf("statement %d (%s) has no text", i+1, s.Kind)
			}
		}
	})
}
