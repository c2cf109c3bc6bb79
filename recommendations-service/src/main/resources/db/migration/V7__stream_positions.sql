-- The services read document changes from the Kafka change topic only; the HTTP change feed is no longer polled, so
-- feed_cursors holds no resume point any more (Kafka's committed offsets are). Its rows keep a use and are kept: the
-- consumer's row is the newest change applied (documents-service's sequence number, raised with greatest()), the
-- "<consumer>-reextraction" row the re-extraction generation. The new name says what the rows are.
ALTER TABLE feed_cursors RENAME TO stream_positions;
ALTER TABLE stream_positions RENAME CONSTRAINT feed_cursors_pkey TO stream_positions_pkey;
