package io.policylens.system.supervisor;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The parts run from local-runtime (LocalPostgres, LocalKafka) print a ready line in their log: they run
 * while their pid is alive and that line is in this run's log.
 */
record ReadyLine(StackContext stack, String part, String marker, String line) {

    boolean running() {
        return stack.pidFiles().running(part, marker).isPresent() && Waiting.logContains(log(), line);
    }

    /**
     * Waits until the part prints its ready line; fails with the log's tail when it exits first or after the timeout.
     */
    void await(Duration timeout) {
        Waiting.awaitStart(part, log(), () -> Waiting.logContains(log(), line),
                () -> stack.pidFiles().running(part, marker).isPresent(), timeout, Duration.ofMillis(100));
    }

    private Path log() {
        return stack.paths().log(part);
    }
}
