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
}
