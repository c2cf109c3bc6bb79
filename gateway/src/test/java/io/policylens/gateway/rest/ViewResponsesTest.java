package io.policylens.gateway.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewResponsesTest {

    @Test
    void noCacheNoStoreAndMaxAgeZeroAskForAFreshAnswer() {
        assertThat(ViewResponses.freshRequested("no-cache")).isTrue();
        assertThat(ViewResponses.freshRequested("No-Store")).isTrue();
        assertThat(ViewResponses.freshRequested("max-age = 0")).isTrue(); // lenient about spaces
        assertThat(ViewResponses.freshRequested("max-age=0")).isTrue();
        assertThat(ViewResponses.freshRequested("max-age=60")).isFalse();
        assertThat(ViewResponses.freshRequested(null)).isFalse();
    }

    @Test
    void gzipIsAcceptedUnlessRefusedWithQZero() {
        assertThat(ViewResponses.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ViewResponses.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ViewResponses.acceptsGzip("*")).isTrue();
        assertThat(ViewResponses.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ViewResponses.acceptsGzip("gzip; q=0.0")).isFalse();
        assertThat(ViewResponses.acceptsGzip("identity")).isFalse();
        assertThat(ViewResponses.acceptsGzip("deflate")).isFalse();
        assertThat(ViewResponses.acceptsGzip(null)).isFalse();
    }
}
