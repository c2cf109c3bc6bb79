package io.policylens.documents.client.stream;

import io.policylens.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small parsers of the kit: dead-letter ids. */
class StreamIdsTest {

    @Test
    void aDeadLetterIdIsPartitionDashOffset() {
        assertThat(DeadLetterId.parse("4-17")).isEqualTo(new DeadLetterId(4, 17));
        assertThatThrownBy(() -> DeadLetterId.parse("4:17")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> DeadLetterId.parse("-1-2")).isInstanceOf(ProblemException.class);
    }
}
