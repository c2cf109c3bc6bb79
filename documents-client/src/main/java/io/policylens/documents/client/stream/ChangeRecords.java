package io.policylens.documents.client.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.documents.contract.RemoteChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads a change topic record: the same JSON as an entry of documents-service's HTTP change feed. */
@ApplicationScoped
public class ChangeRecords {

    @Inject
    ObjectMapper json;

    public RemoteChange parse(String value) {
        if (value == null) {
            throw new UnreadableChangeException("empty record (a tombstone is not a change)");
        }
        try {
            RemoteChange change = json.readValue(value, RemoteChange.class);
            if (change.documentId() == null) {
                throw new UnreadableChangeException("record without documentId");
            }
            return change;
        } catch (JsonProcessingException e) {
            throw new UnreadableChangeException("not a change: " + e.getOriginalMessage());
        }
    }

    /** The record is not a change this consumer can read; retrying will not help. */
    public static final class UnreadableChangeException extends RuntimeException {
        UnreadableChangeException(String message) {
            super(message);
        }
    }
}
