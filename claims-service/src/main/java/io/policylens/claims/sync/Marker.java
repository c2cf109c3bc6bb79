package io.policylens.claims.sync;

import io.policylens.claims.repository.ProcessedDocumentEntity;

/** A detached copy of a document's processed marker, read in prepare and compared again at commit. */
public record Marker(int revision, String extractorVersion, String fingerprint, boolean deleted) {

    /** Null when nothing is processed: no marker, or one that only holds a scope applied ahead of the extraction. */
    public static Marker of(ProcessedDocumentEntity entity) {
        return entity == null || entity.revision == 0 && !entity.deleted ? null
                : new Marker(entity.revision, entity.extractorVersion, entity.fingerprint, entity.deleted);
    }

    /** Whether this marker already reflects the event's revision with this extractor: replaying it changes nothing. */
    public boolean covers(int revision, String version) {
        return this.revision >= revision && (deleted || extractorVersion.equals(version));
    }

    /**
     * Whether a snapshot at {@code revision} with {@code fingerprint} is already applied, or
     * outdated by a newer one.
     */
    public boolean supersedes(int revision, String version, String fingerprint) {
        return deleted
                || this.revision > revision
                || this.revision == revision
                        && extractorVersion.equals(version)
                        && this.fingerprint.equals(fingerprint);
    }

    /** Same extractor and same sentences: only the document's metadata can have changed. */
    public boolean sameContent(String version, String fingerprint) {
        return !deleted && extractorVersion.equals(version) && this.fingerprint.equals(fingerprint);
    }
}
