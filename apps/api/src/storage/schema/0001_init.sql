-- Marsad's storage schema, shared by Node's SQLite file and Cloudflare D1 (wrangler d1 migrations apply).
-- The full Article model is kept as JSON in `articles.body`; the other columns and tables exist to filter,
-- sort, count and search without parsing it.

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, -- ingest order, and the rowid of the article's search row
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL, -- SHA-256 of the ingested input: same hash, same article
  title TEXT,
  source TEXT,
  source_key TEXT, -- normalised outlet name, for filtering
  published_at TEXT,
  published_key TEXT NOT NULL DEFAULT '', -- sortable UTC form of published_at, '' when unknown
  lead TEXT NOT NULL, -- first sentence, for lists
  ingested_at TEXT NOT NULL,
  body TEXT NOT NULL -- the Article JSON
);
CREATE INDEX articles_by_date ON articles (published_key DESC, seq DESC);
CREATE INDEX articles_by_source ON articles (source_key, published_key DESC, seq DESC);

-- Analysed text only (light stems joined by spaces, from @marsad/core's analyze): FTS5's own tokenizer would
-- split Arabic words at diacritics and knows nothing of prefixes and alef forms.
CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL, -- normalised name, for lookups
  articles INTEGER NOT NULL, -- how many articles name the entity
  mentions INTEGER NOT NULL
);
CREATE INDEX entities_by_reach ON entities (articles DESC, id);

-- One row per entity named in an article: what that article calls it and how it introduces it.
CREATE TABLE article_entities (
  entity_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL, -- quotes the article attributes to the entity
  roles TEXT NOT NULL, -- JSON array of the titles the article gives it
  aliases TEXT NOT NULL, -- JSON array of the other names the article uses
  PRIMARY KEY (entity_id, article_seq)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_article ON article_entities (article_id);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  size INTEGER NOT NULL,
  latest_key TEXT NOT NULL DEFAULT '', -- sortable form of the story's last known date, '' when unknown
  body TEXT NOT NULL, -- the Story JSON
  coverage TEXT NOT NULL -- the Coverage JSON
);
CREATE INDEX stories_by_date ON stories (latest_key DESC, id DESC);

CREATE TABLE article_story (
  article_id TEXT PRIMARY KEY,
  article_seq INTEGER NOT NULL,
  story_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX article_story_by_story ON article_story (story_id, article_seq);

-- `version` counts committed writes. A write states the version it was computed from and sets version + 1;
-- the trigger aborts it (and with it the whole batch) when another write committed first, so derived state
-- (stories, entity counts) is never computed from a stale corpus, on SQLite or on D1 where batches are the only
-- transactions.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('version', 0);

CREATE TRIGGER meta_version_guard BEFORE UPDATE ON meta
WHEN OLD.key = 'version' AND NEW.value <> OLD.value + 1
BEGIN
  SELECT RAISE(ABORT, 'marsad:stale-version');
END;
