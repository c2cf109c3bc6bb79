package io.policylens.system.supervisor.aot;

import io.policylens.system.supervisor.StackContext;
import io.policylens.system.supervisor.StackFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Start-up caches of the local stack's services.
 * <p>
 * JDK &gt;= 25: a JDK AOT cache (JEP 483/514/515: classes loaded and linked ahead of time, plus method profiles) per
 * service, made by a short training run ({@link AotTraining}). Later starts run with -XX:AOTCache=&lt;file&gt;. The
 * services are packaged as Quarkus aot-jar (classes on the JVM's own class path, which the cache can hold; fast-jar's
 * class loader cannot be cached). JDK 19-24: a dynamic AppCDS archive instead (-XX:+AutoCreateSharedArchive: the JVM
 * writes it at exit and checks and rewrites it itself). POLICYLENS_AOT=false turns both off; POLICYLENS_AOT=cds forces
 * the AppCDS archive.
 * <p>
 * A cache belongs to one build of a service: its key covers every file of target/quarkus-app (path, size and
 * modification time, which is also what the JVM checks before it uses a cache), the JDK and the JVM options. A rebuild
 * gets a new key, so a new training run; the old cache is deleted then. A training that fails adds a line to a
 * &lt;key&gt;.failed note and the service starts without a cache; the next start tries once more, after two failures
 * that build starts without a cache (delete the note to retry). The JVM itself ignores a cache that does not match or
 * is damaged (warning in the service log), and a service that dies before it is ready with a cache is started once
 * more without it (Service.awaitReady). Caches live in POLICYLENS_AOT_DIR (default .policylens/aot), 80-140 MB per
 * service.
 */
public final class AotCaches {

    public enum Kind { AOT, CDS, NONE }

    private final StackContext stack;

    public AotCaches(StackContext stack) {
        this.stack = stack;
    }

    /** AOT, CDS or NONE for the JDK the services run on and POLICYLENS_AOT. */
    public Kind kind() {
        return kind(stack.env("POLICYLENS_AOT", "auto"), stack.jdk().major());
    }

    static Kind kind(String setting, int jdkMajor) {
        return switch (setting) {
            case "false", "off", "none" -> Kind.NONE;
            case "cds" -> Kind.CDS;
            default -> jdkMajor >= 25 ? Kind.AOT : jdkMajor >= 19 ? Kind.CDS : Kind.NONE;
        };
    }

    Path dir(String service) {
        return stack.paths().aotCaches().resolve(service);
    }

    Path cache(String service, String key) {
        return dir(service).resolve(key + ".aot");
    }

    Path failedNote(String service, String key) {
        return dir(service).resolve(key + ".failed");
    }

    /**
     * The cache key of a service's current build: the JDK, the JVM options it runs with, and every file of its
     * quarkus-app folder (relative path, size, modification time).
     */
    public String key(String service) {
        Path app = stack.paths().jar(service).getParent();
        StringBuilder text = new StringBuilder();
        text.append(stack.jdk().realJava()).append('\n');
        stack.jdk().identity().forEach(line -> text.append(line).append('\n'));
        text.append(stack.jvmOptions().forService(service)).append('\n').append(app).append('\n');
        try (Stream<Path> files = Files.walk(app)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(app.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toInstant()).append('\n');
            }
        } catch (IOException e) {
            // no build yet: the key of nothing, never a cache
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM options that make a service use its start-up cache (empty when there is none or it failed). */
    public String options(String service) {
        switch (kind()) {
            case AOT -> {
                Path cache = cache(service, key(service));
                return nonEmpty(cache) ? "-XX:AOTCache=" + cache : "";
            }
            case CDS -> {
                String key = key(service);
                createDir(service);
                return Files.exists(failedNote(service, key)) ? ""
                        : "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + dir(service).resolve(key + ".jsa");
            }
            default -> {
                return "";
            }
        }
    }

    /**
     * No start-up cache for the current build of a service any more: it is removed, and the reason is added to its
     * &lt;key&gt;.failed note (two failures and that build gets no more training runs).
     */
    public void disable(String service, String reason) {
        String key = key(service);
        createDir(service);
        try {
            Files.deleteIfExists(cache(service, key));
            Files.deleteIfExists(dir(service).resolve(key + ".jsa"));
            Files.writeString(failedNote(service, key),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + reason + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StackFailure("cannot note the failed cache of " + service + ": " + e.getMessage());
        }
    }

    /**
     * True when the service should get a training run before it starts: JDK &gt;= 25, no cache for its current build,
     * and fewer than two failures with it (a port taken for a moment must not cost a build its cache).
     */
    public boolean needsTraining(String service) {
        if (kind() != Kind.AOT) {
            return false;
        }
        String key = key(service);
        return !nonEmpty(cache(service, key)) && failures(service, key) < 2;
    }

    int failures(String service, String key) {
        try {
            Path note = failedNote(service, key);
            return Files.exists(note) ? Files.readAllLines(note).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Keeps only the files of one key (the older builds' caches go). */
    void keepOnly(String service, String key) throws IOException {
        try (Stream<Path> files = Files.list(dir(service))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith(key + ".")) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Trains the services given that need it, in parallel (each on its own port, as a stack start would run them). */
    public void trainMissing(List<String> services) {
        List<Thread> runs = services.stream().filter(this::needsTraining)
                .map(s -> Thread.ofPlatform().name("aot-training-" + s)
                        .start(() -> new AotTraining(stack, this, s).run())).toList();
        for (Thread run : runs) {
            try {
                run.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackFailure("interrupted");
            }
        }
    }

    private void createDir(String service) {
        try {
            Files.createDirectories(dir(service));
        } catch (IOException e) {
            throw new StackFailure("cannot create " + dir(service));
        }
    }

    static boolean nonEmpty(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
