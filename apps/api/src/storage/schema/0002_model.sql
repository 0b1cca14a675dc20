-- What produced the stored models: a fingerprint of what @marsad/core makes of a probe article. When the core
-- changes its output, the Node server parses the stored inputs again (see Ingestor.reindex).
CREATE TABLE model (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
