package naivebayes

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
)

// Encode writes a model in the compact format that Parse reads: prior
// holds log P(class) for the negative and positive class, and logs maps
// each lower-case word to log P(word|class) for the two classes. The
// output is the same for the same input.
func Encode(prior [2]float64, logs map[string][2]float64) ([]byte, error) {
	words := make([]string, 0, len(logs))
	for w := range logs {
		if w == "" {
			return nil, fmt.Errorf("encode: empty word")
		}
		words = append(words, w)
	}
	sort.Strings(words)
	nslots := uint32(1)
	for nslots < uint32(len(words))*2 {
		nslots <<= 1
	}
	le := binary.LittleEndian
	out := make([]byte, 0, headerSize+4*int(nslots)+20*len(words)+4)
	out = append(out, magic...)
	out = le.AppendUint64(out, math.Float64bits(prior[0]))
	out = le.AppendUint64(out, math.Float64bits(prior[1]))
	out = le.AppendUint32(out, nslots)
	out = le.AppendUint32(out, uint32(len(words)))

	slots := make([]uint32, nslots)
	for i, w := range words {
		s := fnv1a([]byte(w)) & (nslots - 1)
		for slots[s] != 0 {
			s = (s + 1) & (nslots - 1)
		}
		slots[s] = uint32(i) + 1
	}
	for _, s := range slots {
		out = le.AppendUint32(out, s)
	}
	off := uint32(0)
	for _, w := range words {
		out = le.AppendUint32(out, off)
		off += uint32(len(w))
	}
	out = le.AppendUint32(out, off)
	for _, w := range words {
		out = le.AppendUint64(out, math.Float64bits(logs[w][0]))
		out = le.AppendUint64(out, math.Float64bits(logs[w][1]))
	}
	for _, w := range words {
		out = append(out, w...)
	}
	return out, nil
}
