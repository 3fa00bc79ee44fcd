package batch

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Issue #5: inputs are any mix of files, directories and "-"; directories
// are walked in sorted order; loops and unreadable entries are reported.

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	writeFiles(t, ".", map[string]string{
		"arch/b.txt":            "b",
		"arch/a.md":             "a",
		"arch/sub/c.TEXT":       "c",
		"arch/sub/deeper/d.txt": "d",
		"arch/skip.csv":         "x",
		"arch/.hidden.txt":      "x",
		"arch/.git/e.txt":       "x",
		"arch/aa/z.txt":         "z",
		"notes.csv":             "n",
		"other/o.txt":           "o",
	})
	symlink(t, "..", "arch/sub/up")                // a loop back to arch
	symlink(t, "missing.txt", "arch/sub/gone.txt") // dangling, wanted name: reported
	symlink(t, "missing.png", "arch/sub/gone.png") // dangling, unwanted name: ignored
	symlink(t, "l2", "arch/sub/l1")                // a loop of links: reported
	symlink(t, "l1", "arch/sub/l2")
	symlink(t, "../../other", "arch/sub/linked") // a link to another directory: followed
	symlink(t, "b.txt", "arch/sub/zz-link.txt")  // a dangling relative link: reported

	type row struct {
		path string
		size int64
		err  string
	}
	want := []row{
		{"notes.csv", 1, ""}, // named explicitly: read whatever its extension
		{"arch/a.md", 1, ""},
		{"arch/aa/z.txt", 1, ""}, // "aa" sorts after "a.md", before "b.txt"
		{"arch/b.txt", 1, ""},
		{"arch/sub/c.TEXT", 1, ""},
		{"arch/sub/deeper/d.txt", 1, ""},
		{"arch/sub/gone.txt", -1, "stat arch/sub/gone.txt: no such file or directory"},
		{"arch/sub/l1", -1, "stat arch/sub/l1: too many levels of symbolic links"},
		{"arch/sub/l2", -1, "stat arch/sub/l2: too many levels of symbolic links"},
		{"arch/sub/linked/o.txt", 1, ""},
		{"arch/sub/up", -1, "arch/sub/up: symlink loop (leads back to arch), not followed"},
		{"arch/sub/zz-link.txt", -1, "stat arch/sub/zz-link.txt: no such file or directory"},
		{"-", -1, ""},
		{"missing.txt", -1, ""}, // opening it reports it, in its place
		{"-", -1, "-: standard input can only be read once"},
	}
	for _, sizes := range []bool{true, false} {
		got := Discover([]string{"notes.csv", "arch", "-", "missing.txt", "-"}, DefaultExts(), sizes)
		var rows []row
		for _, in := range got {
			r := row{path: in.Path, size: in.Size}
			if in.Err != nil {
				r.err = in.Err.Error()
			}
			rows = append(rows, r)
		}
		want := slices.Clone(want)
		if !sizes {
			// The files a walk found are not sized; a named file is.
			for i := range want {
				if strings.HasPrefix(want[i].path, "arch/") {
					want[i].size = -1
				}
			}
		}
		if !reflect.DeepEqual(rows, want) {
			t.Errorf("Discover, sizes %v:\n got %v\nwant %v", sizes, rows, want)
		}
	}

	// A named directory with nothing to read is reported.
	got := Discover([]string{"arch/sub/deeper", "other"}, []string{".xml", ".pdf"}, true)
	if len(got) != 2 || got[0].Err == nil || got[0].Err.Error() != "arch/sub/deeper: no .xml, .pdf files" || got[0].Path != "arch/sub/deeper" {
		t.Errorf("Discover of directories without wanted files = %+v", got)
	}

	// --ext changes what a walk takes, not what is named.
	got = Discover([]string{"arch", "notes.csv"}, []string{".csv"}, true)
	var paths []string
	for _, in := range got {
		if in.Err == nil {
			paths = append(paths, in.Path)
		}
	}
	if want := []string{"arch/skip.csv", "notes.csv"}; !reflect.DeepEqual(paths, want) {
		t.Errorf("Discover with .csv = %v, want %v", paths, want)
	}
}

func TestDiscoverUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every directory")
	}
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "a", "locked/b.txt": "b", "z.txt": "z"})
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	got := Discover([]string{root}, DefaultExts(), true)
	if len(got) != 3 || got[1].Err == nil || !errors.Is(got[1].Err, os.ErrPermission) || got[2].Path != filepath.Join(root, "z.txt") {
		t.Errorf("Discover = %+v, want a.txt, a permission error for locked, z.txt", got)
	}
}

func TestParseExts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  string
	}{
		{"txt", []string{".txt"}, ""},
		{" .MD, txt ,,text", []string{".md", ".txt", ".text"}, ""},
		{"", nil, "no extensions given"},
		{".", nil, `bad extension "."`},
		{"a/b", nil, `bad extension ".a/b"`},
	}
	for _, tt := range tests {
		got, err := ParseExts(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseExts(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseExts(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}
