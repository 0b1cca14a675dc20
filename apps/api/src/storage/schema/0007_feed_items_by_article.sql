-- The ingest queue's consumer settles a queued page's feed items by the article they brought (status 'queued' on
-- Workers: handed to the queue, not yet stored or refused).
CREATE INDEX feed_items_by_article ON feed_items (article_id) WHERE article_id IS NOT NULL;
