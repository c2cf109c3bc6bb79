package io.policylens.documents.feed;

import io.policylens.common.version.DataVersionSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * documents-service's data version is the head of its change feed: every write (a new document, a metadata or
 * visibility change, a deletion) appends a change in the same transaction, and seq order is commit order, so
 * the head only moves once a change is visible.
 */
@ApplicationScoped
class FeedHeadVersion implements DataVersionSource {

    @Inject
    ChangeFeed feed;

    @Override
    public long current() {
        return feed.head();
    }
}
