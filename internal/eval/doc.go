// Package eval provides the scoring behind `newsnlp eval`: how well newsnlp's
// stages do on labelled data, measured the way the published figures are.
package eval
