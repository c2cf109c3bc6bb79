package io.policylens.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Linux /proc readings of a process: resident memory, CPU time and the wall-clock time it started. */
final class ProcessStats {

    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on every Linux the JDK runs on. */
    private static final long CLOCK_TICKS = 100;

    private ProcessStats() {
    }

    /** VmRSS in MiB, empty when the process is gone. */
    static OptionalLong residentMiB(long pid) {
        return statusMiB(pid, "VmRSS:");
    }

    /**
     * One line of /proc/<pid>/status in MiB: VmRSS (all resident pages), RssAnon (the process's own memory: heap,
     * metaspace, code, stacks, malloc) or RssFile (pages of mapped files, e.g. jars and the JDK's AOT cache, which
     * the kernel can drop and processes share).
     */
    static OptionalLong statusMiB(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** User plus system CPU time of the process so far, in seconds; 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String[] fields = statFields(Files.readString(Path.of("/proc/" + pid + "/stat")));
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS; // fields 14 and 15
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds of every process whose command name is {@code name} (PostgreSQL runs one process per connection). */
    static double cpuSecondsOfAll(String name) {
        double total = 0;
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String pid = entry.getFileName().toString();
                if (!pid.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals(name)) {
                        String[] fields = statFields(stat);
                        // a connection process that ended took its CPU with it;
                        // the postmaster's children counters keep it
                        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                                + Long.parseLong(fields[14])) / (double) CLOCK_TICKS;
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /** CPU seconds the whole machine spent outside idle and iowait since boot (first line of /proc/stat). */
    static double machineCpuSeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU seconds of a JVM's own machinery so far, from its live threads (/proc/&lt;pid&gt;/task): {@code jit} (the
     * compiler threads) and {@code gcAndVm} (the collector's threads and the VM thread, where the serial collector and
     * other safepoint work run). What remains of the process's CPU is the application's. Both are paid once per JVM
     * while it warms up or collects, not per document, which is why a second replica can cost more in total.
     */
    static Map<String, Double> jvmThreadCpuSeconds(long pid) {
        Map<String, Double> kinds = new LinkedHashMap<>();
        kinds.put(JIT, 0.0);
        kinds.put(GC_AND_VM, 0.0);
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String kind = threadKind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                    if (kind != null) {
                        String[] fields = statFields(stat);
                        double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
                                / (double) CLOCK_TICKS;
                        kinds.merge(kind, seconds, Double::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return kinds;
        }
        return kinds;
    }

    static final String JIT = "jit";
    static final String GC_AND_VM = "gcAndVm";

    /** A JVM thread's kind by its name as the kernel holds it (15 characters: "C1 CompilerThre"); null for the rest. */
    static String threadKind(String threadName) {
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("VM Thread") || threadName.startsWith("G1 ")) {
            return GC_AND_VM;
        }
        return null;
    }

    /** The fields after the command name (which may contain spaces): index 0 is field 3 of the whole line. */
    private static String[] statFields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** When the process started, in epoch milliseconds (10 ms resolution). */
    static long startedAtMillis(long pid) throws IOException {
        String[] fields = statFields(Files.readString(Path.of("/proc/" + pid + "/stat")));
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
