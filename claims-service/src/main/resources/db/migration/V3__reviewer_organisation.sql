-- The organisation each reviewer acted for: decides whose verdict a ClaimReview publishes, and which callers may
-- see the reviewer's user name (their own organisation and the platform's staff). Reviews written before this
-- column have none: their reviewer names are shown to the platform's staff only.
ALTER TABLE claim_review_states ADD COLUMN reviewer_org text;
ALTER TABLE claim_reviews ADD COLUMN reviewer_org text;
