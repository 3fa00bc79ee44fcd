package tone

// Analyzer attributes and scores whole documents. It is read-only and safe
// for concurrent use.
type Analyzer struct {
	attributor *Attributor
	scorer     *Scorer
}

// NewAnalyzer returns an analyzer that splits with a and scores with s.
func NewAnalyzer(a *Attributor, s *Scorer) *Analyzer {
	return &Analyzer{attributor: a, scorer: s}
}

// Analyze splits doc into statements, attributes and scores each. Narration
// is included (kind Narration, empty speaker) and scored like the rest.
func (an *Analyzer) Analyze(doc string) []Scored {
	stmts := an.attributor.Attribute(doc)
	out := make([]Scored, len(stmts))
	for i, s := range stmts {
		out[i] = Scored{Statement: s, Score: an.scorer.Score(s.Text)}
	}
	return out
}
