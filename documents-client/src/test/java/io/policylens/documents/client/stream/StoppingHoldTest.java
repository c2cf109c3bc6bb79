package io.policylens.documents.client.stream;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StoppingHoldTest {

    @Test
    void aRunningServiceDoesNotHold() {
        StoppingHold hold = new StoppingHold();

        hold.holdIfStopping();

        assertThat(hold.isStopping()).isFalse();
    }

    @Test
    void aStoppingServiceHoldsTheFailedChangeEvenWhenInterrupted() throws InterruptedException {
        StoppingHold hold = new StoppingHold();
        hold.stopping();
        Thread consumer = new Thread(hold::holdIfStopping);
        consumer.setDaemon(true);
        consumer.start();

        consumer.interrupt(); // what the executor does when it shuts down
        consumer.join(TimeUnit.MILLISECONDS.toMillis(1_500));

        assertThat(consumer.isAlive()).as("the change is neither acknowledged nor dead-lettered").isTrue();
    }
}
