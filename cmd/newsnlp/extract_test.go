package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const scrapedPage = "World\n\nOrlen council votes to close library\n\nBy Ruth Camber\n\n" +
	"The town council in Orlen voted on Monday to close the central library for two years of repairs, officials said.\n\n" +
	"Librarian Ruth Camber said a temporary branch would open in the Orlen Market Hall next month.\n\n" +
	"Share on Facebook\nShare on X\n\nLeave a comment\n\nYour email address will not be published. Required fields are marked *\n\n" +
	"You may also like\n\nKessport Mayor Piet Oren Opens Ferry Terminal\n\n• March 12, 2025\n"

const htmlStory = `<!DOCTYPE html><html><head><title>Orlen council votes to close library</title>
<meta name="author" content="Ruth Camber"><meta property="article:published_time" content="2025-03-14"></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Orlen council votes to close library</h1>
<p>The town council in Orlen voted on Monday to close the central library for two years of repairs, officials said.</p>
<p>Librarian Ruth Camber said a temporary branch would open in the Orlen Market Hall next month, with a smaller collection.</p>
<p>The repairs will cost 4 million crowns, paid for by the regional government in Ardo, the council said.</p></article>
<footer>© 2025 Orlen News</footer></body></html>`

// runPiped runs newsnlp with stdout not a terminal.
func runPiped(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	r := runCLI(t, stdin, false, args...)
	return r.code, r.out, r.err
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractText(t *testing.T) {
	code, out, errOut := runPiped(t, scrapedPage, "extract")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "Orlen council votes to close library\n\n" +
		"The town council in Orlen voted on Monday to close the central library for two years of repairs, officials said.\n\n" +
		"Librarian Ruth Camber said a temporary branch would open in the Orlen Market Hall next month.\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
}

func TestExtractJSON(t *testing.T) {
	html := writeFile(t, "story.html", htmlStory)
	text := writeFile(t, "story.txt", scrapedPage)
	code, out, errOut := runPiped(t, "", "extract", "--format", "json", html, text)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var got []extractJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(got) != 2 {
		t.Fatalf("%d documents; want 2", len(got))
	}
	h := got[0]
	if h.Source != html || h.Title != "Orlen council votes to close library" || h.Byline != "Ruth Camber" || h.Date != "2025-03-14" {
		t.Errorf("html metadata: %+v", h)
	}
	if !strings.Contains(h.Text, "regional government in Ardo") || strings.Contains(h.Text, "Home") || strings.Contains(h.Text, "©") {
		t.Errorf("html text: %q", h.Text)
	}
	p := got[1]
	if p.Byline != "Ruth Camber" || strings.Contains(p.Text, "Kessport") || strings.Contains(p.Text, "comment") {
		t.Errorf("plain text: %+v", p)
	}
	code, out, _ = runPiped(t, "", "extract", "--format", "jsonl", html, text)
	if code != exitOK || strings.Count(out, "\n") != 2 {
		t.Errorf("jsonl: exit %d, %q", code, out)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, "good.txt", scrapedPage)
	for _, c := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		err   string
	}{
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, "", exitFailure, "nope.txt: no such file"},
		{"directory", []string{"extract", dir}, "", exitFailure, "is a directory"},
		{"empty stdin", []string{"extract"}, "", exitFailure, "-: empty input"},
		{"binary", []string{"extract", writeFile(t, "x.pdf", "%PDF-1.5\n\x00\x01\x02")}, "", exitFailure, "binary data"},
		{"html without text", []string{"extract", writeFile(t, "empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")}, "", exitFailure, "no main text"},
		{"one bad of two", []string{"extract", good, filepath.Join(dir, "nope.txt")}, "", exitPartial, "no such file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runPiped(t, c.stdin, c.args...)
			if code != c.code {
				t.Errorf("exit %d; want %d", code, c.code)
			}
			if !strings.Contains(errOut, c.err) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr %q; want one line with %q", errOut, c.err)
			}
			if c.code == exitFailure && out != "" {
				t.Errorf("stdout %q; want nothing", out)
			}
		})
	}
}

func TestURLInput(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlStory)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/story", http.StatusFound) })
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.5")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	code, out, errOut := runPiped(t, "", "extract", srv.URL+"/old")
	if code != exitOK || !strings.HasPrefix(out, "Orlen council votes to close library\n\nThe town council") {
		t.Errorf("extract URL: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, errOut = runPiped(t, "", "summarize", "--format", "json", srv.URL+"/story")
	if code != exitOK || !strings.Contains(out, `"source": "`+srv.URL+`/story"`) || !strings.Contains(out, "Orlen") {
		t.Errorf("summarize URL: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, c := range []struct{ path, err string }{
		{"/gone", "HTTP 410 Gone"},
		{"/report.pdf", "not text or HTML"},
	} {
		code, out, errOut := runPiped(t, "", "entities", srv.URL+c.path)
		if code != exitFailure || out != "" || !strings.Contains(errOut, srv.URL+c.path+": ") || !strings.Contains(errOut, c.err) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", c.path, code, out, errOut)
		}
	}
}
