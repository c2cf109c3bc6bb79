-- The organisation each status change was made for: who may see the actor's user name (that organisation and the
-- platform's staff). Changes recorded before this column have none: their actors are shown to the staff only.
ALTER TABLE recommendation_status_history ADD COLUMN actor_org text;

-- When a recommendation joined its current cluster. A partner's view of a cluster is built from the members it may
-- see, so its "updated at" is the newest of these among them, never the cluster's own time (which moves when
-- another partner's private recommendation joins or leaves).
ALTER TABLE recommendations ADD COLUMN clustered_at timestamptz;
UPDATE recommendations SET clustered_at = created_at WHERE cluster_id IS NOT NULL;
