package io.policylens.system.supervisor;

import java.time.Duration;
import java.util.OptionalLong;

/** Stops a part: SIGTERM (graceful: its shutdown hooks run), SIGKILL after its grace period; the pid file goes. */
public final class Termination {

    private final PidFiles pidFiles;

    public Termination(PidFiles pidFiles) {
        this.pidFiles = pidFiles;
    }

    public void terminate(String part, String marker, Duration grace) {
        OptionalLong pid = pidFiles.running(part, marker);
        if (pid.isPresent()) {
            Console.info("stopping " + part + " (pid " + pid.getAsLong() + ")...");
            ProcessHandle.of(pid.getAsLong()).ifPresent(process -> {
                process.destroy();
                if (!Waiting.until(() -> !process.isAlive(), grace, Duration.ofMillis(100))) {
                    Console.info(part + " did not stop within " + grace.toSeconds() + "s; killing pid "
                            + pid.getAsLong());
                    process.destroyForcibly();
                }
            });
        }
        pidFiles.remove(part);
    }

    /** SIGKILL, as a crash would; waits until the process is gone. */
    public void kill(String part, String marker) {
        OptionalLong pid = pidFiles.running(part, marker);
        if (pid.isPresent()) {
            Console.info("killing " + part + " (pid " + pid.getAsLong() + ", SIGKILL)");
            ProcessHandle.of(pid.getAsLong()).ifPresent(process -> {
                process.destroyForcibly();
                Waiting.until(() -> !process.isAlive(), Duration.ofMinutes(1), Duration.ofMillis(100));
            });
        }
        pidFiles.remove(part);
    }

    /** Sends a signal ProcessHandle does not offer (PostgreSQL's fast shutdown is SIGINT). */
    static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (java.io.IOException e) {
            throw new StackFailure("cannot signal pid " + pid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
