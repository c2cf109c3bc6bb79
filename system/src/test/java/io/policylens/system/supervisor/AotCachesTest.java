package io.policylens.system.supervisor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The start-up caches (aot.AotCaches, aot.AotTraining) with a stand-in service: a tiny HTTP server jar at
 * documents-service/target/quarkus-app/quarkus-run.jar of a scratch repository folder, started and stopped through
 * the same {@link Stack} calls `./policylens start|stop` use. Needs no stack: the training run's requests simply get
 * 404s and no token.
 */
class AotCachesTest {

    private static final Path REPO = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath()
            .normalize();
    private static final String SERVICE = "documents-service";

    /**
     * Like a service: 404 on its API port (DOCUMENTS_PORT), 200 on /q/health/* of its management port (MANAGEMENT_PORT,
     * which the launcher sets); exits early when told to by the environment (failure cases).
     */
    private static final String FAKE_SERVICE = """
            import com.sun.net.httpserver.HttpServer;
            import java.lang.management.ManagementFactory;
            import java.net.InetSocketAddress;
            import java.nio.charset.StandardCharsets;
            import java.util.List;

            public class FakeService {
                public static void main(String[] args) throws Exception {
                    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
                    if (System.getenv("FAKE_EXIT_WITH_CACHE") != null
                            && jvm.stream().anyMatch(a -> a.startsWith("-XX:AOTCache="))) {
                        System.exit(3);
                    }
                    if (System.getenv("FAKE_EXIT_WHEN_RECORDING") != null && jvm.contains("-XX:AOTMode=record")) {
                        System.exit(4);
                    }
                    HttpServer api = serve("DOCUMENTS_PORT", false);
                    HttpServer management = serve("MANAGEMENT_PORT", true);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> { api.stop(0); management.stop(0); }));
                    Thread.currentThread().join();
                }

                static HttpServer serve(String portVariable, boolean health) throws Exception {
                    int port = Integer.parseInt(System.getenv(portVariable));
                    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                    server.createContext("/", exchange -> {
                        String path = exchange.getRequestURI().getPath();
                        byte[] body = ("{\\"path\\":\\"" + path + "\\"}").getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(health && path.startsWith("/q/health/") ? 200 : 404, body.length);
                        exchange.getResponseBody().write(body);
                        exchange.close();
                    });
                    server.start();
                    return server;
                }
            }
            """;

    @TempDir
    Path root;

    private Path jar;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void scratchRepository() throws Exception {
        jar = root.resolve(SERVICE + "/target/quarkus-app/quarkus-run.jar");
        buildFakeService(jar);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("POLICYLENS_HOME", root.resolve("state").toString());
        environment.put("DOCUMENTS_PORT", String.valueOf(freePortWithFreeManagementPort()));
        environment.put("KEYCLOAK_PORT", String.valueOf(freePort()));
        environment.put("DOCUMENTS_JAVA_OPTS", "-Xmx64m -Xss512k");
        environment.put("POLICYLENS_AOT_TRAIN_ROUNDS", "1");
    }

    @AfterEach
    void stopService() throws Exception {
        stop();
    }

    @Test
    void cacheIsTrainedOnceReusedAndRebuiltWithTheJar() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the JDK AOT cache needs JDK 25");

        String first = start();
        assertThat(first).contains("training the AOT cache of " + SERVICE)
                .contains("AOT cache of " + SERVICE + " ready");
        Path cache = onlyCache();
        assertThat(runningCommandLine()).contains("-XX:AOTCache=" + cache);
        FileTime trained = Files.getLastModifiedTime(cache);

        stop();
        String second = start();
        assertThat(second).doesNotContain("training the AOT cache");
        assertThat(onlyCache()).isEqualTo(cache);
        assertThat(Files.getLastModifiedTime(cache)).isEqualTo(trained);
        assertThat(runningCommandLine()).contains("-XX:AOTCache=" + cache);

        // a rebuild: same path, new file
        stop();
        buildFakeService(jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        String rebuilt = start();
        assertThat(rebuilt).contains("training the AOT cache of " + SERVICE);
        Path newCache = onlyCache();
        assertThat(newCache).isNotEqualTo(cache);
        assertThat(cache).doesNotExist();
        assertThat(runningCommandLine()).contains("-XX:AOTCache=" + newCache);
    }

    @Test
    void damagedCacheStillStarts() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the JDK AOT cache needs JDK 25");
        start();
        Path cache = onlyCache();
        stop();

        byte[] original = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(original, original.length / 3)); // truncated
        assertThat(start()).doesNotContain("training the AOT cache");
        assertThat(runningCommandLine()).contains("-XX:AOTCache=" + cache);
        assertThat(log()).contains("[aot]");

        stop();
        Files.writeString(cache, "not an AOT cache"); // garbage
        start();
        assertThat(runningCommandLine()).contains("-XX:AOTCache=" + cache);
    }

    @Test
    void serviceThatDiesWithItsCacheIsStartedWithout() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the JDK AOT cache needs JDK 25");
        start();
        stop();

        environment.put("FAKE_EXIT_WITH_CACHE", "1");
        String output = start();
        assertThat(output).contains("died before it was ready with its start-up cache");
        assertThat(runningCommandLine()).doesNotContain("-XX:AOTCache");
        assertThat(cacheFiles(".aot")).isEmpty();
        assertThat(cacheFiles(".failed")).hasSize(1);
    }

    @Test
    void failedTrainingStartsWithoutCacheAndIsRetriedOnce() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the JDK AOT cache needs JDK 25");
        environment.put("FAKE_EXIT_WHEN_RECORDING", "1");

        assertThat(start()).contains("AOT cache training of " + SERVICE + " failed");
        assertThat(runningCommandLine()).doesNotContain("-XX:AOTCache");
        stop();
        assertThat(start()).contains("AOT cache training of " + SERVICE + " failed");
        stop();
        assertThat(start()).doesNotContain("training the AOT cache");

        assertThat(cacheFiles(".aot")).isEmpty();
        assertThat(Files.readAllLines(cacheFiles(".failed").get(0))).hasSize(2);
    }

    @Test
    void noCacheWhenSwitchedOff() throws Exception {
        environment.put("POLICYLENS_AOT", "false");
        assertThat(start()).doesNotContain("training the AOT cache");
        assertThat(runningCommandLine()).doesNotContain("-XX:AOTCache").doesNotContain("SharedArchiveFile");
    }

    @Test
    void appCdsArchiveBeforeJdk25() throws Exception {
        environment.put("POLICYLENS_AOT", "cds"); // what JDK 19-24 get
        assertThat(start()).doesNotContain("training the AOT cache");
        assertThat(runningCommandLine()).contains("-XX:+AutoCreateSharedArchive").contains("-XX:SharedArchiveFile=");
        stop();
        // the JVM wrote the archive when it stopped; the next start maps it
        assertThat(cacheFiles(".jsa")).hasSize(1);
        start();
        assertThat(runningCommandLine()).contains("-XX:SharedArchiveFile=" + cacheFiles(".jsa").get(0));
    }

    // ---- helpers ----

    /** Starts the service as `./policylens start documents` does; what it printed. */
    private String start() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.endsWith("_JAVA_OPTS") || name.startsWith("POLICYLENS_"));
        env.putAll(environment);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new Stack(StackContext.fromEnvironment(env, root)).start(SERVICE);
        } finally {
            System.setErr(original);
            // shown in the test report, also when the start failed (with the log's tail the start printed)
            original.print(captured.toString(StandardCharsets.UTF_8));
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private void stop() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(environment);
        new Stack(StackContext.fromEnvironment(env, root)).stop(SERVICE, false);
    }

    private String runningCommandLine() throws IOException {
        String pid = Files.readString(root.resolve("state/run/" + SERVICE + ".pid")).strip();
        return Files.readString(Path.of("/proc", pid, "cmdline")).replace('\0', ' ');
    }

    private String log() throws IOException {
        return Files.readString(root.resolve("state/logs/" + SERVICE + ".log"));
    }

    private Path onlyCache() throws IOException {
        List<Path> caches = cacheFiles(".aot");
        assertThat(caches).hasSize(1);
        return caches.get(0);
    }

    private List<Path> cacheFiles(String suffix) throws IOException {
        Path dir = root.resolve("state/aot/" + SERVICE);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private void buildFakeService(Path target) throws IOException {
        Path src = root.resolve("fake-src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("FakeService.java"), FAKE_SERVICE);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21",
                "-d", src.toString(), src.resolve("FakeService.java").toString());
        assertThat(compiled).as("fake service compiles").isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "FakeService");
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("quarkus-run.jar.tmp");
        try (OutputStream out = Files.newOutputStream(tmp);
             JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry("FakeService.class"));
            jarOut.write(Files.readAllBytes(src.resolve("FakeService.class")));
            jarOut.closeEntry();
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A free port whose management port (+ 1000, as the launcher derives it) is free too. */
    private static int freePortWithFreeManagementPort() throws IOException {
        while (true) {
            int port = freePort();
            if (port + 1000 <= 65_535) {
                try (ServerSocket management = new ServerSocket(port + 1000)) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
