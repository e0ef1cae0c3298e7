// Package newsnlp turns news articles into structured facts. Its Parser
// runs the pipeline on one article: it finds the story in a scraped page or
// an HTML document (package extract), splits it into sentences and tokens
// (package nlp), tags and resolves the people, places and organisations it
// names (packages ner and entity), and returns an nlp.Document whose spans
// index the story's text.
//
//	p, err := newsnlp.DefaultParser()
//	doc, err := p.Parse(ctx, newsnlp.Source{Name: "story.txt", Text: text}, newsnlp.Options{Entities: true})
//	for _, e := range doc.Entities { fmt.Println(e.Name, e.Type) }
package newsnlp
