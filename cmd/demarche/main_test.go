package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"demarche": func() { os.Exit(runMain(nil)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each runs the
// demarche binary and checks its stdout, stderr and files.
func TestScripts(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", root)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkfile":    cmdMkfile,
			"waitfile":  cmdWaitfile,
			"globcount": cmdGlobcount,
			"mkdocx":    cmdMkdocx,
		},
	})
}

// cmdMkfile writes a file from a Go-quoted string, for contents a txtar
// file cannot hold as they are (invalid UTF-8, NUL, CR):
// mkfile FILE "text\r\n\xff".
func cmdMkfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkfile FILE QUOTED")
	}
	data, err := strconv.Unquote(`"` + args[1] + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644))
}

// cmdMkdocx writes a Word document (.docx) whose paragraphs are those of
// a text file, separated by blank lines: mkdocx FILE.docx TEXTFILE. Only
// what a reader of the document's body needs is written.
func cmdMkdocx(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkdocx FILE.docx TEXTFILE")
	}
	var body strings.Builder
	for _, p := range strings.Split(ts.ReadFile(args[1]), "\n\n") {
		body.WriteString("<w:p><w:r><w:t xml:space=\"preserve\">")
		ts.Check(xml.EscapeText(&body, []byte(strings.TrimSpace(p))))
		body.WriteString("</w:t></w:r></w:p>")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	ts.Check(err)
	_, err = io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body.String()+`</w:body></w:document>`)
	ts.Check(err)
	ts.Check(zw.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), buf.Bytes(), 0o644))
}

// cmdWaitfile waits, up to 60 seconds, until a file matches the glob
// pattern: waitfile PATTERN.
func cmdWaitfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile PATTERN")
	}
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m, _ := filepath.Glob(ts.MkAbs(args[0])); len(m) > 0 {
			return
		}
	}
	ts.Fatalf("no file matches %s after 60s", args[0])
}

// cmdGlobcount checks how many files match a glob pattern:
// globcount N PATTERN.
func cmdGlobcount(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: globcount N PATTERN")
	}
	m, err := filepath.Glob(ts.MkAbs(args[1]))
	ts.Check(err)
	if strconv.Itoa(len(m)) != args[0] {
		ts.Fatalf("%d files match %s, want %s: %v", len(m), args[1], args[0], m)
	}
}

// TestExitCodes checks the exit code and message of each kind of failure.
func TestExitCodes(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr string // a line stderr must contain
	}{
		{"ok", []string{"score", "We welcome the agreement."}, "", 0, ""},
		{"empty statement", []string{"score", "  "}, "", 1, "demarche: empty statement: nothing to score"},
		{"empty stdin", []string{"score"}, "\n\n", 1, "demarche: empty statement: nothing to score"},
		{"empty --lines", []string{"score", "--lines"}, "\n \n", 1, "demarche: standard input has no statements"},
		{"--lines with argument", []string{"score", "--lines", "text"}, "", 2, "--lines reads standard input"},
		{"unknown format", []string{"score", "--format", "xml", "text"}, "", 2, `demarche: unknown format "xml"; want one of table, csv, json`},
		{"unknown flag", []string{"analyze", "--nope"}, "", 2, "demarche: unknown flag: --nope"},
		{"unknown command", []string{"scroe"}, "", 2, `demarche: unknown command "scroe"`},
		{"missing file", []string{"analyze", "no-such-file.txt"}, "", 1, "demarche: open no-such-file.txt: no such file or directory"},
		{"directory without texts", []string{"analyze", "--ext", "xml", "testdata"}, "", 1, "demarche: testdata: no .xml files"},
		{"bad --ext", []string{"analyze", "--ext", ",", "x.txt"}, "", 2, "demarche: --ext: no extensions given"},
		{"--jobs 0", []string{"analyze", "--jobs", "0", "x.txt"}, "", 2, "demarche: --jobs must be at least 1, got 0"},
		{"--by", []string{"analyze", "--by", "day", "x.txt"}, "", 2, `demarche: unknown --by "day"; want speaker, file or country`},
		{"--targets --statements", []string{"analyze", "--targets", "--statements", "x.txt"}, "", 2, "--targets gives speaker × target rows"},
		{"--targets --by file", []string{"analyze", "--targets", "--by", "file", "x.txt"}, "", 2, "--targets goes with --by speaker or --by country"},
		{"--by country --statements", []string{"analyze", "--by", "country", "--statements", "x.txt"}, "", 2, "--by country groups speaker rows"},
		{"actors check no file", []string{"actors", "check"}, "", 2, "demarche: actors check needs at least one FILE"},
		{"actors argument", []string{"actors", "x"}, "", 2, `demarche: demarche actors takes no arguments, got "x"`},
		{"--by file --statements", []string{"analyze", "--by", "file", "--statements", "x.txt"}, "", 2, "--by file groups speaker rows"},
		{"--min-statements --statements", []string{"analyze", "--min-statements", "2", "--statements", "x.txt"}, "", 2, "--min-statements drops speaker rows"},
		{"--excel json", []string{"analyze", "--excel", "-o", "x.json", "x.txt"}, "", 2, "demarche: --excel is for CSV output, not json"},
		{"-o unknown extension keeps --format", []string{"analyze", "--format", "xml", "-o", "x.csv", "x.txt"}, "", 2, `unknown format "xml"`},
		{"-o in a missing directory", []string{"analyze", "-o", "no-such-dir/x.csv", "x.txt"}, "", 1, "demarche: output no-such-dir/x.csv: no such file or directory"},
		{"bad lexicon", []string{"score", "--lexicon", "testdata/bad-lexicon.csv", "text"}, "", 1, `demarche: testdata/bad-lexicon.csv:3: tone "strong" is not a number`},
		{"missing lexicon", []string{"lexicon", "check", "nope.csv"}, "", 1, "demarche: lexicon: open nope.csv: no such file or directory"},
		{"lexicon check without file", []string{"lexicon", "check"}, "", 2, "demarche: lexicon check needs at least one FILE"},
		{"lexicon with argument", []string{"lexicon", "x"}, "", 2, `demarche: demarche lexicon takes no arguments, got "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &out, &errOut)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.code, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errOut.String(), tt.stderr)
			}
			if tt.code == exitUsage && out.Len() > 0 {
				t.Errorf("usage error wrote to stdout: %q", out.String())
			}
		})
	}
}

// TestGolden compares the output for the sample report with the golden
// files in testdata/golden; run with -update to rewrite them after a
// deliberate change.
func TestGolden(t *testing.T) {
	sample := filepath.Join("..", "..", "testdata", "sample", "leaders-call.txt")
	tests := []struct {
		golden string
		args   []string
	}{
		{"sample-speakers.csv", []string{"analyze", "--format", "csv", sample}},
		{"sample-speakers.txt", []string{"analyze", sample}},
		{"sample-statements.csv", []string{"analyze", "--statements", "--narration", "--format", "csv", sample}},
		{"sample-statements.jsonl", []string{"analyze", "--statements", "--format", "jsonl", sample}},
		{"score.json", []string{"score", "--format", "json", "We firmly oppose this provocation and will take resolute countermeasures."}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(context.Background(), tt.args, strings.NewReader(""), &out, &errOut); code != 0 {
				t.Fatalf("exit code %d: %s", code, errOut.String())
			}
			path := filepath.Join("testdata", "golden", tt.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("output differs from %s (run go test ./cmd/demarche -run TestGolden -update after a deliberate change)\ngot:\n%s", path, out.String())
			}
		})
	}
}
