package source

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>Story</p></body></html>")
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Plain story.")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/octet-text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, "<!DOCTYPE html><html><body><p>Mislabelled page</p></body></html>")
	})
	mux.HandleFunc("/octet-binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, strings.Repeat("x", 5000))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 5 {
			fmt.Fprint(w, strings.Repeat("x", 1000))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()

	in, err := Fetch(ctx, srv.URL+"/story", FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if string(in.Data) != "<html><body><p>Story</p></body></html>" || !strings.HasPrefix(in.ContentType, "text/html") {
		t.Errorf("got %q (%s)", in.Data, in.ContentType)
	}
	if gotUA != UserAgent {
		t.Errorf("User-Agent %q; want %q", gotUA, UserAgent)
	}
	in, err = Fetch(ctx, srv.URL+"/moved", FetchOptions{})
	if err != nil || in.URL != srv.URL+"/story" || in.Name != srv.URL+"/moved" {
		t.Errorf("redirect: %+v, %v", in, err)
	}
	in, err = Fetch(ctx, srv.URL+"/octet-text", FetchOptions{})
	if err != nil || !strings.Contains(string(in.Data), "Mislabelled") {
		t.Errorf("octet-stream HTML: %v", err)
	}
	if in, err := Fetch(ctx, srv.URL+"/plain", FetchOptions{}); err != nil || string(in.Data) != "Plain story." {
		t.Errorf("plain: %v", err)
	}

	for _, c := range []struct {
		path string
		opts FetchOptions
		want string // in the error
		is   error
	}{
		{"/missing", FetchOptions{}, "HTTP 404 Not Found", nil},
		{"/loop", FetchOptions{MaxRedirects: 3}, "stopped after 3 redirects", nil},
		{"/pdf", FetchOptions{}, "not text or HTML: the server sent application/pdf", ErrNotText},
		{"/image", FetchOptions{}, "image/png", ErrNotText},
		{"/octet-binary", FetchOptions{}, "not text or HTML", ErrNotText},
		{"/big", FetchOptions{MaxBytes: 1000}, "input too large", ErrTooLarge},
		{"/big-chunked", FetchOptions{MaxBytes: 1000}, "input too large", ErrTooLarge},
		{"/slow", FetchOptions{Timeout: 100 * time.Millisecond}, "timed out after 100ms", nil},
	} {
		t.Run(c.path, func(t *testing.T) {
			url := srv.URL + c.path
			_, err := Fetch(ctx, url, c.opts)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, url+": ") || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q; want one line naming %s with %q", msg, url, c.want)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v is not %v", err, c.is)
			}
		})
	}
}

func TestFetchRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/story"
	srv.Close() // nothing listens there now
	_, err := Fetch(context.Background(), url, FetchOptions{})
	if err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("error %v; want connection refused", err)
	}
}

func TestFetchBadURL(t *testing.T) {
	for _, u := range []string{"ftp://example.com/x", "http://", "https://%zz"} {
		if _, err := Fetch(context.Background(), u, FetchOptions{}); err == nil || !strings.Contains(err.Error(), "not an http or https URL") {
			t.Errorf("Fetch(%q): %v", u, err)
		}
	}
}

func TestDescribeFetchError(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{&net.DNSError{Err: "no such host", Name: "news.invalid", IsNotFound: true}, "cannot resolve host news.invalid (no such host)"},
		{&net.DNSError{Err: "server misbehaving", Name: "news.example"}, "cannot resolve host news.example: server misbehaving"},
		{context.DeadlineExceeded, "timed out after 30s"},
		{errors.New("tls: failed to verify certificate\nmore"), "tls: failed to verify certificate"},
	} {
		if got := describeFetchError(c.err, 30*time.Second); got != c.want {
			t.Errorf("describeFetchError(%v) = %q; want %q", c.err, got, c.want)
		}
	}
}
