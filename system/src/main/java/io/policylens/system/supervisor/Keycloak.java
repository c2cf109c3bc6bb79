package io.policylens.system.supervisor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode with the development realm, installed under tools/ on first use (KEYCLOAK_VERSION, default
 * 26.7.3).
 */
public final class Keycloak {

    public static final String PART = "keycloak";
    static final String DEFAULT_VERSION = "26.7.3";

    private final StackContext stack;

    public Keycloak(StackContext stack) {
        this.stack = stack;
    }

    public String version() {
        return stack.env("KEYCLOAK_VERSION", DEFAULT_VERSION);
    }

    /** The installation folder; also the marker of its process (its command line names it). */
    public Path home() {
        return stack.paths().tools().resolve("keycloak-" + version());
    }

    public URI url() {
        return stack.config().keycloak();
    }

    public boolean ready() {
        return Waiting.answers(URI.create(stack.config().issuer() + "/.well-known/openid-configuration"));
    }

    public boolean running() {
        return stack.pidFiles().running(PART, home().toString()).isPresent();
    }

    public void start() {
        if (running() && ready()) {
            Console.info("Keycloak already running on " + url());
            return;
        }
        stack.termination().terminate(PART, home().toString(), Duration.ofSeconds(20));
        int port = stack.config().keycloakPort();
        stack.requireFree(port, "is taken by another program; stop it or set KEYCLOAK_PORT");
        new KeycloakInstall(stack, version(), home()).install();
        new RealmImport(home(), stack.config().realmFile()).prepare();
        Console.info("starting Keycloak " + version() + " (dev mode) on " + url() + "...");
        Path log = stack.paths().log(PART);
        stack.spawner().spawn(PART, log, List.of(home().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm"), Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", stack.env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", stack.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                "JAVA_OPTS_KC_HEAP", stack.env("KEYCLOAK_HEAP_OPTS", "-Xms64m -Xmx768m")));
        Waiting.awaitStart("Keycloak", log, this::ready, this::running, Duration.ofSeconds(180),
                Duration.ofMillis(500));
    }

    public void stop() {
        stack.termination().terminate(PART, home().toString(), Duration.ofSeconds(30));
    }

    static boolean installed(Path home) {
        return Files.isExecutable(home.resolve("bin/kc.sh"));
    }
}
