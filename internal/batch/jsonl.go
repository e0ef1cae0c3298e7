package batch

// jsonlSink writes a JSON line per story (Story.JSONLine).
type jsonlSink struct {
	out *lineWriter
}

// Prepare implements Sink.
func (j *jsonlSink) Prepare(s *Story) error {
	line, err := s.JSONLine()
	if err != nil {
		return err
	}
	s.Encoded = line
	return nil
}

// Write implements Sink.
func (j *jsonlSink) Write(s *Story) error {
	if s.Encoded == nil {
		if err := j.Prepare(s); err != nil {
			return err
		}
	}
	return j.out.add(s.Encoded)
}

// Flush implements Sink.
func (j *jsonlSink) Flush() error { return j.out.flush() }

// Close implements Sink.
func (j *jsonlSink) Close() error { return j.out.close() }
