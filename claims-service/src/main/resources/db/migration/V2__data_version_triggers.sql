-- Claims and their review states are what callers read: every transaction writing them moves the data version
-- (table and function from commons' db/data-version). The feed consumer and reviews are the only writers; the
-- version row they share until commit costs them nothing noticeable.
CREATE TRIGGER claims_data_version AFTER INSERT OR UPDATE OR DELETE ON claims
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER claims_truncate_data_version AFTER TRUNCATE ON claims
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER claim_review_states_data_version AFTER INSERT OR UPDATE OR DELETE ON claim_review_states
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
