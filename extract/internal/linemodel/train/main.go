// Command train fits the line model of package linemodel on the boilerplate
// corpora in ../shared/data/boilerplate: each page is flattened to lines the
// way a scraper does (a line per block element), and a line of five words
// or more is labelled article text when its words run in the page's gold
// text, furniture when none of its five-word runs do. It trains on dragnet,
// cleaneval and readability-tests, reports scores on the news sets
// (l3s-gn1-google-news, cleanportaleval) and on BBC story paragraphs, and
// writes the weights.
//
//	go run ./extract/internal/linemodel/train -shared ../shared -out extract/internal/linemodel/linemodel.bin
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/extract/internal/linemodel"
	"golang.org/x/net/html"
)

type example struct {
	feats []uint32
	furn  bool
	text  string
}

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	out := flag.String("out", "", "write the weights here")
	epochs := flag.Int("epochs", 4, "passes over the training lines")
	l2 := flag.Float64("l2", 1e-5, "L2 penalty per example")
	bbcTrain := flag.Bool("bbc", true, "train on two BBC stories in three as article text")
	flag.Parse()
	dir := filepath.Join(*shared, "data", "boilerplate")
	var train, dev []example
	for _, f := range []string{"dragnet.jsonl.gz", "cleaneval.jsonl.gz", "readability-tests.jsonl.gz"} {
		train = append(train, readSet(filepath.Join(dir, f))...)
	}
	for _, f := range []string{"l3s-gn1-google-news.jsonl.gz", "cleanportaleval.jsonl.gz"} {
		dev = append(dev, readSet(filepath.Join(dir, f))...)
	}
	if *bbcTrain {
		// Paragraphs of two BBC stories in three are article text too: news
		// prose of the kind the model must not mistake for furniture. The
		// third story of each three is left for the report below.
		n := 0
		read(filepath.Join(*shared, "data", "summarization", "bbc-news-dev.jsonl.gz"), func(rec map[string]any) {
			n++
			if n%3 == 0 {
				return
			}
			text, _ := rec["text"].(string)
			for _, p := range strings.Split(text, "\n\n") {
				if p = strings.TrimSpace(p); len(strings.Fields(p)) >= 5 {
					var feats []uint32
					linemodel.Features(p, func(h uint32) { feats = append(feats, h) })
					train = append(train, example{feats, false, p})
				}
			}
		})
	}
	log.Printf("train %d lines (%d furniture), dev %d lines (%d furniture)", len(train), count(train), len(dev), count(dev))

	w := make([]float64, 1<<linemodel.Bits)
	g := make([]float64, len(w))
	bias, gb := 0.0, 0.0
	nf := float64(count(train))
	nc := float64(len(train)) - nf
	wf, wc := float64(len(train))/(2*nf), float64(len(train))/(2*nc) // balance the classes
	r := rand.New(rand.NewPCG(1, 2))
	const rate = 0.1
	for ep := 0; ep < *epochs; ep++ {
		r.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		loss := 0.0
		for _, ex := range train {
			z := bias
			for _, h := range ex.feats {
				z += w[h]
			}
			p := 1 / (1 + math.Exp(-z))
			y, cw := 0.0, wc
			if ex.furn {
				y, cw = 1, wf
			}
			loss -= cw * (y*math.Log(p+1e-12) + (1-y)*math.Log(1-p+1e-12))
			d := cw * (p - y)
			for _, h := range ex.feats {
				gr := d + *l2*w[h]
				g[h] += gr * gr
				w[h] -= rate * gr / math.Sqrt(g[h]+1e-8)
			}
			gb += d * d
			bias -= rate * d / math.Sqrt(gb+1e-8)
		}
		log.Printf("epoch %d: loss %.4f", ep+1, loss/float64(len(train)))
	}
	data, err := linemodel.Encode(w, bias)
	if err != nil {
		log.Fatal(err)
	}
	m, err := linemodel.Decode(data)
	if err != nil {
		log.Fatal(err)
	}
	report("train", m, train)
	report("dev (news sets)", m, dev)
	bbc(m, filepath.Join(*shared, "data", "summarization", "bbc-news-dev.jsonl.gz"))
	if *out != "" {
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d bytes)", *out, len(data))
	}
}

func count(xs []example) int {
	n := 0
	for _, x := range xs {
		if x.furn {
			n++
		}
	}
	return n
}

// report prints accuracy per class at 0.5 and the area under the ROC curve.
func report(name string, m *linemodel.Model, xs []example) {
	type sc struct {
		p    float64
		furn bool
	}
	s := make([]sc, len(xs))
	var tp, tn, fp, fn int
	for i, x := range xs {
		p := m.Score(x.text)
		s[i] = sc{p, x.furn}
		switch {
		case x.furn && p >= 0.5:
			tp++
		case x.furn:
			fn++
		case p >= 0.5:
			fp++
		default:
			tn++
		}
	}
	sort.Slice(s, func(i, j int) bool { return s[i].p < s[j].p })
	var rankSum, nPos float64
	for i, x := range s {
		if x.furn {
			rankSum += float64(i + 1)
			nPos++
		}
	}
	nNeg := float64(len(s)) - nPos
	auc := (rankSum - nPos*(nPos+1)/2) / (nPos * nNeg)
	log.Printf("%s: AUC %.3f; furniture recall %.3f, article-text lines scored furniture %.3f (%d/%d)",
		name, auc, float64(tp)/float64(tp+fn), float64(fp)/float64(fp+tn), fp, fp+tn)
}

// bbc prints how BBC story paragraphs score: they are article text.
func bbc(m *linemodel.Model, path string) {
	var n, over5, over7, over9, k int
	read(path, func(rec map[string]any) {
		if k++; k%3 != 0 {
			return // trained on
		}
		text, _ := rec["text"].(string)
		for _, p := range strings.Split(text, "\n\n") {
			if p = strings.TrimSpace(p); len(strings.Fields(p)) < 5 {
				continue
			}
			n++
			s := m.Score(p)
			if s >= 0.5 {
				over5++
			}
			if s >= 0.7 {
				over7++
			}
			if s >= 0.9 {
				over9++
			}
		}
	})
	log.Printf("BBC paragraphs (every third story): %d; scored furniture at 0.5: %.3f, 0.7: %.3f, 0.9: %.3f",
		n, float64(over5)/float64(n), float64(over7)/float64(n), float64(over9)/float64(n))
}

func read(path string, fn func(map[string]any)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 128<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			log.Fatal(err)
		}
		fn(rec)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

// readSet flattens and labels every page of a boilerplate set.
func readSet(path string) []example {
	var out []example
	read(path, func(rec map[string]any) {
		page, _ := rec["html"].(string)
		gold, _ := rec["text"].(string)
		if strings.TrimSpace(gold) == "" {
			return
		}
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		shingles := make(map[string]bool)
		gw := words(gold)
		for i := 0; i+5 <= len(gw); i++ {
			shingles[strings.Join(gw[i:i+5], " ")] = true
		}
		seen := make(map[string]bool)
		for _, ln := range flatten(doc) {
			lw := words(ln)
			if len(lw) < 5 || seen[ln] {
				continue
			}
			seen[ln] = true
			in, all := 0, 0
			for i := 0; i+5 <= len(lw); i++ {
				all++
				if shingles[strings.Join(lw[i:i+5], " ")] {
					in++
				}
			}
			var furn bool
			switch {
			case in == 0:
				furn = true
			case float64(in) >= 0.8*float64(all):
				furn = false
			default:
				continue
			}
			var feats []uint32
			linemodel.Features(ln, func(h uint32) { feats = append(feats, h) })
			out = append(out, example{feats, furn, ln})
		}
	})
	return out
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

var skip = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"head": true, "iframe": true, "object": true, "select": true, "option": true}

var block = map[string]bool{"p": true, "div": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "td": true, "th": true, "tr": true, "table": true, "br": true,
	"section": true, "article": true, "header": true, "footer": true, "nav": true, "aside": true, "blockquote": true,
	"pre": true, "form": true, "dd": true, "dt": true, "dl": true, "figure": true, "figcaption": true, "hr": true,
	"main": true, "address": true, "center": true, "fieldset": true, "legend": true, "caption": true, "button": true,
	"label": true, "body": true, "html": true, "tbody": true, "thead": true, "tfoot": true, "menu": true}

// flatten returns a page's text a line per block element, as scrapers and
// browsers' "copy text" give it.
func flatten(doc *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		s := strings.Join(strings.Fields(cur.String()), " ")
		if s != "" {
			lines = append(lines, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			cur.WriteByte(' ')
			return
		case html.ElementNode:
			if skip[n.Data] {
				return
			}
			if block[n.Data] {
				flush()
				defer flush()
			}
		case html.CommentNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	flush()
	return lines
}

func init() { log.SetFlags(0) }

var _ = fmt.Sprint
