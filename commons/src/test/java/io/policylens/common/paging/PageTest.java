package io.policylens.common.paging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void countsOnlyWhenThePageCannotTell() {
        AtomicInteger counted = new AtomicInteger();
        assertThat(Page.of(List.of("a", "b"), 0, 20, () -> {
                                            counted.incrementAndGet();
                                            return 99;
                                        })
                                .total())
                .isEqualTo(2);
        assertThat(Page.of(List.of("a"), 3, 20, () -> {
                                            counted.incrementAndGet();
                                            return 99;
                                        })
                                .total())
                .isEqualTo(61);
        assertThat(Page.of(List.of(), 0, 20, () -> { counted.incrementAndGet(); return 99; }).total()).isZero();
        assertThat(counted).hasValue(0);

        // a full page or an empty page after the first: only a count knows
        assertThat(Page.of(List.of("a", "b"), 0, 2, () -> {
                                            counted.incrementAndGet();
                                            return 7;
                                        })
                                .total())
                .isEqualTo(7);
        assertThat(Page.of(List.of(), 5, 20, () -> { counted.incrementAndGet(); return 7; }).total()).isEqualTo(7);
        assertThat(counted).hasValue(2);
    }
}
