package io.policylens.common.version;

/**
 * A service's data version: a number that grows whenever data a caller can read has changed and been committed.
 * The gateway polls it to know when its cached views may be out of date, so it must be cheap (one indexed
 * query), must only be read from committed state (a version that moves before its commit would let a cache keep
 * the old data under the new version), and must never repeat an earlier value.
 */
public interface DataVersionSource {

    long current();
}
