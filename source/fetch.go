package source

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// FetchOptions control Fetch.
type FetchOptions struct {
	MaxBytes     int64         // 0 means DefaultMaxBytes
	Timeout      time.Duration // for the whole request, body included; 0 means DefaultTimeout
	MaxRedirects int           // 0 means DefaultMaxRedirects
	Client       *http.Client  // nil means a client of our own; its CheckRedirect is replaced
}

// Defaults for Fetch.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 10
)

// UserAgent is sent with every request.
const UserAgent = "newsnlp/0.1 (+https://github.com/newsnlp/newsnlp)"

// ErrNotText is wrapped by Fetch when a page is neither text nor HTML.
var ErrNotText = errors.New("not text or HTML")

// Fetch downloads a page over HTTP(S): one GET with a User-Agent, following
// at most MaxRedirects redirects, within Timeout and MaxBytes. It fails on an
// HTTP status other than 200 and on content that is not text or HTML (PDF,
// images, archives). Errors are one line and name the URL.
func Fetch(ctx context.Context, rawURL string, opts FetchOptions) (*Input, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: not an http or https URL", rawURL)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	maxRedirects := opts.MaxRedirects
	if maxRedirects <= 0 {
		maxRedirects = DefaultMaxRedirects
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	client := http.Client{}
	if opts.Client != nil {
		client = *opts.Client
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("stopped after %d redirects", maxRedirects)
		}
		req.Header.Set("User-Agent", UserAgent)
		return nil
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", rawURL, describeFetchError(err, timeout))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %s", rawURL, strings.TrimSpace(resp.Status))
	}
	if resp.ContentLength > maxBytes {
		return nil, fmt.Errorf("%s: %w: %s (raise --max-bytes)", rawURL, ErrTooLarge, humanBytes(resp.ContentLength))
	}
	ctype := resp.Header.Get("Content-Type")
	if err := checkContentType(ctype); err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	data, err := readLimited(resp.Body, maxBytes, resp.ContentLength)
	if err != nil {
		if !errors.Is(err, ErrTooLarge) {
			err = errors.New(describeFetchError(err, timeout))
		}
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	if ctype == "" || strings.HasPrefix(ctype, "application/octet-stream") {
		// No usable type: go by the content, as a browser would.
		sniffed := http.DetectContentType(data)
		if err := checkContentType(sniffed); err != nil || !strings.HasPrefix(sniffed, "text/") {
			return nil, fmt.Errorf("%s: %w (content looks like %s)", rawURL, ErrNotText, mediaType(sniffed))
		}
		ctype = sniffed
	}
	return &Input{Name: rawURL, URL: resp.Request.URL.String(), Data: data, ContentType: ctype}, nil
}

// checkContentType accepts text and HTML, and an absent or generic type
// that Fetch then sniffs.
func checkContentType(ctype string) error {
	if ctype == "" {
		return nil
	}
	mt := mediaType(ctype)
	switch {
	case strings.HasPrefix(mt, "text/"), mt == "application/xhtml+xml", mt == "application/xml",
		mt == "application/octet-stream":
		return nil
	}
	return fmt.Errorf("%w: the server sent %s", ErrNotText, mt)
}

func mediaType(ctype string) string {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt, _, _ = strings.Cut(ctype, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// describeFetchError turns a network error into a short phrase: DNS
// failures, refused connections, time-outs and TLS problems get plain words.
func describeFetchError(err error, timeout time.Duration) string {
	var dnsErr *net.DNSError
	var netErr net.Error
	var urlErr *url.Error
	switch {
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return "cannot resolve host " + dnsErr.Name + " (no such host)"
		}
		return "cannot resolve host " + dnsErr.Name + ": " + dnsErr.Err
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Sprintf("timed out after %s", timeout)
	case errors.Is(err, context.Canceled):
		return "interrupted"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset by the server"
	}
	if errors.As(err, &urlErr) {
		err = urlErr.Err
	}
	return oneLineError(err)
}

func oneLineError(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
