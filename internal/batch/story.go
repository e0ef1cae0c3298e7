package batch

import "github.com/newsnlp/newsnlp/story"

// The types of one story live in package story, which the Beam pipeline
// (module beam/) shares; batch runs many of them.
type (
	// Job is story.Job.
	Job = story.Job
	// Input is story.Input.
	Input = story.Input
	// Story is story.Story.
	Story = story.Story
	// Filter is story.Filter.
	Filter = story.Filter
	// Skip is story.Skip.
	Skip = story.Skip
	// HeadlineFunc is story.HeadlineFunc.
	HeadlineFunc = story.HeadlineFunc
	// Pipeline is story.Pipeline.
	Pipeline = story.Pipeline
)
