package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"sync"

	"github.com/newsnlp/newsnlp/gazetteer"
)

// embedded is the trained model shipped in the binary; see MODEL.md.
//
//go:embed model.bin
var embedded []byte

// Model labels tokens with BIO entity tags over PER, ORG, LOC and MISC. It
// is read-only after loading and safe for concurrent use.
//
// The model is an open-addressing hash table of feature weights, read in
// place from its serialised bytes: loading it decodes nothing. Each slot is
// 32 bytes, half a cache line, so a feature costs one memory access.
//
// Format, little-endian:
//
//	header:  "NER4", u32 slots (a power of 2), u32 features, u32 lexicon bytes
//	table:   slots × {u32 feature fingerprint (0 = empty), f32 scale, 17 × i8 weight, 7 bytes padding};
//	         a label's weight is scale × i8, labels in the order O, then B, I, L, U of PER, ORG, LOC, MISC
//	lexicon: word clusters and capitalisation statistics (see lexicon.go)
type Model struct {
	data  []byte
	table []byte
	mask  uint64
	n     int
	gz    *gazetteer.Gazetteer
	lex   *lexicon
	pool  sync.Pool // *extractor
}

const (
	modelMagic  = "NER4"
	modelHeader = 16
	slotBytes   = 32
)

// Default returns the model embedded in the binary, loaded once per process.
var Default = sync.OnceValues(func() (*Model, error) {
	m, err := Load(embedded)
	if err != nil {
		return nil, fmt.Errorf("embedded NER model: %w", err)
	}
	return m, nil
})

// Load returns the model serialised in b, which it keeps and reads in place:
// b must not change afterwards.
func Load(b []byte) (*Model, error) {
	if len(b) < modelHeader || string(b[:4]) != modelMagic {
		return nil, errors.New("not a newsnlp NER model")
	}
	slots := int(binary.LittleEndian.Uint32(b[4:]))
	n := int(binary.LittleEndian.Uint32(b[8:]))
	nlex := int(binary.LittleEndian.Uint32(b[12:]))
	end := modelHeader + slots*slotBytes
	if slots == 0 || slots&(slots-1) != 0 || n > slots || len(b) != end+nlex {
		return nil, errors.New("NER model: bad sizes (truncated or corrupt file)")
	}
	lex, err := openLexicon(b[end:])
	if err != nil {
		return nil, fmt.Errorf("NER model: %w", err)
	}
	return &Model{
		data:  b,
		table: b[modelHeader:end],
		mask:  uint64(slots - 1),
		n:     n,
		gz:    gazetteer.Default(),
		lex:   lex,
	}, nil
}

// buildModel lays out weight rows as a Model, quantising each row to i8
// with its own scale.
func buildModel(gz *gazetteer.Gazetteer, rows map[uint64][numLabels]float32, lex []byte) *Model {
	slots := 1 << bits.Len(uint(len(rows)*100/78)) // a load factor of at most 0.78
	b := make([]byte, modelHeader+slots*slotBytes+len(lex))
	copy(b, modelMagic)
	binary.LittleEndian.PutUint32(b[4:], uint32(slots))
	binary.LittleEndian.PutUint32(b[8:], uint32(len(rows)))
	binary.LittleEndian.PutUint32(b[12:], uint32(len(lex)))
	copy(b[modelHeader+slots*slotBytes:], lex)
	table := b[modelHeader : modelHeader+slots*slotBytes]
	mask := uint64(slots - 1)
	fs := make([]uint64, 0, len(rows))
	for f := range rows {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] }) // a deterministic layout
	for _, f := range fs {
		i := f & mask
		for binary.LittleEndian.Uint32(table[i*slotBytes:]) != 0 {
			i = (i + 1) & mask
		}
		slot := table[i*slotBytes : (i+1)*slotBytes]
		binary.LittleEndian.PutUint32(slot, fingerprint(f))
		w := rows[f]
		maxAbs := float32(0)
		for _, v := range w {
			maxAbs = max(maxAbs, v, -v)
		}
		scale := maxAbs / 127
		if scale == 0 {
			scale = 1
		}
		binary.LittleEndian.PutUint32(slot[4:], math.Float32bits(scale))
		for y, v := range w {
			slot[8+y] = byte(int8(math.Round(float64(v / scale))))
		}
	}
	m, err := Load(b)
	if err != nil {
		panic(err) // buildModel's own layout
	}
	m.gz = gz
	return m
}

func fingerprint(f uint64) uint32 {
	fp := uint32(f >> 32)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.n }

// Size returns the model's size in bytes.
func (m *Model) Size() int { return len(m.data) }

// WriteTo writes the model in the format Load reads.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.data)
	return int64(n), err
}

// score adds the weights of feats to s.
func (m *Model) score(feats []uint64, s *[numLabels]float32) {
	for _, f := range feats {
		fp := fingerprint(f)
		for i := f & m.mask; ; i = (i + 1) & m.mask {
			slot := m.table[i*slotBytes : i*slotBytes+slotBytes]
			k := binary.LittleEndian.Uint32(slot)
			if k == fp {
				scale := math.Float32frombits(binary.LittleEndian.Uint32(slot[4:]))
				w := slot[8 : 8+numLabels]
				for y := range s {
					s[y] += scale * float32(int8(w[y]))
				}
				break
			}
			if k == 0 {
				break
			}
		}
	}
}

func (m *Model) extractor() *extractor {
	if x, ok := m.pool.Get().(*extractor); ok {
		return x
	}
	return newExtractor(m.gz, m.lex)
}

// Tag returns a BIO label ("B-PER", "I-ORG", "O", ...) for every token of a
// document, given as its sentences' token texts. The labels are always
// valid BIO: an I-X label only follows B-X or I-X.
func (m *Model) Tag(doc [][]string) [][]string {
	flat := m.AppendTags(nil, doc)
	out := make([][]string, len(doc))
	for i, s := range doc {
		out[i], flat = flat[:len(s):len(s)], flat[len(s):]
	}
	return out
}

// AppendTags appends the BIO labels of every token of doc, sentence after
// sentence, to dst and returns it. The label strings are shared constants,
// so with a large enough dst tagging allocates nothing per token.
func (m *Model) AppendTags(dst []string, doc [][]string) []string {
	var buf [256]Label
	labels := m.AppendLabels(buf[:0], doc)
	for _, l := range labels {
		dst = append(dst, l.String())
	}
	return dst
}
