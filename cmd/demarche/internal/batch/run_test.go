package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
)

// analyzer is the real attribution and lexicon scoring, without the Naive
// Bayes model (slow to load, and not what these tests are about).
func analyzer(t testing.TB) *tone.Analyzer {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := tone.NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	return tone.NewAnalyzer(a, tone.NewScorer(lex, nil))
}

// report renders what Run emitted, one line per statement or event.
func report(pieces []Piece) string {
	var b strings.Builder
	for _, p := range pieces {
		for _, w := range p.Warnings {
			fmt.Fprintf(&b, "warning %v\n", w)
		}
		if p.Skipped != nil {
			fmt.Fprintf(&b, "skipped %v\n", p.Skipped)
		}
		for _, s := range p.Statements {
			fmt.Fprintf(&b, "%s %s %d %d %s %s %.4f %q\n", p.Input.Path, p.Date, s.Index, s.Paragraph, s.Speaker, s.Kind, s.Tone, s.Text)
		}
		if p.Err != nil {
			fmt.Fprintf(&b, "error %v\n", p.Err)
		}
		if p.Last {
			fmt.Fprintf(&b, "done %s\n", p.Input.Path)
		}
	}
	return b.String()
}

func collect(t *testing.T, inputs []Input, cfg Config) ([]Piece, error) {
	t.Helper()
	var got []Piece
	err := Run(context.Background(), inputs, cfg, func(p Piece) error {
		got = append(got, p)
		return nil
	})
	return got, err
}

// newsParagraph is self-contained: it names its speaker in full, so it
// reads the same alone or in a longer text.
func newsParagraph(i int) string {
	speakers := []string{"Foreign Minister Ana Ruiz", "Ambassador Tomas Berg", "Spokesperson Lin Hao"}
	lines := []string{
		"“We welcome the agreement and stand ready to deepen cooperation,” said %s.",
		"%s said the country firmly opposes the sanctions and will take countermeasures.",
		"“This is a frank and candid exchange of views,” %s told reporters.",
	}
	return fmt.Sprintf(lines[i%len(lines)], speakers[(i/3)%len(speakers)])
}

func TestRunOrderAndJobs(t *testing.T) {
	dir := t.TempDir()
	var inputs []Input
	for i := range 12 {
		var paras []string
		for j := range i%4 + 1 {
			paras = append(paras, newsParagraph(i+j))
		}
		name := filepath.Join(dir, fmt.Sprintf("2023-05-%02d.txt", i+1))
		if err := os.WriteFile(name, []byte(strings.Join(paras, "\n\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, Input{Path: name, Size: -1})
	}
	an := analyzer(t)
	one, err := collect(t, inputs, Config{Analyzer: an, Jobs: 1, ChunkSize: 300})
	if err != nil {
		t.Fatal(err)
	}
	want := report(one)
	if n := strings.Count(want, "done "); n != 12 {
		t.Fatalf("%d inputs done, want 12:\n%s", n, want)
	}
	if !strings.Contains(want, "2023-05-01.txt 2023-05-01 1 1 Ana Ruiz direct") {
		t.Errorf("first statement missing or wrong:\n%s", want)
	}
	for _, jobs := range []int{2, 4, 7} {
		got, err := collect(t, inputs, Config{Analyzer: an, Jobs: jobs, ChunkSize: 300})
		if err != nil {
			t.Fatal(err)
		}
		if r := report(got); r != want {
			t.Errorf("jobs %d gives a different result:\n%s\nwant\n%s", jobs, r, want)
		}
	}
}

// TestRunPiecesMatchWhole checks that a long text read in small pieces is
// numbered and attributed like the whole text, when its paragraphs stand
// alone.
func TestRunPiecesMatchWhole(t *testing.T) {
	var paras []string
	for i := range 40 {
		paras = append(paras, newsParagraph(i))
	}
	doc := "Talks in Geneva, 28 April 2023\n\n" + strings.Join(paras, "\n\n") + "\n"
	an := analyzer(t)
	whole := an.Analyze(doc)
	in := []Input{{Path: Stdin, Size: -1}}
	got, err := collect(t, in, Config{Analyzer: an, Jobs: 3, ChunkSize: 500, Stdin: strings.NewReader(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 8 {
		t.Fatalf("%d pieces, want the text cut into many", len(got))
	}
	for i, p := range got {
		if p.First != (i == 0) || p.Last != (i == len(got)-1) || p.Date != "2023-04-28" {
			t.Errorf("piece %d: first %v last %v date %q", i, p.First, p.Last, p.Date)
		}
	}
	matchWhole(t, got, whole)
}

// matchWhole checks that the statements of pieces are those of the whole
// text, numbered, attributed and scored alike, and numbered in order.
func matchWhole(t *testing.T, pieces []Piece, whole []tone.Scored) {
	t.Helper()
	var stmts []tone.Scored
	for _, p := range pieces {
		stmts = append(stmts, p.Statements...)
	}
	if len(stmts) != len(whole) {
		t.Fatalf("%d statements in pieces, %d whole", len(stmts), len(whole))
	}
	for i := range whole {
		w, g := whole[i], stmts[i]
		if g.Index != w.Index || g.Paragraph != w.Paragraph || g.Speaker != w.Speaker || g.Text != w.Text || g.Tone != w.Tone {
			t.Errorf("statement %d: pieces %d/%d %s %q, whole %d/%d %s %q", i, g.Index, g.Paragraph, g.Speaker, g.Text,
				w.Index, w.Paragraph, w.Speaker, w.Text)
		}
		if i > 0 && g.Index <= stmts[i-1].Index {
			t.Errorf("statement %d numbered %d after %d", i, g.Index, stmts[i-1].Index)
		}
	}
}

// TestRunCollectionPieces checks that a collection of documents (see
// tone.Documents) read in pieces is attributed and numbered as the whole
// text is, narration left out or not: pieces are cut where documents
// meet, and statement numbers go on from the statements of the pieces
// before, narration included.
func TestRunCollectionPieces(t *testing.T) {
	var docs []string
	for i := range 12 {
		doc := fmt.Sprintf("Briefing %d\n\nMei Lund: Good afternoon. We welcome the talks.\n\nReuters: A question?\n\n"+
			"Mei Lund: We firmly oppose the sanctions.\n\nThe briefing ended at noon.\n", i)
		if i%3 == 1 {
			doc = fmt.Sprintf("Report %d\n\n", i) + newsParagraph(i) + "\n\nThe talks lasted an hour.\n\n" +
				"“We regret the decision,” Ruiz said.\n"
		}
		docs = append(docs, doc)
	}
	// Documents two blank lines apart, or (as a LexisNexis export has
	// them) one blank line from the "End of Document" after each.
	for _, doc := range []string{
		strings.Join(docs, "\n\n"),
		strings.Join(docs, "\nEnd of Document\n\n") + "\nEnd of Document\n",
	} {
		testCollectionPieces(t, doc, len(docs))
	}
}

func testCollectionPieces(t *testing.T, doc string, ndocs int) {
	t.Helper()
	if len(tone.Documents(doc)) != ndocs {
		t.Fatalf("the text holds %d documents, want %d", len(tone.Documents(doc)), ndocs)
	}
	for _, an := range []*tone.Analyzer{analyzer(t), analyzer(t).WithoutNarration()} {
		whole := an.Analyze(doc)
		in := []Input{{Path: Stdin, Size: -1}}
		got, err := collect(t, in, Config{Analyzer: an, Jobs: 3, ChunkSize: 300, Stdin: strings.NewReader(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) < 8 {
			t.Fatalf("%d pieces, want the text cut into many", len(got))
		}
		matchWhole(t, got, whole)
	}
}

// TestRunDocumentDates checks that each document of a collection has its
// own date, read in pieces on several jobs: the one in its first lines,
// else the file name's; a document cut into pieces keeps its date, even
// where a later piece's first lines hold another.
func TestRunDocumentDates(t *testing.T) {
	para := func(doc string, i int) string {
		return fmt.Sprintf("“We welcome the talks on %s, point %d,” said Foreign Minister Ana Ruiz.", doc, i)
	}
	long := []string{"Talks on 5 May 2024"}
	for i := range 30 {
		if i%6 == 5 {
			long = append(long, "On 9 May 2024 the talks went on.") // not a heading
		}
		long = append(long, para("docC", i))
	}
	docs := []string{
		"Briefing of 3 May 2024\n\n" + para("docA", 0) + "\n\n" + para("docA", 1) + "\n",
		"Undated briefing\n\n" + para("docB", 0) + "\n\n" + para("docB", 1) + "\n",
		strings.Join(long, "\n\n") + "\n",
		para("docD", 0) + "\n\n" + para("docD", 1) + "\n",
	}
	want := map[string]string{"docA": "2024-05-03", "docB": "2024-06-01", "docC": "2024-05-05", "docD": "2024-06-01"}
	text := strings.Join(docs, "\n\n")
	name := filepath.Join(t.TempDir(), "archive-2024-06-01.txt")
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	// The tone.Analyzer hands its documents to readHeads; an Analyzer
	// that only analyzes has its texts split again.
	an := analyzer(t)
	for _, tc := range []struct {
		name  string
		an    Analyzer
		chunk int
	}{
		{"documents", an, 0}, {"documents", an, 400},
		{"analyze only", analyzeOnly{an}, 0}, {"analyze only", analyzeOnly{an}, 400},
	} {
		chunk := tc.chunk
		got, err := collect(t, []Input{{Path: name, Size: int64(len(text))}}, Config{Analyzer: tc.an, Jobs: 3, ChunkSize: chunk})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := tc.an.(extentAnalyzer); ok != (tc.name == "documents") {
			t.Fatalf("%s: extentAnalyzer %v", tc.name, ok)
		}
		if chunk > 0 && len(got) < 6 {
			t.Fatalf("%d pieces, want many", len(got))
		}
		seen := 0
		for i, p := range got {
			if p.Date != "2024-05-03" {
				t.Errorf("%s, chunk %d, piece %d: Date %q, want the first document's", tc.name, chunk, i, p.Date)
			}
			for k := range p.Statements {
				s := &p.Statements[k]
				at := strings.Index(s.Text, "on doc")
				if at < 0 {
					continue
				}
				if w, ok := want[s.Text[at+3:at+7]]; ok {
					seen++
					if d := p.DateOf(s); d != w {
						t.Errorf("%s, chunk %d, piece %d: %q dated %q, want %q", tc.name, chunk, i, s.Text, d, w)
					}
				}
			}
		}
		if seen != 36 {
			t.Errorf("%s, chunk %d: %d statements checked, want 36", tc.name, chunk, seen)
		}
	}
}

// analyzeOnly is an Analyzer that neither counts nor hands back
// documents: Run counts them from its statements, and splits its texts
// again for their headings' dates.
type analyzeOnly struct{ an *tone.Analyzer }

func (a analyzeOnly) Analyze(text string) []tone.Scored { return a.an.Analyze(text) }

// failingReader returns its text, then an error.
type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

func TestRunBadInputs(t *testing.T) {
	texts := map[string]string{
		"a.txt":      newsParagraph(0),
		"binary.txt": "GIF89a\x00\x01\x02",
		"bad.txt":    "café \xff\n\n" + newsParagraph(1) + "\n\n\xfe",
		"broken.txt": newsParagraph(2) + "\n\n" + newsParagraph(3),
		"z.txt":      newsParagraph(4),
	}
	open := func(name string) (io.ReadCloser, error) {
		if name == "locked.txt" {
			return nil, &os.PathError{Op: "open", Path: name, Err: os.ErrPermission}
		}
		var r io.Reader = strings.NewReader(texts[name])
		if name == "broken.txt" {
			r = &failingReader{r: r, err: errors.New("input/output error")}
		}
		return io.NopCloser(r), nil
	}
	inputs := []Input{{Path: "a.txt"}, {Path: "locked.txt"}, {Path: "binary.txt"},
		{Path: "loop", Err: errors.New("loop: symlink loop")}, {Path: "bad.txt"}, {Path: "broken.txt"}, {Path: "z.txt"}}
	for _, jobs := range []int{1, 3} {
		got, err := collect(t, inputs, Config{Analyzer: analyzer(t), Jobs: jobs, ChunkSize: 60, Open: open})
		if err != nil {
			t.Fatal(err)
		}
		r := report(got)
		for _, want := range []string{
			"done a.txt\nerror open locked.txt: permission denied\ndone locked.txt\n" +
				"skipped binary.txt: binary file (NUL byte at byte 6), skipped\ndone binary.txt\n" +
				"error loop: symlink loop\ndone loop\nwarning bad.txt: invalid UTF-8 at byte 6 replaced with U+FFFD\n",
			"bad.txt  2 2 ",
			"error read broken.txt: input/output error\ndone broken.txt\nz.txt  1 1 ",
		} {
			if !strings.Contains(r, want) {
				t.Errorf("jobs %d: report lacks %q:\n%s", jobs, want, r)
			}
		}
		if n := strings.Count(r, "warning"); n != 1 {
			t.Errorf("jobs %d: %d warnings, want one per file:\n%s", jobs, n, r)
		}
		if !strings.Contains(r, "broken.txt  1 1 ") {
			t.Errorf("jobs %d: the piece read before the error is lost:\n%s", jobs, r)
		}
	}
}

func TestRunStops(t *testing.T) {
	inputs := []Input{{Path: "a"}, {Path: "b"}, {Path: "c"}}
	open := func(string) (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(newsParagraph(0))), nil }
	stop := errors.New("stop")
	var emitted []string
	err := Run(context.Background(), inputs, Config{Analyzer: analyzer(t), Jobs: 2, Open: open}, func(p Piece) error {
		emitted = append(emitted, p.Input.Path)
		if p.Input.Path == "b" {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || strings.Join(emitted, ",") != "a,b" {
		t.Errorf("Run = %v after %v, want stop after a,b", err, emitted)
	}
}

// TestRunCancel checks that a cancelled run returns even while the reader
// is blocked on an input that never ends.
func TestRunCancel(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var emitted atomic.Int32
	done := make(chan error)
	go func() {
		done <- Run(ctx, []Input{{Path: "a"}, {Path: Stdin}}, Config{Analyzer: analyzer(t), Jobs: 2, Stdin: pr,
			Open: func(string) (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("x")), nil }},
			func(Piece) error { emitted.Add(1); return nil })
	}()
	if _, err := pw.Write([]byte("partial text, no end")); err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if n := emitted.Load(); n > 1 {
		t.Errorf("%d pieces emitted, want at most the first file's", n)
	}
}

// countingAnalyzer records how many pieces were analyzed.
type countingAnalyzer struct {
	mu sync.Mutex
	n  int
}

func (c *countingAnalyzer) Analyze(string) []tone.Scored {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return nil
}

// endless is an input of n bytes of paragraphs, made as it is read.
type endless struct{ left, pos int }

func (e *endless) Read(p []byte) (int, error) {
	if e.left == 0 {
		return 0, io.EOF
	}
	const para = "Some words of a paragraph.\n\n"
	n := 0
	for n < len(p) && e.left > 0 {
		c := copy(p[n:min(len(p), n+e.left)], para[e.pos%len(para):])
		n += c
		e.pos += c
		e.left -= c
	}
	return n, nil
}

// TestRunBoundedReadAhead checks that reading never runs more than 2×Jobs
// pieces ahead of what was emitted, so memory does not grow with a large
// input even when emitting is slow.
func TestRunBoundedReadAhead(t *testing.T) {
	an := &countingAnalyzer{}
	const jobs = 3
	worst := 0
	err := Run(context.Background(), []Input{{Path: Stdin}}, Config{Analyzer: an, Jobs: jobs, ChunkSize: 4096,
		Stdin: &endless{left: 8 << 20}}, func(p Piece) error {
		time.Sleep(50 * time.Microsecond) // a slow writer
		an.mu.Lock()
		worst = max(worst, an.n)
		an.n-- // this one is out of the pipeline
		an.mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if worst > 2*jobs {
		t.Errorf("%d pieces analyzed ahead of the writer, want at most %d", worst, 2*jobs)
	}
	if worst < 2 {
		t.Errorf("at most %d piece in flight: the workers did not run ahead at all", worst)
	}
}

// TestRunBatchesShortInputs checks that short inputs go to the workers
// several to a task, and come out as they would one by one: in order,
// each numbered from its start, with a long input's pieces, a missing
// input, inputs of unknown size and standard input among them.
func TestRunBatchesShortInputs(t *testing.T) {
	dir := t.TempDir()
	var inputs []Input
	var stdin string
	for i := range 30 {
		name := filepath.Join(dir, fmt.Sprintf("2023-06-%02d.txt", i+1))
		text := newsParagraph(i) + "\n\n" + newsParagraph(i+1)
		if i == 12 {
			var paras []string
			for j := range 40 {
				paras = append(paras, newsParagraph(j))
			}
			text = strings.Join(paras, "\n\n") // cut into pieces
		}
		if i == 20 {
			// Standard input may keep its reader waiting: the inputs
			// before it go on first.
			stdin = text
			inputs = append(inputs, Input{Path: Stdin, Size: -1})
			continue
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		size := int64(len(text))
		if i%2 == 1 {
			size = -1 // as a walk that took no sizes found it
		}
		inputs = append(inputs, Input{Path: name, Size: size})
	}
	inputs = slices.Insert(inputs, 7, Input{Path: filepath.Join(dir, "missing.txt"), Size: 10})
	const chunk = 2000 // tasks of 500 bytes or more; an input has about 250

	// One by one: a run for each input.
	an := analyzer(t)
	var ref []Piece
	for _, in := range inputs {
		got, err := collect(t, []Input{in}, Config{Analyzer: an, Jobs: 1, ChunkSize: chunk, Stdin: strings.NewReader(stdin)})
		if err != nil {
			t.Fatal(err)
		}
		ref = append(ref, got...)
	}
	want := report(ref)
	if n := strings.Count(want, "done "); n != len(inputs) {
		t.Fatalf("%d inputs done, want %d", n, len(inputs))
	}
	for _, jobs := range []int{1, 3} {
		got, err := collect(t, inputs, Config{Analyzer: an, Jobs: jobs, ChunkSize: chunk, Stdin: strings.NewReader(stdin)})
		if err != nil {
			t.Fatal(err)
		}
		if r := report(got); r != want {
			t.Errorf("jobs %d, in batches: a different result:\n%s\nwant\n%s", jobs, r, want)
		}
	}

	// What the tasks held.
	tasks := make(chan *task)
	p := &producer{ctx: context.Background(), cfg: Config{ChunkSize: chunk, Stdin: strings.NewReader(stdin)}, tokens: make(chan struct{}, 1000), tasks: tasks}
	go p.run(inputs)
	var sizes []int
	var paths []string
	for tk := range tasks {
		var n int
		for _, it := range tk.items {
			n++
			if it.piece.First {
				paths = append(paths, filepath.Base(it.piece.Input.Path))
			}
			if it.piece.Input.Path == Stdin && it.piece.First && n > 1 {
				t.Errorf("standard input shares a task with the inputs before it")
			}
		}
		if tk.size > chunk/4+chunk {
			t.Errorf("a task of %d bytes: more than a piece over the quarter of the chunk size", tk.size)
		}
		sizes = append(sizes, len(tk.items))
	}
	if len(paths) != len(inputs) {
		t.Errorf("the tasks hold %d inputs, want %d", len(paths), len(inputs))
	}
	if len(sizes) >= len(inputs)/2 {
		t.Errorf("%d tasks for %d inputs (pieces per task: %v): short inputs were not batched", len(sizes), len(inputs), sizes)
	}
}

// TestBytesRead checks that the pieces of a converted input count its
// bytes, however long its text, and those of a text file their own.
func TestBytesRead(t *testing.T) {
	tests := []struct {
		name        string
		input, text int64
		pieces      []int64 // bytes of text of each piece, the last one last
		want        []int64
	}{
		{"a text file", 0, 0, []int64{10, 5}, []int64{10, 5}},
		{"a page, shorter as text", 100, 40, []int64{20, 20}, []int64{50, 50}},
		{"a Word document, longer as text", 30, 90, []int64{60, 30}, []int64{20, 10}},
		{"uneven shares", 10, 3, []int64{1, 1, 1}, []int64{3, 3, 4}},
		{"a document with no text", 50, 0, []int64{0}, []int64{50}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bytesRead{input: tt.input, text: tt.text}
			var got []int64
			for i, n := range tt.pieces {
				got = append(got, b.share(n, i == len(tt.pieces)-1))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("shares %v, want %v", got, tt.want)
			}
		})
	}
}
