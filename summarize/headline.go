package summarize

// Headline is a one-line headline for a story.
type Headline struct {
	Text   string `json:"text"`
	Source string `json:"source"`          // "llm", "title" or "extractive"
	Model  string `json:"model,omitempty"` // the LLM's model name, for Source "llm"
}
