package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FNV-1a, 64 bits.
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
	tokenSep   = ' '
)

// Fold appends the matching form of a token to dst: lower case, without
// diacritics, with curly apostrophes and dashes made ASCII. Keys are
// compared in this form.
func Fold(dst []byte, tok string) []byte {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(tok[i:])
		i += n
		dst = foldRune(dst, r)
	}
	return dst
}

func foldRune(dst []byte, r rune) []byte {
	switch r {
	case '’', '‘', 'ʼ', '`', '´', '′':
		return append(dst, '\'')
	case '–', '—', '‑', '‐', '−':
		return append(dst, '-')
	case 'ß':
		return append(dst, 's', 's')
	case 'ø', 'Ø':
		return append(dst, 'o')
	case 'ł', 'Ł':
		return append(dst, 'l')
	case 'đ', 'Đ':
		return append(dst, 'd')
	case 'æ', 'Æ':
		return append(dst, 'a', 'e')
	case 'œ', 'Œ':
		return append(dst, 'o', 'e')
	case 'ı':
		return append(dst, 'i')
	}
	r = unicode.ToLower(r)
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 && d[0] < utf8.RuneSelf {
		return append(dst, d[0]) // a letter with diacritics: keep the base letter
	}
	if unicode.Is(unicode.Mn, r) {
		return dst // a combining mark
	}
	return append(dst, buf[:n]...)
}

// hashBytes continues an FNV-1a hash over b.
func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= hashPrime
	}
	return h
}

// Hasher computes the key hash of a token sequence one token at a time,
// without allocating once its buffer has grown. The zero value is ready.
type Hasher struct {
	h   uint64
	n   int
	buf []byte
}

// Reset starts a new key.
func (k *Hasher) Reset() { k.h, k.n = hashOffset, 0 }

// Add appends a token to the key and returns the key's hash so far.
func (k *Hasher) Add(tok string) uint64 {
	if k.n == 0 {
		k.h = hashOffset
	} else {
		k.h = (k.h ^ tokenSep) * hashPrime
	}
	k.n++
	k.buf = Fold(k.buf[:0], tok)
	k.h = hashBytes(k.h, k.buf)
	return k.h
}
