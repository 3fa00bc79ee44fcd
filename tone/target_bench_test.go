package tone

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkAnalyzeActors is BenchmarkAnalyze with speaker countries and
// targets: the cost of issue #8 on top of attribution and scoring.
func BenchmarkAnalyzeActors(b *testing.B) {
	for _, targets := range []bool{false, true} {
		name := "countries"
		if targets {
			name = "countries+targets"
		}
		b.Run(name, func(b *testing.B) {
			doc := benchDoc(b)
			a, err := NewAttributor()
			if err != nil {
				b.Fatal(err)
			}
			x := newTestActors(b)
			an := NewAnalyzer(a, x.scorer).WithActors(x, targets)
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				an.Analyze(doc)
			}
		})
	}
}

// BenchmarkTargetsLongClause reads statements without a full stop, made
// of actor names, at growing sizes: the time per byte should stay flat.
func BenchmarkTargetsLongClause(b *testing.B) {
	x := newTestActors(b)
	for _, n := range []int{1 << 10, 16 << 10, 256 << 10} {
		unit := "Russia and China with the US against NATO of the West its their "
		text := strings.Repeat(unit, n/len(unit)+1)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				x.Targets(text, "France")
			}
		})
	}
}

// BenchmarkNewGazetteer builds the embedded actor gazetteer, as every
// analyze run does at start.
func BenchmarkNewGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}
