-- What the metadata view shows of a document's analysis (counts, topics, entities, sections; see StoredSummary),
-- written at ingest so that GET /documents/{id} (and the gateway's status) need not read and parse the analysis.
-- NULL for documents stored before this column existed: those are summarised from their analysis when read.
ALTER TABLE documents ADD COLUMN summary jsonb;
