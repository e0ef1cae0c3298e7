// Package linemodel scores a line of text a scraper flattened from a web
// page: how much its wording reads like page furniture (site notices,
// author notes, sign-up pitches, other stories' headlines) rather than an
// article's text. It is a logistic regression over hashed words, word pairs
// and a few marks of shape, trained on the boilerplate corpora by
// ./train (see MODEL.md).
package linemodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Bits is the size of the hashed feature space: 1<<Bits weights.
const Bits = 15

const magic = "NLPLINE1"

//go:embed linemodel.bin
var weights []byte

// Model is a trained line scorer. It is read-only and safe for concurrent use.
type Model struct {
	bias  float32
	scale float32
	w     []int8
}

// Default returns the model embedded in the binary, decoded once per process.
var Default = sync.OnceValues(func() (*Model, error) { return Decode(weights) })

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	n := 1 << Bits
	if len(data) != len(magic)+8+n || string(data[:len(magic)]) != magic {
		return nil, errors.New("linemodel: not a line model of this version")
	}
	p := data[len(magic):]
	m := &Model{
		bias:  math.Float32frombits(binary.LittleEndian.Uint32(p)),
		scale: math.Float32frombits(binary.LittleEndian.Uint32(p[4:])),
		w:     make([]int8, n),
	}
	for i, b := range p[8:] {
		m.w[i] = int8(b)
	}
	return m, nil
}

// Encode writes weights (1<<Bits of them) and a bias, quantised to 8 bits.
func Encode(w []float64, bias float64) ([]byte, error) {
	if len(w) != 1<<Bits {
		return nil, fmt.Errorf("linemodel: %d weights; want %d", len(w), 1<<Bits)
	}
	most := 0.0
	for _, x := range w {
		most = math.Max(most, math.Abs(x))
	}
	scale := most / 127
	if scale == 0 {
		scale = 1
	}
	out := make([]byte, 0, len(magic)+8+len(w))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(bias)))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(scale)))
	for _, x := range w {
		q := math.Round(x / scale)
		out = append(out, byte(int8(math.Max(-127, math.Min(127, q)))))
	}
	return out, nil
}

// Score returns the probability that line is page furniture.
func (m *Model) Score(line string) float64 {
	z := float64(m.bias)
	Features(line, func(h uint32) { z += float64(m.scale) * float64(m.w[h]) })
	return 1 / (1 + math.Exp(-z))
}

// Features calls fn with the hashed features of a line: its lower-cased
// words (digits folded to 0), pairs of neighbouring words, and marks of its
// length, case and final punctuation. A feature may repeat.
func Features(line string, fn func(uint32)) {
	var buf [64]byte
	prev := uint32(0)
	words, caps := 0, 0
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j, w := i, buf[:0]
		first := r
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if !isWordRune(r) {
				break
			}
			r = unicode.ToLower(r)
			if unicode.IsDigit(r) {
				r = '0'
			}
			if len(w)+utf8.UTFMax <= cap(buf) {
				w = utf8.AppendRune(w, r)
			}
			j += n
		}
		words++
		if unicode.IsUpper(first) {
			caps++
		}
		h := hash(1, w)
		fn(h & mask)
		if prev != 0 {
			fn((h*31 ^ prev*0x9e3779b1) & mask)
		}
		prev = h
		i = j
	}
	mark := func(s string) { fn(hash(2, []byte(s)) & mask) }
	switch {
	case words <= 3:
		mark("len:short")
	case words <= 8:
		mark("len:mid")
	case words <= 20:
		mark("len:long")
	default:
		mark("len:prose")
	}
	if words > 0 && caps*10 >= words*6 {
		mark("case:title")
	}
	if last, _ := utf8.DecodeLastRuneInString(trimRightQuotes(line)); last == '.' || last == '!' || last == '?' {
		mark("end:final")
	}
	mark("bias")
}

const mask = 1<<Bits - 1

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func trimRightQuotes(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) && r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// hash is FNV-1a over a seed byte and b.
func hash(seed byte, b []byte) uint32 {
	h := uint32(2166136261)
	h ^= uint32(seed)
	h *= 16777619
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}
