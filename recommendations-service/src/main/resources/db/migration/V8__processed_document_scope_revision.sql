-- The revision the marker's scope (owner_org, visibility) comes from, when the stream's fast path applied a newer
-- scope than that of the processed content revision (a visibility downgrade while the new content still waits for
-- extraction). The regular path writes recommendations with the scope of the newer of its snapshot and this revision,
-- so an extraction prepared before the downgrade cannot widen the scope again. NULL (every marker written before):
-- the scope is that of the processed revision. A marker with revision 0 holds only a scope: nothing is extracted yet.
ALTER TABLE processed_documents ADD COLUMN scope_revision integer;
