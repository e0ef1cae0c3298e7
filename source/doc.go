// Package source provides article input: reading files, standard input and
// URLs, decoding their bytes to UTF-8 text, and telling HTML from plain text.
package source
