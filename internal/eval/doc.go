// Package eval scores newsnlp's stages against labelled data, the way the
// figures in README.md are measured, so anyone can repeat them on their own.
package eval
