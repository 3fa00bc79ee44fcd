package tone

import (
	"runtime"
	"slices"

	"github.com/demarche/demarche/tone/naivebayes"
)

// Analyzer attributes and scores whole documents. It is read-only and safe
// for concurrent use.
type Analyzer struct {
	attributor *Attributor
	scorer     *Scorer
	narration  bool
	actors     *Actors // nil: no speaker countries or targets
	targets    bool
	model      bool // run the scorer's model even when its share of tone is 0
	oneText    bool // a text is one document, whatever its blank lines
	// bufs holds the arrays (see docBuffers) that documents already read
	// no longer need, for the next documents to fill: as many as there
	// are Ps, which is as many as can be in use at once with the
	// default jobs. A channel rather than a sync.Pool, which the
	// collector empties: two jobs on a long text collect about once a
	// document, and the Pool's arrays were often gone (on the 20 MB file
	// of make bench-corpus, -j 2, a Pool made the run allocate 5-8% more
	// when this was measured).
	bufs chan *docBuffers
}

// NewAnalyzer returns an analyzer that splits with a and scores with s.
// Narration is included in what Analyze returns.
func NewAnalyzer(a *Attributor, s *Scorer) *Analyzer {
	return &Analyzer{attributor: a, scorer: s, narration: true, model: true, bufs: make(chan *docBuffers, runtime.GOMAXPROCS(0))}
}

// WithoutModel returns a copy of an that does not run the scorer's model
// (the Naive Bayes model) when it has no share in a statement's tone, as
// with the default weights (ModelWeight 0): the statements' NBPositive is
// then 0.5, and NBLogOdds and NBTone 0, as with no model; their tone,
// label, cooperation, assertiveness and terms are the same. It suits
// callers that show only these, such as per-speaker summaries.
func (an *Analyzer) WithoutModel() *Analyzer {
	c := *an
	c.model = false
	return &c
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

// AsOneDocument returns a copy of an that reads each text as one
// document: two or more blank lines inside it do not separate documents
// (see [Documents]), for texts that have them inside a document, at page
// breaks say.
func (an *Analyzer) AsOneDocument() *Analyzer {
	c := *an
	c.oneText = true
	return &c
}

// WithActors returns a copy of an that sets each statement's
// SpeakerCountry with x and, with targets, its Targets. A nil x sets
// neither.
func (an *Analyzer) WithActors(x *Actors, targets bool) *Analyzer {
	c := *an
	c.actors, c.targets = x, targets
	return &c
}

// Analyze splits doc into statements, attributes and scores each.
// Narration (kind Narration, empty speaker) is scored like the rest, or
// left out by an analyzer from [Analyzer.WithoutNarration]. It panics
// when doc is longer than [MaxDocument].
func (an *Analyzer) Analyze(doc string) []Scored {
	out, _ := an.AnalyzeCount(doc)
	return out
}

// termsPerStatement is how many terms per statement a document's first
// slab of terms has room for (see scoreBuf.reserve): a little under the
// usual, 5.9 in the 20 MB file of make bench-corpus and 5.4 in its tree,
// since a document with more gets a small slab more, and one with fewer
// leaves its slab's end unused.
const termsPerStatement = 5

// Extent is how much of a text [Analyzer.AnalyzeCount] read: its
// statements, narration included, and its paragraphs, which a caller that
// analyzes a long text piece by piece numbers the next piece's from.
type Extent struct {
	Statements, Paragraphs int
	// Documents is how many documents the text holds (see [Documents]).
	Documents int
	// Foreign is how many of them do not read as English: 80 tokens or
	// more with fewer than two common English words ("the", "and",
	// "that", "with", ...) among their words in lower case. Their
	// speakers and tones mean little.
	Foreign int
}

// AnalyzeCount is Analyze; it also returns how many statements doc has,
// narration included, how many paragraphs, as [CountParagraphs] counts
// them, and how many documents, without reading doc a second time.
func (an *Analyzer) AnalyzeCount(doc string) ([]Scored, Extent) {
	out, ext, _ := an.AnalyzeDocuments(doc)
	return out, ext
}

// AnalyzeDocuments is AnalyzeCount; it also returns the documents doc was
// read as, normalized: [Documents] of [Normalize] of doc, as views of one
// string. It returns nil when doc is one document as it stands (with no
// separator line), and for every text of an Analyzer that reads each text
// as one (see [Analyzer.AsOneDocument]). A caller that reads each document again
// (the date in its heading) need not normalize and split doc again.
func (an *Analyzer) AnalyzeDocuments(doc string) ([]Scored, Extent, []string) {
	return an.AnalyzeSpeech(doc, "")
}

// AnalyzeSpeech is AnalyzeDocuments for a text that is a speech by
// speaker: each of its documents that is no transcript, and whose
// heading names no speaker of its own (see [Speech]), is read as
// speaker's, each paragraph a statement of kind Speech with no cue. An
// empty speaker is none: AnalyzeSpeech is then AnalyzeDocuments.
func (an *Analyzer) AnalyzeSpeech(doc, speaker string) ([]Scored, Extent, []string) {
	checkLength(len(doc))
	var bufs *docBuffers
	select {
	case bufs = <-an.bufs:
	default:
		bufs = new(docBuffers)
	}
	doc = an.scorer.mendHyphens(Normalize(doc))
	var out []Scored
	var ext Extent
	var docs []string
	if !an.oneText {
		docs = Documents(doc)
	}
	if docs != nil {
		// The documents' statements are gathered in memory kept from
		// text to text, then copied once into an array of their number:
		// growing the result document by document allocated twice what
		// it kept, a quarter of what analyzing the 20 MB file of make
		// bench-corpus allocated.
		all := bufs.scored[:0]
		for _, d := range docs {
			all, ext = an.analyzeDocument(all, d, speaker, ext, bufs)
		}
		out = make([]Scored, len(all))
		copy(out, all)
		bufs.scored = clearAll(all) // kept unless a long text made it large
	} else {
		out, ext = an.analyzeDocument(nil, doc, speaker, ext, bufs)
	}
	// Once bufs is handed on, another goroutine may take it: nothing of
	// it is touched after.
	select {
	case an.bufs <- bufs:
	default:
	}
	return out, ext, docs
}

// analyzeDocument appends the statements of one normalized document to
// out, numbered from base (the statements, paragraphs and documents
// before it in the same text), and returns base with the document's
// added. It leaves bufs reset.
func (an *Analyzer) analyzeDocument(out []Scored, doc, speaker string, base Extent, bufs *docBuffers) ([]Scored, Extent) {
	stmts, toks, paras := an.attributor.attribute(doc, speaker, bufs)
	// Targets read narration too (pronouns refer to what the reporter
	// named); otherwise narration that is left out is dropped at once.
	keepNarration := an.narration || (an.actors != nil && an.targets)
	n, toScore := 0, 0 // statements kept, and scored (keepNarration keeps all of these)
	for _, s := range stmts {
		if s.Kind != Narration || keepNarration {
			n++
		}
		if s.Kind != Narration || an.narration {
			toScore++
		}
	}
	start := len(out)
	if out == nil {
		out = make([]Scored, 0, n)
	} else {
		out = slices.Grow(out, n)
	}
	for _, s := range stmts {
		if s.Kind != Narration || keepNarration {
			out = append(out, Scored{Statement: s})
		}
	}
	all := out[start:]
	if an.actors != nil {
		// Countries and targets do not depend on the statements' scores.
		bufs.aff.begin(an.actors, doc, toks, bufs.state.src)
		an.actors.read(&bufs.aff, all, an.targets)
	}
	// The working memory of scoring, reused by every statement of doc
	// and by the documents after it.
	sbuf := &bufs.score
	sbuf.reserve(termsPerStatement * toScore)
	if (an.model || an.scorer.weights.ModelWeight != 0) && sbuf.nb == nil {
		// The model's word cache pays off over many documents, not
		// within a short one: it stays with the buffers.
		sbuf.nb = new(naivebayes.Cache)
	}
	for i := range all {
		s := &all[i]
		if s.Kind == Narration && !an.narration {
			continue
		}
		// A statement's text is most often a span of its paragraph,
		// whose tokens are already read: scoring reads them instead of
		// tokenizing the text again.
		var stoks []token
		var src string // the store of stoks
		if p := s.Paragraph - 1; p >= 0 && p < len(paras) {
			src = paras[p].src
			var ok bool
			if stoks, ok = paras[p].span(s.Text); !ok {
				// A turn that goes on over paragraphs is their tokens
				// joined (about 2% of the instructions of the bench
				// file, tokenized again).
				stoks, _ = joinedTokens(&sbuf.toks, paras[p:], s.Text)
			}
		}
		s.Score = an.scorer.scoreTokens(s.Text, src, stoks, sbuf, an.model)
	}
	// Nothing reads the tokens, statements or mentions from here on.
	// Cleared, they keep no text alive.
	next := Extent{Statements: base.Statements + len(stmts), Paragraphs: base.Paragraphs + len(paras), Documents: base.Documents + 1, Foreign: base.Foreign}
	if !readsEnglish(bufs.state.lowered, len(toks)) {
		next.Foreign++
	}
	bufs.reset()
	if toScore < len(all) {
		all = slices.DeleteFunc(all, func(s Scored) bool { return s.Kind == Narration })
		out = out[:start+len(all)]
	}
	for i := range all {
		all[i].Index += base.Statements
		all[i].Paragraph += base.Paragraphs
		all[i].Document += base.Documents
	}
	return out, next
}

// englishMarks are common English words that are no words of French,
// Spanish, Portuguese, Italian, German, Dutch or the Nordic and Slavic
// languages written in the Latin alphabet ("of", "in", "is", "was", "we",
// "to" and "for" are, in one of them, and are left out): an English text
// of some length has several, another text none, or one in a quotation.
// Russian, Arabic or Chinese text has no word of the Latin alphabet to
// begin with.
var englishMarks = [...]string{
	"the", "and", "that", "with", "said", "would", "which", "this", "from", "have",
	"been", "their", "they", "were", "has", "our", "its", "are", "not", "should",
	"these", "also", "about", "there", "what",
}

// englishMinTokens is the length, in tokens (words and punctuation), from
// which a document is judged: a shorter one, a line or a table of
// figures, always reads as English.
const englishMinTokens = 80

// readsEnglish reports whether a document of tokens tokens, whose words
// in lower case lowered holds (see docState.lowered), reads as English:
// a short one always, a longer one when it has two of englishMarks or
// more. A few lookups of words the tokenizer recorded anyway: on 300
// short files of the bench corpus, 0.05% of the instructions (callgrind).
func readsEnglish(lowered map[string]bool, tokens int) bool {
	if tokens < englishMinTokens {
		return true
	}
	n := 0
	for _, w := range englishMarks {
		if lowered[w] {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}
