package source

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// FetchOptions control Fetch.
type FetchOptions struct {
	MaxBytes int64         // 0 means DefaultMaxBytes
	Timeout  time.Duration // 0 means 30 seconds
	Client   *http.Client  // nil means a default client
}

// UserAgent is sent with every request.
const UserAgent = "newsnlp/0.1 (+https://github.com/newsnlp/newsnlp)"

// Fetch downloads a page.
//
// STUB: minimal until the input work lands (content checks, redirects policy).
func Fetch(ctx context.Context, url string, opts FetchOptions) (*Input, error) {
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	client := opts.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %s", url, resp.Status)
	}
	max := opts.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	data, err := readLimited(resp.Body, max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	return &Input{Name: url, Data: data, ContentType: resp.Header.Get("Content-Type")}, nil
}
