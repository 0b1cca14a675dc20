-- The story index's own state: its term counts and where each article went (createStoryIndex's `prior` and
-- `restore`), so that a process holds only recent stories in memory and starts from them, not from the whole
-- corpus. On Node these tables sit in the same file and commit with the articles; on Workers the story Durable
-- Object keeps them in its own SQLite storage (this file is its schema too), and D1's copies stay empty.

CREATE TABLE story_terms (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, -- order of first use: the index numbers terms in it and breaks ties by it
  term TEXT NOT NULL UNIQUE, -- a clustering term: light stem, entity key, `#digits` or a percentage
  articles INTEGER NOT NULL -- stored articles whose terms include it (StoryIndex.termsOf)
);

CREATE TABLE story_members (
  article_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE, -- order the index took the articles in: a story is restored in it
  story_id TEXT NOT NULL
);
CREATE INDEX story_members_by_story ON story_members (story_id, seq);

-- One row per story: what choosing the stories to hold in memory reads.
CREATE TABLE story_spans (
  story_id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  earliest REAL, -- earliest and latest event time of its members (ms since 1970, the core's times), NULL when undated
  latest REAL,
  last_seq INTEGER NOT NULL -- seq of its last member: how recently it was joined
);
CREATE INDEX story_spans_by_latest ON story_spans (latest, earliest);
CREATE INDEX story_spans_by_last ON story_spans (last_seq);

CREATE TABLE story_meta (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
-- Articles counted in story_terms; -1 until the state is first built from stored articles (a database older than
-- this table).
INSERT INTO story_meta (key, value) VALUES ('documents', -1);

-- On Workers, articles POSTed and waiting for the ingest queue's consumer: the input is kept here, since a queue
-- message holds at most 128 KB, and the message names it. The row goes once the article is stored.
CREATE TABLE ingest_queue (
  id TEXT PRIMARY KEY,
  input TEXT NOT NULL, -- the IngestArticle JSON as received
  queued_at TEXT NOT NULL, -- the article's ingestedAt
  refused TEXT -- why the consumer refused it (not an article, an id stored with other content), when it did
);
