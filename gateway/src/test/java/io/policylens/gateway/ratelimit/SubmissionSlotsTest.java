package io.policylens.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Concurrent submissions per organisation: a share each, refused beyond it, given back when a submission ends. */
class SubmissionSlotsTest {

    @Test
    void oneOrganisationsSubmissionsInProgressLeaveTheOthersTheirShare() throws Exception {
        SubmissionSlots slots = new SubmissionSlots(2);
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Runnable slow = () -> slots.run("partner-a", () -> {
            started.countDown();
            await(release);
            return "stored";
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<?> first = threads.submit(slow);
        Future<?> second = threads.submit(slow);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> slots.run("partner-a", () -> "third"))
                .isInstanceOf(SubmissionSlots.SubmissionsBusyException.class)
                .hasMessageContaining("2 submissions in progress");
        assertThat(slots.run("partner-b", () -> "other partner")).isEqualTo("other partner");

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(slots.run("partner-a", () -> "after")).isEqualTo("after");
    }

    @Test
    void aFailedSubmissionGivesItsSlotBack() {
        SubmissionSlots slots = new SubmissionSlots(1);
        assertThatThrownBy(() -> slots.run("partner-a", () -> {
            throw new IllegalStateException("downstream failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(slots.run("partner-a", () -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
