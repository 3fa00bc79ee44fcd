package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/naivebayes"
)

var (
	testModelOnce sync.Once
	testModel     *naivebayes.Model
	testModelErr  error
)

// testFactory returns a factory over in-memory streams whose model is
// loaded once for all tests, and whose stderr counts as a terminal when
// tty is set.
func testFactory(t *testing.T, stdin io.Reader, tty bool) (*factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	testModelOnce.Do(func() { testModel, testModelErr = naivebayes.Load() })
	if testModelErr != nil {
		t.Fatal(testModelErr)
	}
	var out, errOut bytes.Buffer
	f := &factory{in: stdin, out: &out, errOut: &errOut, isTerminal: func(io.Writer) bool { return tty }}
	f.modelOnce.Do(func() { f.model = testModel })
	return f, &out, &errOut
}

func writeTexts(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, "doc"+string(rune('a'+i))+".txt")
		text := strings.Repeat("“We welcome the agreement and stand ready to deepen cooperation,” said Ana Ruiz.\n\n", 20+i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// TestProgressBar checks that the bar is drawn on a terminal for a batch,
// never for a single input or off a terminal, and that --quiet drops it
// and the summary (issue #5).
func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	paths := writeTexts(t, dir, 3)
	tests := []struct {
		name    string
		tty     bool
		args    []string
		bar     bool
		summary bool
	}{
		{"terminal, batch", true, []string{dir}, true, true},
		{"terminal, one file", true, paths[:1], false, false},
		{"pipe, batch", false, []string{dir}, false, true},
		{"terminal, quiet", true, []string{"--quiet", dir}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, out, errOut := testFactory(t, strings.NewReader(""), tt.tty)
			args := append([]string{"analyze", "--format", "csv"}, tt.args...)
			if code := runWith(context.Background(), f, args); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.HasPrefix(out.String(), "speaker,statements,") || strings.Contains(out.String(), "files") {
				t.Errorf("stdout is not the plain CSV: %q", out)
			}
			stderr := errOut.String()
			if bar := strings.Contains(stderr, "\r") && strings.Contains(stderr, "/3 files") && strings.Contains(stderr, "% |"); bar != tt.bar {
				t.Errorf("bar drawn = %v, want %v: %q", bar, tt.bar, stderr)
			}
			wantSummary := "demarche: 3 files, 63 statements, 1 speaker, 0 skipped, 0 failed, "
			if got := strings.Contains(stderr, wantSummary); got != tt.summary {
				t.Errorf("summary shown = %v, want %v: %q", got, tt.summary, stderr)
			}
			if tt.bar && !strings.HasSuffix(stderr[:strings.Index(stderr, "demarche:")], "\r") {
				t.Errorf("the bar is not cleared before the summary: %q", stderr)
			}
		})
	}
}

// TestAnalyzeInterrupted checks that a cancelled run exits 130 (or 128 +
// the signal) and leaves no output file, whatever had been written.
func TestAnalyzeInterrupted(t *testing.T) {
	for _, tt := range []struct {
		cause error
		code  int
		msg   string
	}{
		{&signalError{sig: os.Interrupt}, 130, "demarche: interrupted\n"},
		{&signalError{sig: syscall.SIGTERM}, 143, "demarche: terminated\n"},
		{nil, 130, "demarche: interrupted\n"},
	} {
		dir := t.TempDir()
		paths := writeTexts(t, dir, 2)
		pr, pw := io.Pipe() // standard input that never ends
		f, out, errOut := testFactory(t, pr, false)
		ctx, cancel := context.WithCancelCause(context.Background())
		dest := filepath.Join(dir, "out.jsonl")
		done := make(chan int)
		go func() {
			done <- runWith(ctx, f, []string{"analyze", "--statements", "-o", dest, paths[0], "-", paths[1]})
		}()
		pw.Write([]byte("“We welcome it,” said Lin Hao.\n\n"))
		deadline := time.Now().Add(30 * time.Second)
		for m, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.*.tmp")); len(m) == 0; m, _ = filepath.Glob(filepath.Join(dir, ".out.jsonl.*.tmp")) {
			if time.Now().After(deadline) {
				t.Fatal("no temporary output file")
			}
			time.Sleep(5 * time.Millisecond)
		}
		cancel(tt.cause)
		code := <-done
		pw.Close()
		if code != tt.code || errOut.String() != tt.msg || out.Len() != 0 {
			t.Errorf("cause %v: exit %d, stderr %q, stdout %q; want %d, %q, nothing", tt.cause, code, errOut, out, tt.code, tt.msg)
		}
		if m, _ := filepath.Glob(filepath.Join(dir, "*out.jsonl*")); len(m) != 0 {
			t.Errorf("cause %v: files left behind: %v", tt.cause, m)
		}
	}
}

// TestStreamedJSONMatchesArray checks that statement rows written one by
// one as a JSON array are the bytes writeJSON gives for the whole array.
func TestStreamedJSONMatchesArray(t *testing.T) {
	rows := []statementRow{
		{File: "a.txt", Date: "2023-04-28", Scored: &tone.Scored{
			Statement: tone.Statement{Index: 1, Paragraph: 1, Speaker: "Ana Ruiz", Kind: tone.Direct, Text: `We <welcome> "it" & more`, Cue: "said"},
			Score:     tone.Score{Tone: 0.5, Label: tone.Warm, Terms: []tone.Term{{Text: "welcome", Category: "welcome", Weight: 0.5, Base: 0.5, Scale: 1}}}}},
		{File: "-", Scored: &tone.Scored{Statement: tone.Statement{Index: 2, Paragraph: 3, Kind: tone.Narration, Text: "Narration."}}},
	}
	for n := 0; n <= len(rows); n++ {
		var streamed, whole bytes.Buffer
		w, err := newStatementWriter(&streamed, formatJSON, true)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows[:n] {
			if err := w.write([]statementRow{r}); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		js := make([]jsonStatement, n)
		for i, r := range rows[:n] {
			js[i] = toJSONStatement(r)
		}
		if err := writeJSON(&whole, js); err != nil {
			t.Fatal(err)
		}
		if streamed.String() != whole.String() {
			t.Errorf("%d rows streamed:\n%s\nwant\n%s", n, streamed.String(), whole.String())
		}
		var back []map[string]any
		if err := json.Unmarshal(streamed.Bytes(), &back); err != nil || len(back) != n {
			t.Errorf("%d rows: streamed JSON does not parse back: %v", n, err)
		}
	}
}

// TestCell checks the protection of CSV text cells against formula
// injection (issue #5).
func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=SUM(A1)", "'=SUM(A1)"},
		{"+1 for dialogue", "'+1 for dialogue"},
		{"-5 percent", "'-5 percent"},
		{"@everyone", "'@everyone"},
		{"\tindented", "'\tindented"},
		{"\rline", "'\rline"},
		{"-", "-"}, // standard input's file column
		{"", ""},
		{"plain = text", "plain = text"},
		{" =leading space", " =leading space"},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := cell(tt.in); got != tt.want {
			t.Errorf("cell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAnalyzeFlags checks how flags are parsed into options: the format
// follows -o's extension unless --format is given (issue #5).
func TestAnalyzeFlags(t *testing.T) {
	tests := []struct {
		args   []string
		format string
		exts   string
		paths  string
	}{
		{[]string{"-o", "out.csv", "a"}, formatCSV, ".txt,.md,.text", "a"},
		{[]string{"-o", "OUT.JSON", "a"}, formatJSON, ".txt,.md,.text", "a"},
		{[]string{"-o", "out.jsonl", "a"}, formatJSONL, ".txt,.md,.text", "a"},
		{[]string{"-o", "out.ndjson", "a"}, formatJSONL, ".txt,.md,.text", "a"},
		{[]string{"-o", "out.txt", "a"}, formatTable, ".txt,.md,.text", "a"},
		{[]string{"-o", "-", "--format", "csv"}, formatCSV, ".txt,.md,.text", "-"},
		{[]string{"--format", "jsonl", "-o", "out.csv", "--ext", "TXT,.rtf", "a", "b"}, formatJSONL, ".txt,.rtf", "a,b"},
	}
	for _, tt := range tests {
		var got *analyzeOptions
		f, _, _ := testFactory(t, strings.NewReader(""), false)
		cmd := newCmdAnalyze(f, func(o *analyzeOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Errorf("%v: %v", tt.args, err)
			continue
		}
		if got.Format != tt.format || strings.Join(got.Exts, ",") != tt.exts || strings.Join(got.Paths, ",") != tt.paths {
			t.Errorf("%v: format %q exts %v paths %v, want %q %s %s", tt.args, got.Format, got.Exts, got.Paths, tt.format, tt.exts, tt.paths)
		}
	}
}

func TestDebateCode(t *testing.T) {
	for base, want := range map[string]string{
		"USA_79_2024": "USA", "ZAR_45_1990": "ZAR", "EU_79_2024": "", "USA_79": "", "USA_xx_2024": "",
		"USA_79_24": "", "report": "", "USAX_79_2024": "", "_79_2024": "",
	} {
		if got := debateCode(base); got != want {
			t.Errorf("debateCode(%q) = %q, want %q", base, got, want)
		}
	}
}
