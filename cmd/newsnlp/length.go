package main

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/newsnlp/newsnlp/summarize"
)

// lengthFlags set a summary's length: -n/--sentences everywhere a summary
// is made, and --words and --ratio where a story is summarized alone.
type lengthFlags struct {
	summarize.Options
	fs *pflag.FlagSet // to tell a value given from a default
}

// register declares -n on fs; budgets adds --words and --ratio.
func (l *lengthFlags) register(fs *pflag.FlagSet, help string, budgets bool) {
	l.fs = fs
	fs.IntVarP(&l.Sentences, "sentences", "n", summarize.DefaultSentences, help)
	if budgets {
		fs.IntVar(&l.Words, "words", 0, "a word budget instead of a sentence count")
		fs.Float64Var(&l.Ratio, "ratio", 0, "a share of the story's sentences (0-1) instead of a count")
	}
}

// check validates the values given: at most one of the three, each in range.
func (l lengthFlags) check() error {
	if l.fs != nil {
		var given []string
		for _, name := range []string{"sentences", "words", "ratio"} {
			if l.given(name) {
				given = append(given, "--"+name)
			}
		}
		if len(given) > 1 {
			return usageError("%s: give one summary length, not several", strings.Join(given, ", "))
		}
	}
	// --words and --ratio are 0 when not given; given, 0 is as wrong as -1.
	o := l.Options
	switch {
	case o.Sentences <= 0:
		return usageError("--sentences must be positive")
	case o.Words < 0 || o.Words == 0 && l.given("words"):
		return usageError("--words must be positive")
	case o.Ratio < 0 || o.Ratio > 1 || o.Ratio == 0 && l.given("ratio"):
		return usageError("--ratio must be more than 0 and at most 1")
	}
	return nil
}

func (l lengthFlags) given(name string) bool {
	if l.fs == nil {
		return false
	}
	fl := l.fs.Lookup(name)
	return fl != nil && fl.Changed
}
