package render

import (
	"encoding/json"
	"io"
)

func writeJSON(w io.Writer, views []View) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if len(views) == 1 {
		return enc.Encode(views[0].JSON())
	}
	all := make([]any, len(views))
	for i, v := range views {
		all[i] = v.JSON()
	}
	return enc.Encode(all)
}

func writeJSONL(w io.Writer, views []View) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range views {
		if err := enc.Encode(v.JSON()); err != nil {
			return err
		}
	}
	return nil
}
