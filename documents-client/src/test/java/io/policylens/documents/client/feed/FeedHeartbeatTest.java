package io.policylens.documents.client.feed;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FeedHeartbeatTest {

    private static final Duration STALL = Duration.ofMinutes(5);

    private Instant now = Instant.parse("2026-12-06T09:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aConsumerThatKeepsBeatingIsAlive() {
        FeedHeartbeat heartbeat = new FeedHeartbeat(clock, STALL);
        for (int i = 0; i < 10; i++) {
            now = now.plus(Duration.ofMinutes(4));
            heartbeat.beat();
            assertThat(heartbeat.deadReason()).isEmpty();
        }
    }

    @Test
    void aConsumerWhoseThreadStoppedBeatingIsDeadAfterTheStallTimeout() {
        FeedHeartbeat heartbeat = new FeedHeartbeat(clock, STALL);
        now = now.plus(STALL);
        assertThat(heartbeat.deadReason()).isEmpty();
        now = now.plusSeconds(1);
        assertThat(heartbeat.deadReason()).hasValueSatisfying(reason -> assertThat(reason).contains("no progress for 301 s"));
        // a beat brings it back: a stuck change that finally completed
        heartbeat.beat();
        assertThat(heartbeat.deadReason()).isEmpty();
    }

    @Test
    void anErrorKillsTheConsumerForGoodEvenIfItBeatsAgain() {
        FeedHeartbeat heartbeat = new FeedHeartbeat(clock, STALL);
        heartbeat.died(new OutOfMemoryError("Java heap space"));
        heartbeat.beat();
        assertThat(heartbeat.deadReason()).hasValue("the feed consumer failed with OutOfMemoryError: Java heap space");
    }
}
