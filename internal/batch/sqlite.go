package batch

import (
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsnlp/newsnlp/story"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// Schema is the SQLite schema of batch output. Offsets are Unicode code
// points into the story's text, end exclusive, as in JSON output.
const Schema = `
CREATE TABLE IF NOT EXISTS stories (
  id       INTEGER PRIMARY KEY,
  source   TEXT NOT NULL UNIQUE,   -- path, or a stream record's id
  hash     TEXT NOT NULL DEFAULT '', -- first 128 bits of the SHA-256 of the raw content, hex
  title    TEXT NOT NULL DEFAULT '',
  headline TEXT,
  bytes    INTEGER NOT NULL DEFAULT 0,
  error    TEXT                    -- NULL unless the story could not be processed
);
CREATE TABLE IF NOT EXISTS entities (
  id             INTEGER PRIMARY KEY,
  story_id       INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  type           TEXT NOT NULL,    -- PERSON, ORG, GPE, LOC, NORP, ...
  mentions       INTEGER NOT NULL, -- mentions in this story
  roles          TEXT NOT NULL DEFAULT '', -- "; "-separated
  first_sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_by_name ON entities(name, type);
CREATE INDEX IF NOT EXISTS entities_by_type ON entities(type, name);
CREATE INDEX IF NOT EXISTS entities_by_story ON entities(story_id);
CREATE TABLE IF NOT EXISTS mentions (
  id         INTEGER PRIMARY KEY,
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  role       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS mentions_by_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_by_story ON mentions(story_id);
CREATE INDEX IF NOT EXISTS mentions_by_text ON mentions(text);
CREATE TABLE IF NOT EXISTS summaries (
  story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  rank       INTEGER NOT NULL, -- 0 for the summary's first sentence
  sentence   INTEGER NOT NULL, -- index of the sentence in the story
  char_start INTEGER NOT NULL,
  char_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (story_id, rank)
);
CREATE TABLE IF NOT EXISTS quotes (
  id           INTEGER PRIMARY KEY,
  story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  entity_id    INTEGER REFERENCES entities(id) ON DELETE CASCADE, -- the speaker's entity; NULL for an unnamed or unknown one
  speaker      TEXT,           -- the entity's name, or an unnamed source's words ("a spokeswoman"); NULL when unknown
  speaker_type TEXT,           -- PERSON, ORG, ...; NULL for an unnamed source
  speaker_text TEXT,           -- the mention as written: "he", "Marques", "the ministry"
  kind         TEXT NOT NULL,  -- direct, indirect or mixed
  text         TEXT NOT NULL,  -- the quoted words, without quotation marks
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  sentence     INTEGER NOT NULL,
  cue          TEXT            -- "said", "according to", ...; NULL when none
);
CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes(speaker, speaker_type);
CREATE INDEX IF NOT EXISTS quotes_by_story ON quotes(story_id);
CREATE INDEX IF NOT EXISTS quotes_by_entity ON quotes(entity_id);
`

// commitEvery and commitAfter bound a transaction: a run that is killed
// loses at most this much work, and a fast run commits rarely.
const (
	commitEvery = 500
	commitAfter = 2 * time.Second
)

// sqliteSink writes stories to an SQLite database in batched transactions.
// A story replaces the rows of an earlier one with the same source, from an
// earlier run or from this one (a stream id given twice), so that a repeat
// never breaks the UNIQUE source; each story is written inside a savepoint,
// so that one that fails leaves nothing behind and the stories before it
// are still committed.
type sqliteSink struct {
	db      *sql.DB
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	inTx    int
	txStart time.Time
}

const (
	sqlDelete  = `DELETE FROM stories WHERE source = ?`
	sqlStory   = `INSERT INTO stories (source, hash, title, headline, bytes, error) VALUES (?, ?, ?, ?, ?, ?)`
	sqlEntity  = `INSERT INTO entities (story_id, name, type, mentions, roles, first_sentence) VALUES (?, ?, ?, ?, ?, ?)`
	sqlMention = `INSERT INTO mentions (entity_id, story_id, text, char_start, char_end, sentence, role) VALUES (?, ?, ?, ?, ?, ?, ?)`
	sqlSummary = `INSERT INTO summaries (story_id, rank, sentence, char_start, char_end, text) VALUES (?, ?, ?, ?, ?, ?)`
	sqlQuote   = `INSERT INTO quotes (story_id, entity_id, speaker, speaker_type, speaker_text, kind, text, char_start, char_end, sentence, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// OpenDB opens an SQLite database with the pragmas batch output uses:
// write-ahead logging, foreign keys, and a busy timeout.
func OpenDB(path string) (*sql.DB, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(ON)", "busy_timeout(5000)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

func openSQLite(path string, resume bool) (*Output, error) {
	db, err := OpenDB(path)
	if err != nil {
		return nil, err
	}
	if _, err := db.Exec(Schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: create tables: %w", path, err)
	}
	done := doneSet{}
	rows, err := db.Query(`SELECT source, hash FROM stories`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: read stories: %w", path, err)
	}
	n := 0
	for rows.Next() {
		var src, hash string
		if err := rows.Scan(&src, &hash); err != nil {
			rows.Close()
			db.Close()
			return nil, fmt.Errorf("%s: read stories: %w", path, err)
		}
		n++
		if resume && hash != "" {
			done.add(src, hash)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: read stories: %w", path, err)
	}
	out := &Output{Sink: &sqliteSink{db: db}, Existing: n}
	if resume {
		out.Done = done.has
	}
	return out, nil
}

func (q *sqliteSink) begin() error {
	tx, err := q.db.Begin()
	if err != nil {
		return err
	}
	q.tx, q.inTx, q.txStart = tx, 0, time.Now()
	q.stmts = map[string]*sql.Stmt{}
	for _, s := range []string{sqlDelete, sqlStory, sqlEntity, sqlMention, sqlSummary, sqlQuote} {
		st, err := tx.Prepare(s)
		if err != nil {
			tx.Rollback()
			q.tx = nil
			return err
		}
		q.stmts[s] = st
	}
	return nil
}

func (q *sqliteSink) commit() error {
	if q.tx == nil {
		return nil
	}
	err := q.tx.Commit()
	q.tx = nil
	return err
}

// Prepare implements Sink.
func (q *sqliteSink) Prepare(s *Story) error { return nil }

// Write adds a story to the open transaction. If it fails, the story's
// rows are rolled back, so that the database never holds part of a story,
// and the transaction stays open for Close to commit the stories before it.
func (q *sqliteSink) Write(s *Story) error {
	if q.tx == nil {
		if err := q.begin(); err != nil {
			return err
		}
	}
	if _, err := q.tx.Exec(`SAVEPOINT story`); err != nil {
		return err
	}
	if err := q.write(s); err != nil {
		if _, rerr := q.tx.Exec(`ROLLBACK TO story; RELEASE story`); rerr != nil {
			q.tx.Rollback() // the transaction is unusable: lose it rather than half a story
			q.tx = nil
		}
		return err
	}
	if _, err := q.tx.Exec(`RELEASE story`); err != nil {
		return err
	}
	q.inTx++
	if q.inTx >= commitEvery {
		return q.commit()
	}
	return nil
}

func (q *sqliteSink) write(s *Story) error {
	name := s.Source
	if name == "" {
		name = story.RecordName(s.ID, s.Line)
	}
	if _, err := q.stmts[sqlDelete].Exec(name); err != nil {
		return err
	}
	var headline, errMsg any
	if s.Headline != nil {
		headline = s.Headline.Text
	}
	if s.Err != nil {
		errMsg = story.ErrorText(s)
	}
	res, err := q.stmts[sqlStory].Exec(name, s.Hash, s.Title, headline, s.Bytes, errMsg)
	if err != nil {
		return err
	}
	storyID, err := res.LastInsertId()
	if err != nil {
		return err
	}
	entIDs := make([]int64, len(s.Entities))
	for i, e := range s.Entities {
		res, err := q.stmts[sqlEntity].Exec(storyID, e.Name, e.Type, e.Count, strings.Join(e.Roles, "; "), e.FirstSentence)
		if err != nil {
			return err
		}
		entID, err := res.LastInsertId()
		if err != nil {
			return err
		}
		entIDs[i] = entID
		for _, m := range e.Mentions {
			if _, err := q.stmts[sqlMention].Exec(entID, storyID, m.Text, m.Start, m.End, m.Sentence, m.Role); err != nil {
				return err
			}
		}
	}
	for i, x := range s.Summary {
		if _, err := q.stmts[sqlSummary].Exec(storyID, i, x.Index, x.Start, x.End, x.Text); err != nil {
			return err
		}
	}
	for _, x := range s.Quotes {
		var entID, speaker, typ, spText, cue any
		if sp := x.Speaker; sp != nil {
			spText = sp.Text
			if sp.Name != nil {
				speaker = *sp.Name
			}
			if sp.Type != nil {
				typ = string(*sp.Type)
			}
			if sp.Entity >= 0 && sp.Entity < len(entIDs) {
				entID = entIDs[sp.Entity]
			}
		}
		if x.Cue != nil {
			cue = x.Cue.Text
		}
		if _, err := q.stmts[sqlQuote].Exec(storyID, entID, speaker, typ, spText, string(x.Kind), x.Text, x.Start, x.End, x.Sentence, cue); err != nil {
			return err
		}
	}
	return nil
}

// Flush commits when the transaction is large or old enough: committing on
// every pause would cost a sync per story.
func (q *sqliteSink) Flush() error {
	if q.tx != nil && time.Since(q.txStart) >= commitAfter {
		return q.commit()
	}
	return nil
}

// Close implements Sink.
func (q *sqliteSink) Close() error {
	err := q.commit()
	if cerr := q.db.Close(); err == nil {
		err = cerr
	}
	return err
}
