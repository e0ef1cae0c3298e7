package batch

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
)

func TestWriteTable(t *testing.T) {
	rows := []entity.Row{{Name: "Ada Lovelace", Type: nlp.Person, Stories: 2, Mentions: 3, Aliases: []string{"Lovelace"}, Sources: []string{"a.txt", "b.txt"}}}
	tests := []struct {
		format render.Format
		want   string
	}{
		{render.CSV, "name,type,stories,mentions,aliases,sources\nAda Lovelace,PERSON,2,3,Lovelace,a.txt; b.txt\n"},
		{render.TSV, "name\ttype\tstories\tmentions\taliases\tsources\nAda Lovelace\tPERSON\t2\t3\tLovelace\ta.txt; b.txt\n"},
		{render.Markdown, "| name | type | stories | mentions | aliases | sources |\n| --- | --- | --- | --- | --- | --- |\n| Ada Lovelace | PERSON | 2 | 3 | Lovelace | a.txt; b.txt |\n"},
		{render.JSONL, `{"name":"Ada Lovelace","type":"PERSON","stories":2,"mentions":3,"aliases":["Lovelace"],"sources":["a.txt","b.txt"]}` + "\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteTable(&b, tt.format, rows, render.Options{}); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.format, b.String(), tt.want)
		}
	}
	var b bytes.Buffer
	if err := WriteTable(&b, render.JSON, nil, render.Options{}); err != nil || strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("empty JSON table = %q, %v", b.String(), err)
	}
}
