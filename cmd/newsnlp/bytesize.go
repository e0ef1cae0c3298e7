package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a flag value in bytes that takes a unit: 16777216, 16M,
// 16MiB, 16MB, 512K, 1G. The units are powers of 1024, as in --max-bytes's
// default of 16 MiB.
type byteSize int64

var byteUnits = []struct {
	suffix string
	shift  uint
}{
	{"kib", 10}, {"mib", 20}, {"gib", 30}, {"kb", 10}, {"mb", 20}, {"gb", 30}, {"k", 10}, {"m", 20}, {"g", 30}, {"b", 0},
}

func (b *byteSize) Set(s string) error {
	t := strings.ToLower(strings.TrimSpace(s))
	shift := uint(0)
	for _, u := range byteUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, shift = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n > (1<<62)>>shift {
		return fmt.Errorf("%q is not a size: a number of bytes, or with a unit such as 512K, 16M or 1G", s)
	}
	*b = byteSize(n << shift)
	return nil
}

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Type() string { return "size" }
