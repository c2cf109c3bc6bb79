-- How far each change relay has published document_changes to Kafka (feed.relay.ChangeRelay). A relay locks its row
-- with FOR UPDATE SKIP LOCKED for one batch, so two replicas never publish at once, and advances it in the same
-- transaction once Kafka acknowledged the batch. It starts at 0: the first run publishes the whole history.
CREATE TABLE change_relay_cursors (
    relay     text   PRIMARY KEY,
    last_seq  bigint NOT NULL DEFAULT 0
);
INSERT INTO change_relay_cursors (relay, last_seq) VALUES ('kafka', 0);
