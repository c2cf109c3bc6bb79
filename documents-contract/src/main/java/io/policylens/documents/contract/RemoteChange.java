package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A change-feed event as documents-service sends it (tolerant reader: unknown fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteChange(long seq, UUID documentId, int revision, String kind, String ownerOrg, String visibility) {

    public boolean isDeletion() {
        return "deleted".equals(kind);
    }

    public boolean isCreation() {
        return "created".equals(kind);
    }
}
