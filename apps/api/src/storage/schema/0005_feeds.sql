-- The source registry's feeds and what the poller made of them. A feed belongs to one outlet, named as the
-- articles it brings will be (`articles.source_key`). Registered by the Node server's sources file
-- (MARSAD_SOURCES) or by POST /v1/sources/{id}/feeds; read by GET /v1/sources/{id}.
CREATE TABLE feeds (
  url TEXT PRIMARY KEY, -- the feed's address, as registered
  source_key TEXT NOT NULL, -- the outlet's normalised name
  source_name TEXT NOT NULL, -- the outlet's name, given as `source.name` to the articles the feed brings
  source_url TEXT, -- the outlet's home page, when registered
  added_at TEXT NOT NULL,
  etag TEXT, -- the last 200 answer's ETag, sent back as If-None-Match
  last_modified TEXT, -- the last 200 answer's Last-Modified, sent back as If-Modified-Since
  last_polled_at TEXT, -- the last attempt, whatever came of it
  last_success_at TEXT, -- the last answer read: a feed parsed, or 304 Not Modified
  last_error TEXT, -- what the last failed attempt met (kept after a later success, beside its time)
  last_error_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0, -- failed attempts since the last success, for the backoff
  retry_at TEXT -- after a failure, no attempt before this (ISO, UTC); NULL when due at every poll
);
CREATE INDEX feeds_by_source ON feeds (source_key);

-- Every item a feed listed, so that each page is fetched once, and a failed fetch is tried again with backoff.
CREATE TABLE feed_items (
  feed_url TEXT NOT NULL,
  item_key TEXT NOT NULL, -- the item's guid, Atom id or rdf:about, else its link
  link TEXT NOT NULL, -- the page, absolute
  published_at TEXT, -- the feed's date for it (ISO), passed on when the page gives none
  status TEXT NOT NULL, -- pending (to fetch), ingested, failed (given up), refused (robots.txt disallows it)
  article_id TEXT, -- the stored article, once ingested
  attempts INTEGER NOT NULL DEFAULT 0, -- fetches of the page so far
  retry_at TEXT, -- a pending item's next fetch, not before this (ISO, UTC); NULL: at the next poll
  error TEXT, -- what the last attempt met; for an ingested item, how it was read (a page cut at the size cap)
  seen_at TEXT NOT NULL, -- when the feed first listed it
  PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
CREATE INDEX feed_items_by_link ON feed_items (link, status);
