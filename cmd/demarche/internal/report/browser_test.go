package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The browser test renders a report the way a reader opens it: a file in
// headless Chromium, with the network cut off. .ci/run installs Debian's
// chromium package; on a developer's machine without Chromium the test is
// skipped, in CI (CI=true) it fails.

// The screenshot's size: the window Chromium is given.
const shotWidth, shotHeight = 1200, 1600

// findChromium returns the Chromium binary, or skips the test (fails it
// under CI) when there is none.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
		t.Fatal("chromium is not installed, and CI is set: .ci/run must install Debian's chromium package")
	}
	t.Skip("chromium is not installed: the browser test needs it (Debian: apt-get install chromium)")
	return ""
}

// chromiumRun is what one headless Chromium run left behind.
type chromiumRun struct {
	shot   image.Image
	netLog []byte
}

// openInChromium opens the HTML file page in headless Chromium, takes a
// screenshot and records the network log. The network is cut off: every
// host name resolves to nothing (--host-resolver-rules), so a request the
// page made still appears in the log, as a failed one, but never leaves
// the machine. The profile is new and private to the run.
func openInChromium(t *testing.T, chromium, page string) chromiumRun {
	t.Helper()
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	netLog := filepath.Join(dir, "netlog.json")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium,
		"--headless", "--no-sandbox", "--disable-gpu",
		"--screenshot="+shot, fmt.Sprintf("--window-size=%d,%d", shotWidth, shotHeight),
		"--force-device-scale-factor=1", "--hide-scrollbars",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-quic",
		// Containers often have a small /dev/shm; Chromium then crashes.
		"--disable-dev-shm-usage",
		"--user-data-dir="+filepath.Join(dir, "profile"),
		"--host-resolver-rules=MAP * ~NOTFOUND",
		"--log-net-log="+netLog,
		(&url.URL{Scheme: "file", Path: page}).String(),
	)
	// Keep Chromium's caches and settings out of the user's home.
	cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_CACHE_HOME="+dir)
	cmd.WaitDelay = 10 * time.Second
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, output.String())
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v\n%s", err, output.String())
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	log, err := os.ReadFile(netLog)
	if err != nil {
		t.Fatalf("chromium wrote no network log: %v\n%s", err, output.String())
	}
	return chromiumRun{shot: img, netLog: log}
}

// pageRequests returns the URLs of the requests a page made, read from a
// Chromium network log (--log-net-log). Chromium fetches things of its
// own even with background networking off (component updates, the
// network time, account checks); those carry no initiating origin
// ("initiator": "not an origin"). A document's requests carry its
// origin, which for a file:// page is "null", and a network isolation
// key naming file://; any request with an origin is counted.
func pageRequests(netLog []byte) ([]string, error) {
	var log struct {
		Constants struct {
			EventTypes map[string]int `json:"logEventTypes"`
		} `json:"constants"`
		Events []struct {
			Type   int `json:"type"`
			Params struct {
				URL        string `json:"url"`
				Initiator  string `json:"initiator"`
				Isolation  string `json:"network_isolation_key"`
				SiteCookie string `json:"site_for_cookies"`
			} `json:"params"`
		} `json:"events"`
	}
	if err := json.Unmarshal(netLog, &log); err != nil {
		return nil, fmt.Errorf("read the network log: %w", err)
	}
	start, ok := log.Constants.EventTypes["URL_REQUEST_START_JOB"]
	if !ok {
		return nil, fmt.Errorf("the network log names no URL_REQUEST_START_JOB event")
	}
	var urls []string
	for _, e := range log.Events {
		p := e.Params
		if e.Type != start {
			continue
		}
		fromPage := (p.Initiator != "" && p.Initiator != "not an origin") ||
			strings.Contains(p.Isolation, "file://") || strings.Contains(p.SiteCookie, "file://")
		if fromPage && !strings.HasPrefix(p.URL, "file:") {
			urls = append(urls, p.URL)
		}
	}
	return urls, nil
}

func TestBrowser(t *testing.T) {
	chromium := findChromium(t)

	// The check for requests must be able to fail: a page that fetches an
	// image and a style sheet shows both in the log.
	t.Run("control", func(t *testing.T) {
		page := filepath.Join(t.TempDir(), "fetches.html")
		const src = `<!DOCTYPE html><title>fetches</title><p>fetches two resources</p>` +
			`<img src="http://probe.invalid/pixel.png"><link rel="stylesheet" href="https://probe.invalid/style.css">`
		if err := os.WriteFile(page, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		run := openInChromium(t, chromium, page)
		got, err := pageRequests(run.netLog)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"http://probe.invalid/pixel.png", "https://probe.invalid/style.css"} {
			if !slices.Contains(got, want) {
				t.Errorf("the network log check missed the page's request for %s; it found %q", want, got)
			}
		}
	})

	t.Run("report", func(t *testing.T) {
		page := filepath.Join(t.TempDir(), "report.html")
		var buf bytes.Buffer
		if err := Write(&buf, fixture()); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		run := openInChromium(t, chromium, page)

		if b := run.shot.Bounds(); b.Dx() != shotWidth || b.Dy() != shotHeight {
			t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), shotWidth, shotHeight)
		}
		colours := make(map[color.RGBA]int)
		b := run.shot.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				colours[color.RGBAModel.Convert(run.shot.At(x, y)).(color.RGBA)]++
			}
		}
		if len(colours) < 2 {
			t.Fatalf("the screenshot is blank: every pixel is %v", run.shot.At(0, 0))
		}
		// The tone chart's hostile band is drawn only by the inline SVG:
		// finding its colour shows the chart rendered.
		band := tint(labelColors[0], 0.10)
		if n := colours[band]; n < 1000 {
			t.Errorf("%d pixels of the tone chart's hostile band %v, want at least 1000: did the SVG render?", n, band)
		}

		reqs, err := pageRequests(run.netLog)
		if err != nil {
			t.Fatal(err)
		}
		if len(reqs) > 0 {
			t.Errorf("the report made network requests: %q", reqs)
		}
	})
}
