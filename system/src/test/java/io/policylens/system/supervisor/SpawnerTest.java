package io.policylens.system.supervisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a part started by the stack tool inherits: nothing but its log and /dev/null (a part that kept an inherited
 * descriptor would hold, for instance, the lock of {@code flock FILE ./policylens bench system --keep-running true}
 * for as long as it runs); and that it is found, and stopped, through its pid file and marker.
 */
class SpawnerTest {

    @Test
    void aSpawnedPartKeepsNoInheritedDescriptorAndStopsGracefully(@TempDir Path dir) throws Exception {
        PidFiles pidFiles = new PidFiles(StackPaths.fromEnvironment(
                Map.of("POLICYLENS_HOME", dir.resolve("state").toString()), dir));
        Path log = dir.resolve("state/logs/sleeper.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "previous run");
        long pid = new Spawner(pidFiles, System.getenv()).spawn("sleeper", log, List.of("sleep", "60"), Map.of());
        try {
            assertThat(pidFiles.running("sleeper", "sleep 60")).hasValue(pid);
            assertThat(pidFiles.running("sleeper", "something else")).isEmpty();
            assertThat(log.resolveSibling("sleeper.log.1")).hasContent("previous run");
            try (var descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                assertThat(descriptors.map(fd -> fd.getFileName().toString())).containsExactlyInAnyOrder("0", "1", "2");
            }
            new Termination(pidFiles).terminate("sleeper", "sleep 60", Duration.ofSeconds(10));
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(pidFiles.file("sleeper")).doesNotExist();
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
