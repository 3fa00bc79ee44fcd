package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/demarche/demarche/cmd/demarche/internal/docxtext"
	"github.com/demarche/demarche/cmd/demarche/internal/htmltext"
	"github.com/demarche/demarche/cmd/demarche/internal/rtftext"
	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/dateline"
)

// Analyzer analyzes one text; [*tone.Analyzer] is one. It must be safe
// for concurrent use.
type Analyzer interface {
	Analyze(text string) []tone.Scored
}

// extentAnalyzer is an Analyzer that also counts a text's statements,
// narration included, its paragraphs, as [tone.CountParagraphs] does, and
// its documents, while it reads them, and returns the documents it read
// the text as, normalized, or nil for one as it stands; [*tone.Analyzer]
// is one (see [tone.Analyzer.AnalyzeDocuments]).
type extentAnalyzer interface {
	AnalyzeDocuments(text string) ([]tone.Scored, tone.Extent, []string)
}

// Config says how to run a batch.
type Config struct {
	// Analyzer analyzes each piece of text.
	Analyzer Analyzer
	// Jobs is how many pieces are analyzed at once; less than 1 means 1.
	Jobs int
	// ChunkSize is the size of the largest piece a long text is cut into
	// (see DefaultChunkSize); 0 means DefaultChunkSize.
	ChunkSize int
	// OneDocument says each input is one document (the analyzer reads it
	// so: see [tone.Analyzer.AsOneDocument]): a long text is cut at the
	// last blank line before ChunkSize, not where documents meet.
	OneDocument bool
	// Stdin is read for the input [Stdin].
	Stdin io.Reader
	// Open opens a file; nil means os.Open (in fewer system calls on
	// Linux).
	Open func(name string) (io.ReadCloser, error)
	// Speaker, when not nil, names the speaker of each input read as a
	// speech by them (see [tone.Analyzer.AnalyzeSpeech]; the Analyzer
	// must be a speechAnalyzer, as a *tone.Analyzer is); "" for an
	// input is no speaker.
	Speaker func(Input) string
}

// speechAnalyzer is an extentAnalyzer that can read a text as a speech by
// a speaker it is told; [*tone.Analyzer] is one.
type speechAnalyzer interface {
	AnalyzeSpeech(text, speaker string) ([]tone.Scored, tone.Extent, []string)
}

// Piece is the analysis of one piece of one input. [Run] hands pieces
// back in input order, then in text order within an input; each input
// gives at least one piece, the first with First set and the last with
// Last set (one piece can be both).
type Piece struct {
	Input Input
	// Date is the input's date in ISO form, from the heading of its
	// first document or from its file name (see package dateline), or ""
	// when it has none.
	Date string
	// Dates are the dates of the piece's documents (see
	// [tone.Documents]), by Statement.Document: a document's own, from
	// its first lines; else, for the first document of a piece cut
	// inside it, the date of the document it goes on with; else the file
	// name's. Nil when the piece is one document dated Date; see
	// [Piece.DateOf].
	Dates []string
	// Statements are the piece's statements, narration included,
	// numbered (Index, Paragraph) from the start of the input, not of
	// the piece.
	Statements []tone.Scored
	// Bytes is how many bytes of the input were read for this piece.
	Bytes       int64
	First, Last bool
	// Warnings are problems that were repaired, each reported once per
	// input (invalid UTF-8 replaced with U+FFFD).
	Warnings []error
	// Skipped is set, on an input's only piece, when the input is not a
	// text (it has a NUL byte in its first piece) and was not analyzed.
	Skipped error
	// Err is set, on an input's last piece, when the input could not be
	// opened or read. Pieces before it were read and analyzed.
	Err error
}

// DateOf returns the date of the document of p that s is in.
func (p *Piece) DateOf(s *tone.Scored) string {
	if k := s.Document - 1; k >= 0 && k < len(p.Dates) {
		return p.Dates[k]
	}
	return p.Date
}

// Run reads the inputs in order, analyzes their pieces on cfg.Jobs
// goroutines and calls emit with each piece, in order, on the calling
// goroutine. Pieces go to the workers in tasks: one piece of a long
// text, or the pieces of several short inputs, up to a quarter of the
// chunk size. At most 2×Jobs tasks are read ahead of the one being
// emitted, so memory is bounded by the chunk size and Jobs, not by the
// size of the inputs.
//
// Run returns when every piece was emitted (nil), when emit returns an
// error (that error), or when ctx is done (ctx.Err()). In the last two
// cases the workers are stopped before Run returns; the goroutine reading
// the inputs may still be blocked in a read (of a terminal or a pipe) and
// ends when that read returns.
func Run(ctx context.Context, inputs []Input, cfg Config, emit func(Piece) error) error {
	if cfg.Analyzer == nil {
		return errors.New("batch: no analyzer")
	}
	jobs := max(cfg.Jobs, 1)
	if cfg.ChunkSize <= 0 {
		cfg.ChunkSize = DefaultChunkSize
	}
	window := 2 * jobs
	ctx, cancel := context.WithCancel(ctx)
	tokens := make(chan struct{}, window) // a token per task read and not yet emitted
	tasks := make(chan *task)             // pieces read, to analyze
	results := make(chan *task, window)   // analyzed; never blocks: tokens bound what is in flight

	p := &producer{ctx: ctx, cfg: cfg, tokens: tokens, tasks: tasks}
	go p.run(inputs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(ctx, cfg.Analyzer, tasks, results)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	defer func() {
		cancel()
		wg.Wait()
	}()

	held := make(map[int]*task, window)
	next := 0
	var stmtBase, paraBase int
	foreignSaid := false           // the input's texts were said not to read as English
	var inputDate, lastDate string // of the input's first document and of the last one emitted
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case t, ok := <-results:
			if !ok {
				return ctx.Err()
			}
			held[t.seq] = t
			for {
				t, ok := held[next]
				if !ok {
					break
				}
				delete(held, next)
				next++
				for i := range t.items {
					it := &t.items[i]
					if it.piece.First {
						stmtBase, paraBase, foreignSaid = 0, 0, false
					}
					if it.extent.Foreign > 0 && !foreignSaid {
						foreignSaid = true
						it.piece.Warnings = append(it.piece.Warnings, fmt.Errorf("%s: does not read as English (few or no common English words such as \"the\", \"and\", \"that\"): demarche reads English; its speakers and tones here mean little", it.piece.Input.Path))
					}
					inputDate, lastDate = it.date(inputDate, lastDate)
					for k := range it.piece.Statements {
						it.piece.Statements[k].Index += stmtBase
						it.piece.Statements[k].Paragraph += paraBase
					}
					stmtBase += it.extent.Statements
					paraBase += it.extent.Paragraphs
					if ctx.Err() != nil {
						return ctx.Err()
					}
					if err := emit(it.piece); err != nil {
						return err
					}
				}
				<-tokens
			}
		}
	}
}

// task is pieces on their way through the pipeline together: one piece
// of a long text, or the pieces of several short inputs. Each hand-off
// from one goroutine to another can wake a thread, which costs the
// system tens of microseconds on a virtual machine: a tree of small files
// took three hand-offs a file, and a sixth of its CPU time was the
// system's.
type task struct {
	seq   int
	items []item
	size  int // bytes of text to analyze
}

// item is one piece of a task.
type item struct {
	piece   Piece
	text    string // to analyze; dropped once analyzed
	analyze bool
	extent  tone.Extent // how many statements, paragraphs and documents text has
	// startsDoc says the piece starts where a document starts (see
	// decoder.startsDoc).
	startsDoc bool
	// heads are the dates in the headings of the piece's documents, ""
	// where one has none; nil when the piece holds one document that is
	// the input's first or goes on from the piece before.
	heads []string
	// speaker is the speaker of an input read as a speech (see
	// Config.Speaker), or "".
	speaker string
}

// readHeads sets it.heads from text, once it is analyzed; docs are its
// documents as the analyzer read them, or nil when it did not say (see
// extentAnalyzer).
func (it *item) readHeads(text string, docs []string) {
	n := it.extent.Documents
	if n < 2 && (!it.startsDoc || it.piece.First) {
		return
	}
	switch {
	case n < 2:
		docs = []string{text}
	case docs == nil:
		docs = tone.Documents(tone.Normalize(text))
	}
	it.heads = make([]string, len(docs))
	for k, doc := range docs {
		if d, ok := dateline.FromHeading(doc); ok {
			it.heads[k] = d.String()
		}
	}
}

// date sets the piece's Date, the date of its input's first document, and
// its Dates, from its documents' headings. It is given the input's date
// and the date of the document before the piece (both "" for an input's
// first piece), and returns them as they stand after it.
func (it *item) date(input, last string) (string, string) {
	p := &it.piece
	if p.First {
		// The producer read the date of the piece's heading or name.
		input, last = p.Date, p.Date
	}
	if it.heads == nil {
		// One document: the input's first, or the one the piece before
		// ended in.
		p.Date = input
		if it.extent.Documents > 0 && last != input {
			p.Dates = []string{last}
		}
		return input, last
	}
	dates := make([]string, len(it.heads))
	name, named := "", false
	for k, head := range it.heads {
		switch {
		case head != "":
			dates[k] = head
		case k == 0 && !p.First && !it.startsDoc:
			dates[k] = last
		default:
			if !named {
				if d, ok := dateline.FromName(p.Input.Path); ok {
					name = d.String()
				}
				named = true
			}
			dates[k] = name
		}
	}
	if p.First {
		// The producer read the first lines of the piece, which may be
		// those of several short documents.
		input = dates[0]
	}
	p.Date, p.Dates = input, dates
	return input, dates[len(dates)-1]
}

func work(ctx context.Context, an Analyzer, tasks <-chan *task, results chan<- *task) {
	for {
		select {
		case <-ctx.Done():
			return
		case t, ok := <-tasks:
			if !ok {
				return
			}
			for i := range t.items {
				it := &t.items[i]
				if it.analyze && ctx.Err() == nil {
					var docs []string
					if sa, ok := an.(speechAnalyzer); ok && it.speaker != "" {
						it.piece.Statements, it.extent, docs = sa.AnalyzeSpeech(it.text, it.speaker)
					} else if ca, ok := an.(extentAnalyzer); ok {
						it.piece.Statements, it.extent, docs = ca.AnalyzeDocuments(it.text)
					} else {
						it.piece.Statements = an.Analyze(it.text)
						it.extent = countOf(it.piece.Statements, it.text)
					}
					it.readHeads(it.text, docs)
					it.text = ""
				}
			}
			results <- t
		}
	}
}

// countOf returns the extent of text for an Analyzer that does not count
// it, from the statements it returned: the paragraphs, counted again; the
// statement numbers used, as many as the last statement's (fewer when
// narration it left out ends the text); the documents, as many as the
// last statement's.
func countOf(stmts []tone.Scored, text string) tone.Extent {
	ext := tone.Extent{Paragraphs: tone.CountParagraphs(text), Documents: 1}
	for _, s := range stmts {
		ext.Statements = max(ext.Statements, s.Index)
		ext.Documents = max(ext.Documents, s.Document)
	}
	return ext
}

// producer reads the inputs in order and sends their pieces to the
// workers.
type producer struct {
	ctx    context.Context
	cfg    Config
	tokens chan<- struct{}
	tasks  chan<- *task
	seq    int
	dec    *decoder // reads every input in turn
	cur    *task    // the task being filled, or nil
}

func (p *producer) run(inputs []Input) {
	defer close(p.tasks)
	for _, in := range inputs {
		// Standard input may keep its reader waiting: the pieces
		// before it go on first.
		if in.Path == Stdin && !p.flush() {
			return
		}
		if !p.read(in) {
			return
		}
	}
	p.flush()
}

// add adds a piece to the task being filled, and hands the task on once
// it holds a quarter of the chunk size of text; false means the run was
// cancelled.
func (p *producer) add(it item) bool {
	if p.cur == nil {
		p.cur = &task{}
	}
	p.cur.items = append(p.cur.items, it)
	p.cur.size += len(it.text)
	if p.cur.size < p.cfg.ChunkSize/4 {
		return true
	}
	return p.flush()
}

// flush hands on the task being filled, if any; false means the run was
// cancelled.
func (p *producer) flush() bool {
	t := p.cur
	if t == nil {
		return true
	}
	p.cur = nil
	return p.send(t)
}

// send hands a task on; false means the run was cancelled.
func (p *producer) send(t *task) bool {
	select {
	case p.tokens <- struct{}{}:
	case <-p.ctx.Done():
		return false
	}
	t.seq = p.seq
	p.seq++
	select {
	case p.tasks <- t:
		return true
	case <-p.ctx.Done():
		return false
	}
}

// read sends the pieces of one input; false means the run was cancelled.
func (p *producer) read(in Input) bool {
	fail := func(err error) bool {
		return p.add(item{piece: Piece{Input: in, First: true, Last: true, Err: err}})
	}
	if in.Err != nil {
		return fail(in.Err)
	}
	var r io.Reader
	if in.Path == Stdin {
		if p.cfg.Stdin == nil {
			return fail(errors.New("-: no standard input"))
		}
		r = p.cfg.Stdin
	} else {
		open := p.cfg.Open
		if open == nil {
			open = func(name string) (io.ReadCloser, error) {
				f, err := openFile(name)
				if err != nil {
					return nil, err // not a nil *os.File in an interface
				}
				return f, nil
			}
		}
		f, err := open(in.Path)
		if err != nil {
			return fail(err) // *PathError names the file
		}
		defer f.Close()
		r = f
	}
	page := htmltext.IsPage(in.Path)
	if in.Path == Stdin {
		br := bufio.NewReader(r)
		start, _ := br.Peek(512) // an error here is the read's below
		page, r = htmltext.LooksLikePage(start), br
	}
	// A web page or a Word or RTF document is read whole and turned into
	// text. Progress counts the bytes of the input read: each piece of
	// the text counts its share of them (a Word document's text is
	// longer than its compressed file, a page's shorter than its tags).
	var read bytesRead
	if convert, limit := converter(in.Path, page); convert != nil {
		text, n, err := wholeText(r, limit, convert)
		if err != nil {
			return fail(fmt.Errorf("read %s: %w", in.Path, unwrapPathError(err)))
		}
		r, read = strings.NewReader(text), bytesRead{input: int64(n), text: int64(len(text))}
	}
	if p.dec == nil {
		p.dec = newDecoder(r, p.cfg.ChunkSize)
		p.dec.oneDoc = p.cfg.OneDocument
	} else {
		p.dec.reset(r)
	}
	dec := p.dec
	first := true
	date := ""
	speaker := ""
	if p.cfg.Speaker != nil {
		speaker = p.cfg.Speaker(in)
	}
	badSaid, nulSaid := false, false
	for {
		if p.ctx.Err() != nil {
			return false
		}
		text, n, err := dec.next()
		n = read.share(n, err == io.EOF)
		piece := Piece{Input: in, Date: date, Bytes: n, First: first}
		if err != nil && err != io.EOF {
			piece.Last = true
			piece.Err = fmt.Errorf("read %s: %w", in.Path, unwrapPathError(err))
			return p.add(item{piece: piece})
		}
		if first {
			if dec.firstNUL >= 0 || strings.HasPrefix(text, "%PDF-") { // a PDF may have no NUL byte early
				piece.Last = true
				piece.Skipped = binaryFile(in.Path, text, dec.firstNUL)
				return p.add(item{piece: piece})
			}
			if d, ok := dateline.Of(in.Path, text); ok {
				date = d.String()
				piece.Date = date
			}
		}
		if w := dec.badWarning(in.Path); w != nil && !badSaid {
			badSaid = true
			piece.Warnings = append(piece.Warnings, w)
		}
		if w := dec.nulWarning(in.Path); w != nil && !nulSaid {
			nulSaid = true
			piece.Warnings = append(piece.Warnings, w)
		}
		piece.Last = err == io.EOF
		if !p.add(item{piece: piece, text: text, analyze: true, startsDoc: dec.startsDoc, speaker: speaker}) {
			return false
		}
		if piece.Last {
			return true
		}
		first = false
	}
}

// binaryFile says why an input that is no text (it has a NUL byte, at
// byte nul; text is the start of it as decoded) is skipped, and, for the
// kinds analysts have, what to do: a PDF is text once pdftotext reads
// it, an old Word document once saved as .docx.
func binaryFile(name, text string, nul int64) error {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case strings.HasPrefix(text, "%PDF-"):
		return fmt.Errorf("%s: a PDF file, skipped: read its text with pdftotext (pdftotext %s out.txt), then analyze that", name, name)
	case ext == ".doc":
		return fmt.Errorf("%s: an old Word document (.doc), skipped: save it as .docx or as text", name)
	case strings.HasPrefix(text, "PK\x03\x04"):
		return fmt.Errorf("%s: a zip archive (%s), skipped: demarche reads text, web pages, .docx and .rtf", name, strings.TrimPrefix(ext, "."))
	}
	return fmt.Errorf("%s: binary file (NUL byte at byte %d), skipped", name, nul)
}

// bytesRead turns the bytes of a converted input's text that a piece
// holds into the bytes of the input it stands for (see share).
type bytesRead struct {
	input, text int64 // the input's length and its text's; 0 for a text file
	given, seen int64 // the input's bytes given to pieces, the text's read
}

// share returns the input bytes a piece of n bytes of text stands for:
// n itself for a text file; else its share of the input's bytes, the
// last piece taking what is left, so that the pieces add up to the
// input's length.
func (b *bytesRead) share(n int64, last bool) int64 {
	if b.text == 0 {
		if b.input == 0 {
			return n // a text file
		}
		n = 0 // a document with no text: the input counts at its end
	}
	b.seen += n
	s := b.input - b.given
	if !last && b.text > 0 {
		s = b.seen*b.input/b.text - b.given
	}
	b.given += s
	return s
}

// The sizes of the largest web page and Word or RTF document read: each
// is read whole (a document holds its images too).
const (
	maxPage     = 64 << 20
	maxDocument = 256 << 20
)

// wholeText reads an input of at most limit bytes whole and returns the
// text convert makes of it, for the decoder to read as it reads a text
// file, and the input's length in bytes.
func wholeText(r io.Reader, limit int, convert func([]byte) (string, error)) (string, int, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return "", 0, err
	}
	if len(data) > limit {
		return "", 0, fmt.Errorf("over %d MiB: save its text instead", limit>>20)
	}
	text, err := convert(data)
	return text, len(data), err
}

// converter returns the function that turns an input, by its name, into
// text, and the size of the largest such input, or nil for a text file;
// page says the input is a web page.
func converter(name string, page bool) (func([]byte) (string, error), int) {
	switch {
	case page:
		return pageText, maxPage
	case docxtext.IsDocument(name):
		return docxtext.Text, maxDocument
	case rtftext.IsDocument(name):
		return rtftext.Text, maxDocument
	}
	return nil, 0
}

// pageText returns the text of a web page (see package htmltext).
func pageText(data []byte) (string, error) {
	return htmltext.Text(bytes.NewReader(data))
}

// unwrapPathError drops the *PathError around a read error, whose "read
// NAME" the caller says itself.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
