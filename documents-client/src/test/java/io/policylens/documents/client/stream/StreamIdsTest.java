package io.policylens.documents.client.stream;

import io.policylens.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small parsers of the kit: the source switch and dead-letter ids. */
class StreamIdsTest {

    @Test
    void theSourceIsHttpOrKafka() {
        assertThat(FeedSource.parse(null)).isEqualTo(FeedSource.HTTP);
        assertThat(FeedSource.parse(" Kafka ")).isEqualTo(FeedSource.KAFKA);
        assertThatThrownBy(() -> FeedSource.parse("kafak")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policylens.feed.source");
    }

    @Test
    void aDeadLetterIdIsPartitionDashOffset() {
        assertThat(DeadLetterId.parse("4-17")).isEqualTo(new DeadLetterId(4, 17));
        assertThatThrownBy(() -> DeadLetterId.parse("4:17")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> DeadLetterId.parse("-1-2")).isInstanceOf(ProblemException.class);
    }
}
