package io.policylens.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Linux /proc readings of a process: resident memory and the wall-clock time it started. */
final class ProcessStats {

    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on every Linux the JDK runs on. */
    private static final long CLOCK_TICKS = 100;

    private ProcessStats() {
    }

    /** VmRSS in MiB, empty when the process is gone. */
    static OptionalLong residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** When the process started, in epoch milliseconds (10 ms resolution). */
    static long startedAtMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // the command name (field 2) may contain spaces: fields after it start behind the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line
        long bootSeconds = 0;
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
            if (line.startsWith("btime ")) {
                bootSeconds = Long.parseLong(line.substring(6).strip());
            }
        }
        return bootSeconds * 1000 + startTicks * 1000 / CLOCK_TICKS;
    }
}
