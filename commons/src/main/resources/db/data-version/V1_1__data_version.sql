-- The data version the gateway polls (GET /internal/data-version) to know when its cached views are out of date,
-- shared by the services that add this location to quarkus.flyway.locations; each of them attaches
-- bump_data_version() as a statement trigger to the tables callers read (its own migrations), so no code path
-- can forget it. One row rather than a sequence: its new value becomes visible with the commit that caused it,
-- never before (a cache that saw the new number before the new data would keep the old data under it).
CREATE TABLE data_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO data_version (singleton, version) VALUES (true, 0);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- once per transaction, however many statements: the flag is transaction-local (set_config(..., true))
    IF coalesce(current_setting('policylens.data_version_bumped', true), '') <> 'yes' THEN
        UPDATE data_version SET version = version + 1;
        PERFORM set_config('policylens.data_version_bumped', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;
