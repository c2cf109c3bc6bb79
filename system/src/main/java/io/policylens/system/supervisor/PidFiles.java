package io.policylens.system.supervisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The pid files of the parts the launcher started (run/&lt;part&gt;.pid). A pid counts only while its process is
 * alive and still the one we started: its command line contains the part's marker (a pid can be reused).
 */
public final class PidFiles {

    private static final int MARKER_READS = 5;
    private static final Duration MARKER_REREAD_PAUSE = Duration.ofMillis(40);

    private final StackPaths paths;

    public PidFiles(StackPaths paths) {
        this.paths = paths;
    }

    public Path file(String part) {
        return paths.pidFile(part);
    }

    /** The pid of a part when it runs; empty otherwise. */
    public OptionalLong running(String part, String marker) {
        OptionalLong pid = recorded(file(part));
        if (pid.isEmpty()) {
            return pid;
        }
        return carriesMarker(pid.getAsLong(), marker) ? pid : OptionalLong.empty();
    }

    /**
     * Whether the live process's command line contains the marker. Read again a few times before saying no: just after
     * a part is spawned, while setsid execs the JVM, /proc can show an empty or cut-off command line (measured: 0 and
     * 16,384 of 35,489 bytes for Kafka, whose marker follows its class path; three starts in nine failed on it).
     */
    private static boolean carriesMarker(long pid, String marker) {
        for (int read = 1; ; read++) {
            Optional<String> line = commandLine(pid);
            if (line.isEmpty()) {
                return false; // not running
            }
            if (line.get().contains(marker)) {
                return true;
            }
            if (read == MARKER_READS) {
                return false; // a reused pid: another program
            }
            Waiting.sleep(MARKER_REREAD_PAUSE);
        }
    }

    /** The pid written in a file (its first line), when it is a number. */
    public static OptionalLong recorded(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return first.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(first)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** A process's command line, its arguments joined by spaces; empty when it does not run. */
    public static Optional<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' '));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void remove(String part) {
        try {
            Files.deleteIfExists(file(part));
        } catch (IOException e) {
            throw new StackFailure("cannot remove " + file(part) + ": " + e.getMessage());
        }
    }
}
