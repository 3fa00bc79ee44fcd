package tone

// Analyzer attributes and scores whole documents. It is read-only and safe
// for concurrent use.
type Analyzer struct {
	attributor *Attributor
	scorer     *Scorer
	narration  bool
}

// NewAnalyzer returns an analyzer that splits with a and scores with s.
// Narration is included in what Analyze returns.
func NewAnalyzer(a *Attributor, s *Scorer) *Analyzer {
	return &Analyzer{attributor: a, scorer: s, narration: true}
}

// WithoutNarration returns a copy of an whose Analyze leaves narration out
// instead of scoring it: the reporter's own sentences are often a third of
// a news text, and most uses never show them. Statement indexes still
// count narration, so they are the same either way.
func (an *Analyzer) WithoutNarration() *Analyzer {
	c := *an
	c.narration = false
	return &c
}

// Analyze splits doc into statements, attributes and scores each.
// Narration (kind Narration, empty speaker) is scored like the rest, or
// left out by an analyzer from [Analyzer.WithoutNarration].
func (an *Analyzer) Analyze(doc string) []Scored {
	stmts := an.attributor.Attribute(doc)
	out := make([]Scored, 0, len(stmts))
	for _, s := range stmts {
		if s.Kind == Narration && !an.narration {
			continue
		}
		out = append(out, Scored{Statement: s, Score: an.scorer.Score(s.Text)})
	}
	return out
}
