package io.policylens.system.supervisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The pid files of the parts the launcher started (run/&lt;part&gt;.pid). A pid counts only while its process is
 * alive and still the one we started: its command line contains the part's marker (a pid can be reused).
 */
public final class PidFiles {

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
        return commandLine(pid.getAsLong()).filter(line -> line.contains(marker)).isPresent() ? pid : OptionalLong.empty();
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
