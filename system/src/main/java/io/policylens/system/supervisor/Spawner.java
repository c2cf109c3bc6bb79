package io.policylens.system.supervisor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a part detached: in a session of its own (setsid), so a Ctrl-C in the terminal reaches only the launcher,
 * output to its log (the previous one kept as .log.1), input from /dev/null, pid in its pid file. The JDK closes every
 * descriptor above 2 in the child, so a long-lived part never keeps one it would have inherited, such as the lock of
 * {@code flock FILE ./policylens ...}, which would otherwise stay held for as long as the part runs.
 */
public final class Spawner {

    private final PidFiles pidFiles;
    private final Map<String, String> baseEnvironment;

    /** {@code baseEnvironment}: what every part inherits (the launcher's environment, as a shell would pass it on). */
    public Spawner(PidFiles pidFiles, Map<String, String> baseEnvironment) {
        this.pidFiles = pidFiles;
        this.baseEnvironment = Map.copyOf(baseEnvironment);
    }

    /** Starts {@code command} with the base environment plus {@code environment}; returns its pid. */
    public long spawn(String part, Path log, List<String> command, Map<String, String> environment) {
        List<String> argv = new ArrayList<>();
        argv.add("setsid");
        argv.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(baseEnvironment);
        builder.environment().putAll(environment);
        Path pidFile = pidFiles.file(part);
        try {
            Files.createDirectories(pidFile.getParent());
            Files.createDirectories(log.getParent());
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(pidFile);
            long pid = builder.start().pid();
            Files.writeString(pidFile, pid + "\n");
            return pid;
        } catch (IOException e) {
            throw new StackFailure("could not start " + part + ": " + e.getMessage());
        }
    }
}
