package io.policylens.system.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a part started by the launcher (pl_spawn in scripts/lib/common.sh) inherits: nothing but its log and
 * /dev/null. A part that kept an inherited descriptor would hold, for instance, the lock of
 * {@code flock FILE ./policylens bench system --keep-running true} for as long as it runs.
 */
class SpawnedPartTest {

    private static final Path REPO = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void aSpawnedPartDoesNotKeepTheLockItsLauncherRanUnder(@TempDir Path dir) throws Exception {
        Path lock = dir.resolve("lock");
        ProcessBuilder builder = new ProcessBuilder("flock", lock.toString(), "bash", "-c",
                "source \"$0/scripts/lib/common.sh\"; pl_spawn sleeper \"$1/sleeper.log\" sleep 60", REPO.toString(), dir.toString())
                .redirectErrorStream(true);
        builder.environment().put("POLICYLENS_HOME", dir.resolve("state").toString());
        Process launcher = builder.start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(launcher.exitValue()).as(output).isZero();
        long pid = Long.parseLong(Files.readString(dir.resolve("state/run/sleeper.pid")).strip());
        try {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
            Process probe = new ProcessBuilder("flock", "-n", lock.toString(), "true").start();
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(probe.exitValue()).as("the lock is free while the spawned part runs").isZero();
            try (var descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                assertThat(descriptors.map(fd -> fd.getFileName().toString())).containsExactlyInAnyOrder("0", "1", "2");
            }
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }
}
