-- Recommendations (with their tracking state and cluster ids), their evidence and the clusters are what callers
-- read: every transaction writing them moves the data version (table and function from commons' db/data-version).
CREATE TRIGGER recommendations_data_version AFTER INSERT OR UPDATE OR DELETE ON recommendations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER evidence_links_data_version AFTER INSERT OR UPDATE OR DELETE ON evidence_links
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER clusters_data_version AFTER INSERT OR UPDATE OR DELETE ON clusters
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER recommendations_truncate_data_version AFTER TRUNCATE ON recommendations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
