package io.policylens.recommendations.support;

import io.policylens.testing.ApiCallers;

/** Callers used across the tests: two partner organisations, internal analysts and an administrator. */
public final class Api extends ApiCallers {

    private Api() {
    }
}
