// Package render provides newsnlp's output formats: tables for terminals and
// text, JSON, JSON Lines, CSV, TSV and Markdown for pipes and files. Each
// command builds Views; Write prints them in the chosen Format.
package render
