package io.policylens.gateway.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CachedViewTest {

    private final CachedView view = CachedView.rendered("{\"a\":1}".getBytes(StandardCharsets.UTF_8), 7, 1_000);

    @Test
    void theEntityTagIsAQuotedDigestOfTheBody() {
        assertThat(view.etag()).startsWith("\"").endsWith("\"").hasSize(24);
        assertThat(CachedView.etagOf("{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(view.etag());
        assertThat(CachedView.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(view.etag());
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        assertThat(view.matches(view.etag())).isTrue();
        assertThat(view.matches("W/" + view.etag())).isTrue();
        assertThat(view.matches("\"x\", " + view.etag())).isTrue();
        assertThat(view.matches("*")).isTrue();
        assertThat(view.matches("\"x\"")).isFalse();
        assertThat(view.matches(null)).isFalse();
        assertThat(view.matches(" ")).isFalse();
    }

    @Test
    void theCacheKeepsOnlyTheCompressedFormAndInflatesItOnTheWayOut() {
        byte[] json = ("{\"claims\":[" + "{\"id\":\"c\",\"text\":\"Korea makes 20 percent of chips.\"}," .repeat(200)
                                + "{}]}")
                        .getBytes(StandardCharsets.UTF_8);
        CachedView rendered = CachedView.rendered(json, 3, 0);
        CachedView kept = rendered.compact();

        assertThat(kept.json()).isNull();
        assertThat(kept.gzipped().length).isLessThan(json.length / 5);
        assertThat(kept.body()).isEqualTo(json);
        assertThat(rendered.body()).isSameAs(json);
        assertThat(kept.etag()).isEqualTo(rendered.etag());
    }

    @Test
    void theGzipRepresentationHasItsOwnTagAndBothAnswerIfNoneMatch() {
        String gzipTag = view.etag(true);
        assertThat(gzipTag)
                .isNotEqualTo(view.etag(false))
                .startsWith(view.etag().substring(0, 10))
                .endsWith("-gzip\"");
        assertThat(view.matches(gzipTag)).isTrue();
        assertThat(view.matches(view.etag(false))).isTrue();
    }

    @Test
    void ageCountsWholeSecondsSinceTheViewWasMade() {
        assertThat(view.ageSeconds(1_000)).isZero();
        assertThat(view.ageSeconds(3_999)).isEqualTo(2);
        assertThat(view.ageSeconds(0)).isZero();
        assertThat(view.asHit().fromCache()).isTrue();
        assertThat(view.fromCache()).isFalse();
    }
}
