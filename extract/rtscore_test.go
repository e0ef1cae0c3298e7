package extract_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/extract/internal/linemodel"
)

func TestRedTeamLineModel(t *testing.T) {
	if os.Getenv("NEWSNLP_RT_LM") == "" {
		t.Skip()
	}
	m, err := linemodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	stories := rtLoadStories(t, 5)
	for si, s := range rtStyles {
		furn := map[string]float64{}
		var story []float64
		for _, p := range rtPages(stories, s.name, s.dress, int64(100+si)) {
			for _, sp := range p.Spans {
				l := p.Text[sp.Start:sp.End]
				if len(strings.Fields(l)) < 6 {
					continue
				}
				if sp.Kind == rtFurn {
					furn[l] = m.Score(l)
				} else if sp.Kind == rtBody {
					story = append(story, m.Score(l))
				}
			}
		}
		var fs []string
		for l := range furn {
			fs = append(fs, l)
		}
		sort.Slice(fs, func(i, j int) bool { return furn[fs[i]] < furn[fs[j]] })
		hi := 0
		for _, l := range fs {
			if furn[l] >= 0.5 {
				hi++
			}
		}
		shi := 0
		for _, x := range story {
			if x >= 0.5 {
				shi++
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s: furniture lines >=0.5: %d/%d; story >=0.5: %d/%d\n", s.name, hi, len(fs), shi, len(story))
		for i := 0; i < len(fs); i += max(1, len(fs)/25) {
			l := fs[i]
			if len(l) > 90 {
				l = l[:90]
			}
			fmt.Fprintf(&b, "  %.2f %q\n", furn[fs[i]], l)
		}
		t.Log("\n" + b.String())
	}
}
