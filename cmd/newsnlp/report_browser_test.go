package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsnlp/newsnlp/internal/render"
)

// These tests open the HTML report in headless Chromium. They skip when no
// browser is found, except in CI (CI set), where a missing browser fails.
// NEWSNLP_CHROMIUM names the browser's binary when it is not on PATH.

var screenshot = flag.String("screenshot", "", "write a PNG of the sample's report at 1280 px to this file")

// findBrowser returns the path of a Chromium-family browser, or "".
func findBrowser() string {
	if p := os.Getenv("NEWSNLP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browserEvents records what the page did besides rendering.
type browserEvents struct {
	mu         sync.Mutex
	requests   []string // every URL requested
	exceptions []string // uncaught script errors
	logs       []string // the browser's own messages (blocked loads, CSP)
}

func (e *browserEvents) listen(ev any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		e.requests = append(e.requests, ev.Request.URL)
	case *cdpruntime.EventExceptionThrown:
		e.exceptions = append(e.exceptions, ev.ExceptionDetails.Text)
	case *cdplog.EventEntryAdded:
		e.logs = append(e.logs, string(ev.Entry.Level)+": "+ev.Entry.Text)
	}
}

func (e *browserEvents) reset() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.requests, e.exceptions, e.logs = nil, nil, nil
}

// newBrowser starts headless Chromium with the flags a closed network needs
// and a fresh profile, and returns a tab's context.
func newBrowser(t *testing.T) (context.Context, *browserEvents) {
	t.Helper()
	path := findBrowser()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no Chromium found (install Debian's chromium package or set NEWSNLP_CHROMIUM); CI must run the browser tests")
		}
		t.Skip("no Chromium found: install Debian's chromium package or set NEWSNLP_CHROMIUM to run the browser tests")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	events := &browserEvents{}
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithListener(events.listen))
	t.Cleanup(cancel)
	// The first Run starts the browser and lives as long as ctx: no timeout here.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx, events
}

// step runs one action with a time limit.
func step[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// setMedia emulates a media type ("print" or "") and a colour scheme.
func setMedia(t *testing.T, ctx context.Context, media, scheme string) {
	t.Helper()
	step(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		p := emulation.SetEmulatedMediaParams{Media: media}
		if scheme != "" {
			p.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
		}
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, p)
		return err
	}))
}

func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		panic(err)
	}
	return (&url.URL{Scheme: "file", Path: abs}).String()
}

// pageFacts is what the browser reports about a rendered report.
type pageFacts struct {
	TextContent  string         `json:"text_content"`
	InnerText    string         `json:"inner_text"`
	OpenText     string         `json:"open_text"`
	Counts       map[string]int `json:"counts"`
	Scripts      int            `json:"scripts"`
	Images       int            `json:"images"`
	ScrollWidth  int            `json:"scroll_width"`
	ClientWidth  int            `json:"client_width"`
	SpeakerLabel string         `json:"speaker_label"`
}

const factsJS = `(() => {
	const t = document.querySelector('.text');
	const count = a => document.querySelectorAll('[' + a + ']').length;
	const facts = {
		text_content: t.textContent,
		inner_text: t.innerText,
		counts: {'data-type': count('data-type'), 'data-entity': count('data-entity'), 'data-summary': count('data-summary'),
			'data-speaker': count('data-speaker'), 'data-dropped': count('data-dropped')},
		scripts: document.scripts.length,
		images: document.images.length,
		scroll_width: document.documentElement.scrollWidth,
		client_width: document.documentElement.clientWidth,
		speaker_label: '',
	};
	const q = document.querySelector('[data-speaker]:not([data-speaker=""])');
	if (q) facts.speaker_label = getComputedStyle(q, '::before').content;
	const folded = [...t.querySelectorAll('details')];
	folded.forEach(d => d.open = true);
	facts.open_text = t.innerText;
	folded.forEach(d => d.open = false);
	return facts;
})()`

// colorsJS returns, for every highlighted element, its text and background
// colours as the browser computed them, with the background behind it when
// its own is transparent.
const colorsJS = `(() => {
	const bg = el => {
		for (; el; el = el.parentElement) {
			const c = getComputedStyle(el).backgroundColor;
			if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
		}
		return 'rgb(255, 255, 255)';
	};
	const out = [];
	for (const el of document.querySelectorAll('.m, .sum, .q, .sw, details.dropped, .text, th, td, a')) {
		out.push({what: el.className || el.tagName, color: getComputedStyle(el).color, background: bg(el),
			print_adjust: getComputedStyle(el).printColorAdjust});
	}
	return out;
})()`

type colorFacts struct {
	What        string `json:"what"`
	Color       string `json:"color"`
	Background  string `json:"background"`
	PrintAdjust string `json:"print_adjust"`
}

var rgbRE = regexp.MustCompile(`rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)`)

// relLuminance is WCAG 2's relative luminance of a CSS rgb() colour.
func relLuminance(t *testing.T, css string) float64 {
	m := rgbRE.FindStringSubmatch(css)
	if m == nil {
		t.Fatalf("colour %q is not rgb()", css)
	}
	var l [3]float64
	for i := range l {
		var v float64
		fmt.Sscan(m[i+1], &v)
		c := v / 255
		if c <= 0.04045 {
			l[i] = c / 12.92
		} else {
			l[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

func contrastRatio(t *testing.T, a, b string) float64 {
	la, lb := relLuminance(t, a), relLuminance(t, b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

var spaces = regexp.MustCompile(`\s+`)

func squash(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// withoutDropped is the text less its dropped regions (code point offsets).
func withoutDropped(a render.AnalyzeJSON) string {
	r := []rune(a.Text)
	var b strings.Builder
	pos := 0
	for _, d := range a.Dropped {
		b.WriteString(string(r[pos:d.Start]))
		pos = d.End
	}
	b.WriteString(string(r[pos:]))
	return b.String()
}

func TestBrowserReport(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	ctx, events := newBrowser(t)
	dir := t.TempDir()

	jsonOut := runCLI(t, "", false, "analyze", "--format", "json", sample)
	htmlOut := runCLI(t, "", false, "analyze", "--format", "html", sample)
	if jsonOut.code != 0 || htmlOut.code != 0 {
		t.Fatalf("analyze exit %d/%d: %s%s", jsonOut.code, htmlOut.code, jsonOut.err, htmlOut.err)
	}
	var a render.AnalyzeJSON
	if err := json.Unmarshal([]byte(jsonOut.out), &a); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, []byte(htmlOut.out), 0o644); err != nil {
		t.Fatal(err)
	}

	step(t, ctx, chromedp.EmulateViewport(1280, 900))
	step(t, ctx, chromedp.Navigate(fileURL(page)))
	f := step(t, ctx, chromedp.Evaluate[pageFacts](factsJS))

	t.Run("text", func(t *testing.T) {
		if f.TextContent != a.Text {
			t.Errorf("the article's text content is not the analysed text:\n got %q\nwant %q", f.TextContent, a.Text)
		}
		if got, want := squash(f.InnerText), squash(withoutDropped(a)); got != want {
			t.Errorf("the visible article text (furniture folded) is not the analysed text less the dropped regions:\n got %q\nwant %q", got, want)
		}
		if got, want := squash(f.OpenText), squash(a.Text); got != want {
			t.Errorf("the visible article text (furniture unfolded) is not the analysed text:\n got %q\nwant %q", got, want)
		}
	})
	t.Run("counts", func(t *testing.T) {
		mentions := 0
		for _, e := range a.Entities {
			mentions += len(e.Mentions)
		}
		want := map[string]int{"data-type": mentions, "data-entity": mentions, "data-summary": len(a.Summary),
			"data-speaker": len(a.Quotes), "data-dropped": len(a.Dropped)}
		for k, n := range want {
			if f.Counts[k] != n {
				t.Errorf("%d elements with %s, want %d as in the JSON", f.Counts[k], k, n)
			}
		}
		if mentions == 0 || len(a.Summary) == 0 || len(a.Dropped) == 0 || len(a.Quotes) == 0 {
			t.Errorf("the sample should have mentions, a summary, quotes and dropped furniture: %d %d %d %d",
				mentions, len(a.Summary), len(a.Quotes), len(a.Dropped))
		}
		if a.Quotes[0].Speaker == nil || a.Quotes[0].Speaker.Name == nil || !strings.Contains(f.SpeakerLabel, *a.Quotes[0].Speaker.Name) {
			t.Errorf("the first quote's label is %s, want its speaker", f.SpeakerLabel)
		}
	})
	t.Run("offline", func(t *testing.T) {
		events.mu.Lock()
		defer events.mu.Unlock()
		for _, u := range events.requests {
			if u != fileURL(page) {
				t.Errorf("the page requested %s", u)
			}
		}
		for _, l := range events.logs {
			t.Errorf("browser message: %s", l)
		}
		if f.Scripts != 0 || f.Images != 0 {
			t.Errorf("%d scripts and %d images in the page, want none", f.Scripts, f.Images)
		}
	})
	t.Run("keyboard", func(t *testing.T) {
		// Tab from the top reaches a mention, whose bar then names its entity.
		var tip string
		for range 20 {
			step(t, ctx, chromedp.KeyEvent(kb.Tab))
			tip = step(t, ctx, chromedp.Evaluate[string](`(() => {
				const el = document.activeElement;
				return el && el.dataset.entity ? getComputedStyle(el, '::after').content : '';
			})()`))
			if tip != "" {
				break
			}
		}
		if !strings.Contains(tip, a.Entities[0].Name) || !strings.Contains(tip, string(a.Entities[0].Type)) {
			t.Errorf("focusing the first mention shows %q, want its entity %q and type", tip, a.Entities[0].Name)
		}
		// A focused mention with a role shows it.
		for i, e := range a.Entities {
			if len(e.Roles) == 0 {
				continue
			}
			tip := step(t, ctx, chromedp.Evaluate[string](fmt.Sprintf(`(() => {
				const el = document.getElementById('e-%d'); el.focus();
				return document.activeElement === el ? getComputedStyle(el, '::after').content : 'not focusable';
			})()`, i)))
			if !strings.Contains(tip, e.Name) || !strings.Contains(tip, e.Roles[0]) {
				t.Errorf("focusing %s shows %q, want its name and role %q", e.Name, tip, e.Roles[0])
			}
			break
		}
	})
	t.Run("hover", func(t *testing.T) {
		// Pointing at the last mention shows its entity in the bar.
		e := a.Entities[len(a.Entities)-1]
		pos := step(t, ctx, chromedp.Evaluate[[]float64](`(() => {
			const els = document.querySelectorAll('[data-entity]'); const el = els[els.length - 1];
			el.scrollIntoView({block: 'center'}); document.activeElement.blur();
			const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];
		})()`))
		step(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pos[0], pos[1]))
		tip := step(t, ctx, chromedp.Evaluate[string](`(() => {
			const els = document.querySelectorAll('[data-entity]'); const el = els[els.length - 1];
			return el.matches(':hover') ? getComputedStyle(el, '::after').content : 'not hovered';
		})()`))
		if !strings.Contains(tip, e.Name) || !strings.Contains(tip, string(e.Type)) {
			t.Errorf("hovering the last mention shows %q, want %q and its type", tip, e.Name)
		}
	})
	t.Run("contrast", func(t *testing.T) {
		for _, scheme := range []string{"light", "dark"} {
			setMedia(t, ctx, "", scheme)
			colors := step(t, ctx, chromedp.Evaluate[[]colorFacts](colorsJS))
			if len(colors) < 20 {
				t.Fatalf("%s: %d highlighted elements", scheme, len(colors))
			}
			worst, at := 100.0, ""
			for _, c := range colors {
				if r := contrastRatio(t, c.Color, c.Background); r < worst {
					worst, at = r, fmt.Sprintf("%s: %s on %s", c.What, c.Color, c.Background)
				}
			}
			t.Logf("%s mode: lowest text contrast %.2f (%s)", scheme, worst, at)
			if worst < 4.5 {
				t.Errorf("%s mode: text contrast %.2f below 4.5 (%s)", scheme, worst, at)
			}
		}
		setMedia(t, ctx, "print", "dark")
		colors := step(t, ctx, chromedp.Evaluate[[]colorFacts](colorsJS))
		for _, c := range colors {
			if c.PrintAdjust != "exact" {
				t.Errorf("print: %s has print-color-adjust %q, want exact", c.What, c.PrintAdjust)
				break
			}
			if strings.HasPrefix(c.What, "m ") && c.Background == "rgb(255, 255, 255)" {
				t.Errorf("print: a mention lost its highlight")
				break
			}
			if r := contrastRatio(t, c.Color, c.Background); r < 4.5 {
				t.Errorf("print: text contrast %.2f below 4.5 (%s: %s on %s)", r, c.What, c.Color, c.Background)
				break
			}
		}
		setMedia(t, ctx, "", "")
	})
	t.Run("widths", func(t *testing.T) {
		for _, w := range []int64{1280, 375, 320} {
			opts := []chromedp.EmulateViewportOption{}
			if w < 1000 {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateScale(2))
			}
			step(t, ctx, chromedp.EmulateViewport(w, 800, opts...))
			step(t, ctx, chromedp.Navigate(fileURL(page)))
			f := step(t, ctx, chromedp.Evaluate[pageFacts](factsJS))
			if f.ScrollWidth > f.ClientWidth || f.ClientWidth != int(w) {
				t.Errorf("at %d px the page is %d px wide in a %d px viewport: it scrolls sideways", w, f.ScrollWidth, f.ClientWidth)
			}
		}
		step(t, ctx, chromedp.EmulateViewport(1280, 900))
	})
	if *screenshot != "" {
		// The README's picture: the source named as a user in the
		// repository's root names it, and a person focused.
		out, err := filepath.Abs(*screenshot)
		if err != nil {
			t.Fatal(err)
		}
		t.Chdir("../..")
		shot := runCLI(t, "", false, "analyze", "--format", "html", "testdata/harbour-vote.txt")
		if err := os.WriteFile(page, []byte(shot.out), 0o644); err != nil {
			t.Fatal(err)
		}
		step(t, ctx, chromedp.EmulateViewport(1280, 860))
		step(t, ctx, chromedp.Navigate(fileURL(page)))
		step(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
			return err
		}))
		step(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
			const q = document.querySelector('[data-speaker]');
			(q || document.body).scrollIntoView({block: 'center'});
			const people = [...document.querySelectorAll('[data-type="PERSON"]')];
			const after = people.find(m => q && (q.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) || people[0];
			after.focus({preventScroll: true});
		})()`))
		png := step(t, ctx, chromedp.CaptureScreenshot())
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// injectionStory is a story whose text holds markup that would run script
// if it were not escaped.
const injectionStory = `Council Approves Budget After Long Debate

PORTO — The city council of Porto approved its budget on Tuesday after Mayor Rui Almeida promised a new tram line. A reader wrote <script>window.__pwned = 1; document.title = "pwned"</script> under the story.

"We will build it by 2028," Almeida said. Another reader posted <img src=x onerror="window.__pwned = 2"> and a link <a href="javascript:window.__pwned=3">here</a>, and the site's editor, Marta Lopes, removed both.
`

func TestBrowserReportRunsNoScript(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	ctx, events := newBrowser(t)
	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte(injectionStory), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"analyze", "entities", "summarize", "quotes"} {
		t.Run(cmd, func(t *testing.T) {
			out := runCLI(t, "", false, cmd, "--format", "html", story)
			if out.code != 0 {
				t.Fatalf("exit %d: %s", out.code, out.err)
			}
			page := filepath.Join(dir, cmd+".html")
			if err := os.WriteFile(page, []byte(out.out), 0o644); err != nil {
				t.Fatal(err)
			}
			events.reset()
			step(t, ctx, chromedp.Navigate(fileURL(page)))
			// Click everything that could be a link, then look for effects.
			step(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('.text *').forEach(el => el.click())`))
			got := step(t, ctx, chromedp.Evaluate[map[string]any](`({
				pwned: typeof window.__pwned === 'undefined' ? 0 : window.__pwned,
				title: document.title,
				elements: document.querySelectorAll('script, img, iframe, object, embed, .text a').length,
				text: document.querySelector('.text').textContent,
			})`))
			if got["pwned"] != float64(0) || got["title"] == "pwned" {
				t.Errorf("the story's markup ran script: window.__pwned = %v, title %v", got["pwned"], got["title"])
			}
			if got["elements"] != float64(0) {
				t.Errorf("the story's markup became %v elements", got["elements"])
			}
			if got["text"] != injectionStory {
				t.Errorf("the markup is not shown as text:\n got %q\nwant %q", got["text"], injectionStory)
			}
			events.mu.Lock()
			defer events.mu.Unlock()
			if len(events.exceptions) > 0 || len(events.requests) > 1 {
				t.Errorf("script errors %q, requests %q", events.exceptions, events.requests)
			}
		})
	}
}

// TestBrowserQuotes opens the quotes command's page on a phone.
func TestBrowserQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	ctx, _ := newBrowser(t)
	jsonOut := runCLI(t, "", false, "quotes", "--format", "json", sample)
	htmlOut := runCLI(t, "", false, "quotes", "--format", "html", sample)
	if jsonOut.code != 0 || htmlOut.code != 0 {
		t.Fatalf("quotes exit %d/%d: %s%s", jsonOut.code, htmlOut.code, jsonOut.err, htmlOut.err)
	}
	var q render.QuotesJSON
	if err := json.Unmarshal([]byte(jsonOut.out), &q); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "quotes.html")
	if err := os.WriteFile(page, []byte(htmlOut.out), 0o644); err != nil {
		t.Fatal(err)
	}
	step(t, ctx, chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile, chromedp.EmulateScale(2)))
	step(t, ctx, chromedp.Navigate(fileURL(page)))
	f := step(t, ctx, chromedp.Evaluate[pageFacts](factsJS))
	if f.Counts["data-speaker"] != len(q.Quotes) || len(q.Quotes) == 0 {
		t.Errorf("%d quotes marked, want %d", f.Counts["data-speaker"], len(q.Quotes))
	}
	if f.Counts["data-entity"] != 0 || f.Counts["data-summary"] != 0 {
		t.Errorf("the quotes page marks more than quotes: %v", f.Counts)
	}
	// Each marked quote holds its quoted words, and its row links to it.
	got := step(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('[data-speaker]')].map(el => el.dataset.speaker + '|' + el.textContent)`))
	for i, qj := range q.Quotes {
		name := ""
		if qj.Speaker != nil && qj.Speaker.Name != nil {
			name = *qj.Speaker.Name
		}
		if i < len(got) && len(qj.Parts) == 0 && got[i] != name+"|"+qj.Text {
			t.Errorf("quote %d marked as %q, want %q", i, got[i], name+"|"+qj.Text)
		}
	}
	rows := step(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.quotes tbody tr a[href^="#q-"]').length`))
	if rows != len(q.Quotes) {
		t.Errorf("%d quote rows link to their quote, want %d", rows, len(q.Quotes))
	}
	if f.ScrollWidth > f.ClientWidth {
		t.Errorf("at 375 px the quotes page is %d px wide", f.ScrollWidth)
	}
}

// TestBrowserBatchIndex opens a batch run's index on a phone and follows
// its links.
func TestBrowserBatchIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	ctx, events := newBrowser(t)
	in := t.TempDir()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"harbour-vote.txt", "story.txt"} {
		text := string(data)
		if name == "story.txt" {
			text = injectionStory
		}
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "report") + "/"
	if r := runCLI(t, "", false, "batch", in, "--out", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	events.reset()
	step(t, ctx, chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile, chromedp.EmulateScale(2)))
	step(t, ctx, chromedp.Navigate(fileURL(filepath.Join(out, "index.html"))))
	got := step(t, ctx, chromedp.Evaluate[map[string]any](`({
		stories: document.querySelectorAll('[data-story]').length,
		entities: document.querySelectorAll('[data-entity-row]').length,
		scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
		pwned: typeof window.__pwned !== 'undefined',
		first: document.querySelector('[data-story] a').getAttribute('href'),
	})`))
	if got["stories"] != float64(2) || got["entities"] == float64(0) || got["pwned"] != false {
		t.Errorf("index: %v", got)
	}
	if got["scroll"].(float64) > got["width"].(float64) {
		t.Errorf("at 375 px the index is %v px wide", got["scroll"])
	}
	step(t, ctx, chromedp.Navigate(fileURL(filepath.Join(out, got["first"].(string)))))
	f := step(t, ctx, chromedp.Evaluate[pageFacts](factsJS))
	if f.TextContent != string(data) && f.TextContent != injectionStory {
		t.Errorf("the index's first link opens a page whose text is neither story's")
	}
	if f.ScrollWidth > f.ClientWidth {
		t.Errorf("at 375 px the story's page is %d px wide", f.ScrollWidth)
	}
	events.mu.Lock()
	defer events.mu.Unlock()
	if len(events.exceptions) > 0 || len(events.logs) > 0 {
		t.Errorf("script errors %q, messages %q", events.exceptions, events.logs)
	}
	for _, u := range events.requests {
		if !strings.HasPrefix(u, "file://"+filepath.ToSlash(filepath.Clean(out))) {
			t.Errorf("request outside the report: %s", u)
		}
	}
}
