package entity

import (
	"bytes"
	"encoding/gob"
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
)

// tableWire is a Table as MarshalBinary writes it.
type tableWire struct {
	MaxSources int
	Stories    int32
	Nodes      []nodeWire
}

// nodeWire is a node as MarshalBinary writes it.
type nodeWire struct {
	Class    nlp.EntityType
	Key      string
	Tokens   int
	Acronym  string
	Initials [2]string
	Surfaces map[string]int
	Types    map[nlp.EntityType]int
	Aliases  []string
	StoryIDs []int32
	Sources  []storySource
	First    int32
	Mentions int
}

// MarshalBinary implements encoding.BinaryMarshaler: the table's names,
// counts and story places, so that a partial table can travel between the
// workers of a distributed run (the Beam pipeline) and be merged there.
func (t *Table) MarshalBinary() ([]byte, error) {
	w := tableWire{MaxSources: t.maxSources, Stories: t.stories, Nodes: make([]nodeWire, len(t.order))}
	for i, n := range t.order {
		aliases := make([]string, 0, len(n.aliases))
		for k := range n.aliases {
			aliases = append(aliases, k)
		}
		w.Nodes[i] = nodeWire{Class: n.class, Key: n.key, Tokens: n.tokens, Acronym: n.acronym,
			Initials: n.initials, Surfaces: n.surfaces, Types: n.types, Aliases: aliases,
			StoryIDs: n.storyIDs, Sources: n.sources, First: n.first, Mentions: n.mentions}
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&w); err != nil {
		return nil, fmt.Errorf("encode entity table: %w", err)
	}
	return b.Bytes(), nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler: it replaces t with
// the table that MarshalBinary wrote, merging names with the embedded
// gazetteer.
func (t *Table) UnmarshalBinary(data []byte) error {
	var w tableWire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return fmt.Errorf("decode entity table: %w", err)
	}
	*t = *NewTable(w.MaxSources)
	t.stories = w.Stories
	t.order = make([]*node, len(w.Nodes))
	for i, nw := range w.Nodes {
		n := &node{nodeKey: nodeKey{nw.Class, nw.Key}, tokens: nw.Tokens, acronym: nw.Acronym,
			initials: nw.Initials, surfaces: nw.Surfaces, types: nw.Types,
			aliases: make(map[string]struct{}, len(nw.Aliases)), storyIDs: nw.StoryIDs,
			sources: nw.Sources, first: nw.First, mentions: nw.Mentions}
		// gob leaves an empty map nil.
		if n.surfaces == nil {
			n.surfaces = map[string]int{}
		}
		if n.types == nil {
			n.types = map[nlp.EntityType]int{}
		}
		for _, k := range nw.Aliases {
			n.aliases[k] = struct{}{}
		}
		t.nodes[n.nodeKey] = n
		t.order[i] = n
	}
	return nil
}
