package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche/demarche/tone/dateline"
)

// TestDeterministic checks that a seed gives the same bytes and another
// seed different ones (issue #5: the benchmark corpus is reproducible).
func TestDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	if _, err := WriteFile(&a, 7, 200_000); err != nil {
		t.Fatal(err)
	}
	WriteFile(&b, 7, 200_000)
	WriteFile(&c, 8, 200_000)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same seed gave different corpora")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("different seeds gave the same corpus")
	}
	if a.Len() < 200_000 || a.Len() > 300_000 {
		t.Errorf("asked for 200000 bytes, got %d", a.Len())
	}
}

// TestDocuments checks the documents look like what demarche reads: dated
// headings, all three kinds, no unfilled slot.
func TestDocuments(t *testing.T) {
	g := New(1)
	kinds := map[string]int{}
	for range 60 {
		d := g.Next()
		kind := strings.Split(d.Name, "-")[3]
		kinds[kind]++
		if strings.ContainsAny(d.Text, "{}") {
			t.Errorf("%s has an unfilled slot", d.Name)
		}
		got, ok := dateline.FromHeading(d.Text)
		if !ok || got.String() != d.Date.Format("2006-01-02") || !strings.HasPrefix(d.Name, got.String()) {
			t.Errorf("%s: heading date %v %v, want %s", d.Name, got, ok, d.Date.Format("2006-01-02"))
		}
		if len(d.Text) < 500 || len(d.Text) > 60_000 {
			t.Errorf("%s is %d bytes", d.Name, len(d.Text))
		}
	}
	if kinds["briefing"] == 0 || kinds["report"] == 0 || kinds["council"] == 0 {
		t.Errorf("kinds = %v, want all three", kinds)
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	n, err := WriteDir(dir, 3, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			fi, _ := e.Info()
			total += fi.Size()
		}
		return err
	})
	if total != n || n < 100_000 {
		t.Errorf("WriteDir says %d bytes, the files hold %d", n, total)
	}
}
