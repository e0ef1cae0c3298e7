package extract

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file compiles the furniture vocabulary of var.go (cueDefs) into
// expressions with cheap filters in front of them.

// cueKind says what a furniture cue does to its line and to what follows.
type cueKind uint8

const (
	cueNone   cueKind = iota
	cueWeak           // furniture only next to other furniture ("Email", "Print", "News")
	cueStrong         // furniture wherever it is
	cueHeader         // furniture that opens a block of more furniture ("You may also like")
)

// cueDef is one family of furniture lines: a regular expression matched
// against the whole normalised line (see normalise).
type cueDef struct {
	reason  string
	kind    cueKind
	pattern string
	// needs lists words, one of which must be in a line for the pattern to
	// match; it spares the expression of patterns that can match anywhere.
	needs string
}

// cueSet is the compiled furniture vocabulary.
type cueSet struct {
	cues []compiledCue
}

// compiledCue is one cueDef, compiled, with what is known of its matches
// before running it: the bytes a match can start with and its longest
// length, so that most lines skip most expressions.
type compiledCue struct {
	reason   string
	kind     cueKind
	re       func() *regexp.Regexp // compiled on first use: most lines never reach most cues
	needs    []string
	first    [256]bool       // bytes a match can start with
	pairs    map[string]bool // the first two bytes a match can start with; nil when not known
	maxRunes int             // longest match in runes; -1 for no bound
}

// cues compiles cueDefs, the whole-line vocabulary, once per process.
var cues = sync.OnceValue(func() *cueSet { return compileCues(cueDefs, true) })

// openerCues compiles openerDefs, the phrases furniture opens with, once per
// process.
var openerCues = sync.OnceValue(func() *cueSet { return compileCues(openerDefs, false) })

// creditCues compiles creditDefs once per process.
var creditCues = sync.OnceValue(func() *cueSet { return compileCues(creditDefs, false) })

func compileCues(defs []cueDef, whole bool) *cueSet {
	cs := &cueSet{cues: make([]compiledCue, len(defs))}
	for i, d := range defs {
		cs.cues[i] = compileCue(d, whole)
	}
	return cs
}

// compileCue compiles one cueDef: the expression, anchored at the start and,
// when whole, at the end, is parsed once to learn what its matches can
// start with and how long they can be, and compiled to run on first use.
func compileCue(d cueDef, whole bool) compiledCue {
	expr := `^(?:` + d.pattern + `)`
	if whole {
		expr += `$`
	}
	// The expression runs with its bounded repeats opened up, as .{0,200}
	// would compile to 200 copies of itself; the length filter keeps the
	// bounds' intent.
	open := openRepeats(expr)
	c := compiledCue{reason: d.reason, kind: d.kind, needs: strings.Fields(d.needs),
		re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(open) })}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("extract: cue %q: %v", d.pattern, err)) // a bug in cueDefs; TestCues compiles them all
	}
	firstBytes(tree, &c.first)
	c.maxRunes = -1 // a prefix may be followed by anything
	if whole {
		c.maxRunes = maxRunes(tree)
	}
	c.pairs = firstPairs(tree)
	return c
}

// firstPairs returns the first two bytes every match of re starts with, or
// nil when they are not known.
func firstPairs(re *syntax.Regexp) map[string]bool {
	prefixes, _ := literalPrefixes(re)
	if prefixes == nil {
		return nil
	}
	pairs := make(map[string]bool)
	for _, p := range prefixes {
		if len(p) < 2 {
			return nil // too short to tell lines apart
		}
		pairs[p[:2]] = true
	}
	return pairs
}

// match returns the strongest cue that matches the normalised line. Headers
// and strong cues win over weak ones; among equals the first listed wins.
func (cs *cueSet) match(norm string) (string, cueKind) {
	if norm == "" {
		return "", cueNone
	}
	runes := -1 // counted when a cue's length bound first needs it
	best, bestKind := "", cueNone
	for i := range cs.cues {
		c := &cs.cues[i]
		if c.kind <= bestKind || !c.first[norm[0]] {
			continue
		}
		if c.maxRunes >= 0 && len(norm) > c.maxRunes {
			if runes < 0 {
				runes = utf8.RuneCountInString(norm)
			}
			if runes > c.maxRunes {
				continue
			}
		}
		if c.pairs != nil && (len(norm) < 2 || !c.pairs[norm[:2]]) {
			continue
		}
		if len(c.needs) > 0 && !containsAny(norm, c.needs) {
			continue
		}
		if c.re().MatchString(norm) {
			best, bestKind = c.reason, c.kind
		}
	}
	return best, bestKind
}

// openRepeats turns every .{m,n} of a pattern into .{m,}.
func openRepeats(pattern string) string {
	var b strings.Builder
	for {
		i := strings.Index(pattern, ".{")
		if i < 0 {
			break
		}
		j := strings.IndexByte(pattern[i:], '}')
		if j < 0 {
			break
		}
		lo, hi, ok := strings.Cut(pattern[i+2:i+j], ",")
		if !ok || !isDigits(lo) || !isDigits(hi) || i > 0 && pattern[i-1] == '\\' {
			b.WriteString(pattern[:i+2])
			pattern = pattern[i+2:]
			continue
		}
		b.WriteString(pattern[:i] + ".{" + lo + ",}")
		pattern = pattern[i+j+1:]
	}
	b.WriteString(pattern)
	return b.String()
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// firstBytes marks the bytes a match of re can start with, and reports
// whether re can match the empty string.
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		markRune(re.Rune[0], re.Flags&syntax.FoldCase != 0, set)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if hi >= utf8.RuneSelf {
				for b := 0xC0; b < 0x100; b++ {
					set[b] = true
				}
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for b := range set {
			set[b] = true
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set)
		return true
	case syntax.OpRepeat:
		n := firstBytes(re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if firstBytes(sub, set) {
				nullable = true
			}
		}
		return nullable
	}
	for b := range set { // anything else: assume any byte
		set[b] = true
	}
	return true
}

func markRune(r rune, fold bool, set *[256]bool) {
	var buf [utf8.UTFMax]byte
	mark := func(r rune) {
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	mark(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			mark(f)
		}
	}
}

// maxPrefixes bounds the literal prefixes literalPrefixes lists.
const maxPrefixes = 256

// literalPrefixes returns strings one of which every match of re starts
// with, or nil when it cannot tell. complete reports whether the strings are
// whole matches, so that what follows re can extend them.
func literalPrefixes(re *syntax.Regexp) (prefixes []string, complete bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 10 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return literalPrefixes(re.Sub[0])
	case syntax.OpPlus:
		p, _ := literalPrefixes(re.Sub[0])
		return p, false
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil, false
		}
		p, _ := literalPrefixes(re.Sub[0])
		return p, false
	case syntax.OpAlternate:
		var out []string
		complete := true
		for _, sub := range re.Sub {
			p, c := literalPrefixes(sub)
			if p == nil {
				return nil, false
			}
			out = append(out, p...)
			complete = complete && c
		}
		if len(out) > maxPrefixes {
			return nil, false
		}
		return out, complete
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			var p []string
			c := false
			switch {
			case sub.Op == syntax.OpQuest:
				// x? is x or nothing: both go on when x's strings are whole.
				if p, c = literalPrefixes(sub.Sub[0]); p != nil && c {
					p = append(p, "")
				} else {
					p = nil
				}
			case sub.Op == syntax.OpStar || sub.Op == syntax.OpRepeat && sub.Min == 0:
			default:
				p, c = literalPrefixes(sub)
			}
			if p == nil || len(acc)*len(p) > maxPrefixes {
				return acc, false // what came before is all that is known
			}
			next := make([]string, 0, len(acc)*len(p))
			for _, a := range acc {
				for _, b := range p {
					next = append(next, a+b)
				}
			}
			acc = next
			if !c {
				return acc, false
			}
		}
		return acc, true
	}
	return nil, false
}

// maxRunes returns the most runes a match of re can hold, or -1 when there
// is no bound.
func maxRunes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture:
		return maxRunes(re.Sub[0])
	case syntax.OpQuest:
		return maxRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpRepeat:
		m := maxRunes(re.Sub[0])
		if m < 0 || re.Max < 0 {
			return -1
		}
		return m * re.Max
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			m := maxRunes(sub)
			if m < 0 {
				return -1
			}
			total += m
		}
		return total
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			m := maxRunes(sub)
			if m < 0 {
				return -1
			}
			most = max(most, m)
		}
		return most
	}
	return 0 // empty-width assertions
}
