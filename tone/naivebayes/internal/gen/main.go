// Command gen writes the compact Naive Bayes model that package naivebayes
// embeds. It reads the model through github.com/cdipaolo/sentiment, the
// source of truth, and keeps, for each word, the two classes'
// log-likelihoods exactly as the package's Predict computes them.
//
// Usage (from tone/naivebayes, as go generate runs it):
//
//	go run ./internal/gen -o model.bin
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/cdipaolo/sentiment"

	"github.com/demarche/demarche/tone/naivebayes"
)

func main() {
	out := flag.String("o", "model.bin", "output `file`")
	flag.Parse()
	if err := generate(*out); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func generate(path string) error {
	models, err := sentiment.Restore()
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	nb := models[sentiment.English]
	if nb == nil || len(nb.Probabilities) != 2 {
		return fmt.Errorf("restore: no two-class English model")
	}
	// The package's word map can only be read through its JSON form.
	raw, err := json.Marshal(&nb.Words)
	if err != nil {
		return err
	}
	var words map[string]struct{ Count []uint64 }
	if err := json.Unmarshal(raw, &words); err != nil {
		return err
	}
	logs := make(map[string][2]float64, len(words))
	for w, c := range words {
		if len(c.Count) != 2 {
			return fmt.Errorf("word %q has %d classes", w, len(c.Count))
		}
		if w == "" {
			continue // the tokenizer never looks up an empty word
		}
		// Predict adds log((Count[c]+1)/(Seen+DictCount)) for each class c.
		wd, _ := nb.Words.Get(w)
		denom := float64(wd.Seen + nb.DictCount)
		logs[w] = [2]float64{math.Log(float64(c.Count[0]+1) / denom), math.Log(float64(c.Count[1]+1) / denom)}
	}
	prior := [2]float64{math.Log(nb.Probabilities[0]), math.Log(nb.Probabilities[1])}
	data, err := naivebayes.Encode(prior, logs)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*.bin")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
