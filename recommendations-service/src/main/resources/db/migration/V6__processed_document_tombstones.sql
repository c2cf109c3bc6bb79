-- A deleted document keeps its marker as a tombstone (deleted = true, the deletion's revision), as claims-service's
-- markers do: with the Kafka change stream a deletion can be applied by the fast path while the regular path is still
-- extracting an older revision of the same document, and the tombstone is what stops that older write.
ALTER TABLE processed_documents ADD COLUMN deleted boolean NOT NULL DEFAULT false;
