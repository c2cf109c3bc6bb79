package io.policylens.system.supervisor;

import io.policylens.system.stack.RealmFile;
import io.policylens.system.stack.StackConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Everything a part needs to start and stop: the environment, ports, paths, the JDK, and the process helpers. */
public record StackContext(Map<String, String> environment, StackConfig config, StackPaths paths, Jdk jdk,
                           JvmOptions jvmOptions, PidFiles pidFiles, Spawner spawner, Termination termination) {

    public static StackContext fromEnvironment(Map<String, String> env, Path repoRoot) {
        StackPaths paths = StackPaths.fromEnvironment(env, repoRoot);
        Jdk jdk = Jdk.fromEnvironment(env);
        PidFiles pidFiles = new PidFiles(paths);
        return new StackContext(Map.copyOf(env), StackConfig.fromEnvironment(env, repoRoot), paths, jdk,
                new JvmOptions(env, jdk.major()), pidFiles, new Spawner(pidFiles, env), new Termination(pidFiles));
    }

    /** An environment variable, or {@code fallback} when it is unset or empty (what ${VAR:-fallback} gave). */
    public String env(String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    public RealmFile realm() {
        return RealmFile.read(config.realmFile());
    }

    /**
     * local-runtime's class path for LocalPostgres and LocalKafka (built and listed by the scripts before the tool
     * runs). Its own list, not the stack tool's: the broker jars are optional there and only the broker needs them.
     */
    public String localRuntimeClasspath() {
        try {
            return paths.localRuntimeClasses() + ":" + Files.readString(paths.localRuntimeClasspathFile()).strip();
        } catch (IOException e) {
            throw new StackFailure("cannot read the local-runtime class path " + paths.localRuntimeClasspathFile()
                    + " (run ./policylens build)");
        }
    }

    /** Fails when something else listens on a port a part needs. */
    public void requireFree(int port, String hint) {
        if (Waiting.portOpen(port)) {
            throw new StackFailure("port " + port + " " + hint);
        }
    }
}
