-- The passage search snippets are cut from: the start of the article's text (at most 20,000 characters, ending at
-- a sentence end when one is there) with its sentences and blocks, as JSON. A search reads and parses this, never
-- the whole model, so what it costs per match does not grow with the article. NULL for rows stored before it
-- existed: searches then read `body`, as they used to.
ALTER TABLE articles ADD COLUMN passage TEXT;
