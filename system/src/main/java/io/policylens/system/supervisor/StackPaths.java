package io.policylens.system.supervisor;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a local stack keeps its state: POLICYLENS_HOME (default .policylens in the repository) with pid files in
 * run/, logs in logs/, PostgreSQL's data (POLICYLENS_PG_DATA), Kafka's data, Keycloak under tools/, and the start-up
 * caches in POLICYLENS_AOT_DIR (default aot/).
 */
public record StackPaths(Path repoRoot, Path state, Path postgresData, Path aotCaches) {

    public static StackPaths fromEnvironment(Map<String, String> env, Path repoRoot) {
        Path state = pathOr(env, "POLICYLENS_HOME", repoRoot.resolve(".policylens"));
        return new StackPaths(repoRoot, state, pathOr(env, "POLICYLENS_PG_DATA", state.resolve("postgres/data")),
                pathOr(env, "POLICYLENS_AOT_DIR", state.resolve("aot")));
    }

    public Path run() {
        return state.resolve("run");
    }

    public Path logs() {
        return state.resolve("logs");
    }

    public Path log(String part) {
        return logs().resolve(part + ".log");
    }

    public Path pidFile(String part) {
        return run().resolve(part + ".pid");
    }

    public Path postgresBinaries() {
        return state.resolve("postgres/binaries");
    }

    public Path kafkaData() {
        return state.resolve("kafka/data");
    }

    public Path tools() {
        return state.resolve("tools");
    }

    /** The packaged service: its target/quarkus-app/quarkus-run.jar. */
    public Path jar(String service) {
        return repoRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** local-runtime's classes (LocalPostgres, LocalKafka), built by the scripts before the tool runs. */
    public Path localRuntimeClasses() {
        return repoRoot.resolve("local-runtime/target/classes");
    }

    /** local-runtime's dependencies, the broker jars included; written by its build. */
    public Path localRuntimeClasspathFile() {
        return repoRoot.resolve("local-runtime/target/classpath.txt");
    }

    private static Path pathOr(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value).toAbsolutePath().normalize();
    }
}
