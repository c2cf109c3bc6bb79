-- The scope (owner organisation, visibility) of the document revision a marker records, so GET
-- /recommendations/documents/{id}/processing answers only callers who may see the document. Markers written before
-- these columns have none: they are shown to callers who see every partner only.
ALTER TABLE processed_documents ADD COLUMN owner_org text;
ALTER TABLE processed_documents ADD COLUMN visibility text;
