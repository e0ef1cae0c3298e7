package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
)

// TokenPRF scores extracted text against gold text as bags of lower-cased
// word tokens (runs of letters and digits): precision, recall and F1. Two
// empty texts score 1.
func TokenPRF(pred, gold string) (p, r, f1 float64) {
	pt, gt := tokenBag(pred), tokenBag(gold)
	var np, ng, tp int
	for w, c := range pt {
		np += c
		tp += min(c, gt[w])
	}
	for _, c := range gt {
		ng += c
	}
	switch {
	case np == 0 && ng == 0:
		return 1, 1, 1
	case tp == 0:
		return 0, 0, 0
	}
	p, r = float64(tp)/float64(np), float64(tp)/float64(ng)
	return p, r, 2 * p * r / (p + r)
}

func tokenBag(s string) map[string]int {
	bag := make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		bag[w]++
	}
	return bag
}

// ExtractPage is one labelled page: its HTML and the gold main text.
type ExtractPage struct {
	ID   string `json:"id"`
	URL  string `json:"url"`
	HTML string `json:"html"`
	Text string `json:"text"`
}

// Extractor returns the main text of a page.
type Extractor func(ctx context.Context, page ExtractPage) (string, error)

// ExtractScore is the mean token precision, recall and F1 over a set of pages.
type ExtractScore struct {
	Pages     int           `json:"pages"`
	Failed    int           `json:"failed"` // pages the extractor returned an error for; they score 0
	Precision float64       `json:"precision"`
	Recall    float64       `json:"recall"`
	F1        float64       `json:"f1"`
	PerPage   time.Duration `json:"-"`
	MsPerPage float64       `json:"ms_per_page"`
}

// PageScore receives each page's scores; err is the extractor's error.
type PageScore func(page ExtractPage, p, r, f1 float64, err error)

// ScoreExtraction runs extract on every page of r, JSON lines with "html" and
// "text" fields, and returns the mean token scores. Pages with empty gold
// text are skipped, as are lines past limit when limit > 0. each, if not
// nil, is called with every page's scores.
func ScoreExtraction(ctx context.Context, r io.Reader, extract Extractor, limit int, each PageScore) (ExtractScore, error) {
	var s ExtractScore
	var elapsed time.Duration
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 256<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return s, err
		}
		var page ExtractPage
		if err := json.Unmarshal(sc.Bytes(), &page); err != nil {
			return s, fmt.Errorf("line %d: %w", line, err)
		}
		if strings.TrimSpace(page.Text) == "" {
			continue
		}
		start := time.Now()
		text, err := extract(ctx, page)
		elapsed += time.Since(start)
		s.Pages++
		var p, r, f float64
		if err != nil {
			s.Failed++
		} else {
			p, r, f = TokenPRF(text, page.Text)
			s.Precision += p
			s.Recall += r
			s.F1 += f
		}
		if each != nil {
			each(page, p, r, f, err)
		}
		if limit > 0 && s.Pages >= limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return s, fmt.Errorf("line %d: %w", line+1, err)
	}
	if s.Pages > 0 {
		n := float64(s.Pages)
		s.Precision /= n
		s.Recall /= n
		s.F1 /= n
		s.PerPage = elapsed / time.Duration(s.Pages)
		s.MsPerPage = float64(s.PerPage.Microseconds()) / 1000
	}
	return s, nil
}
