package io.policylens.system.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Keycloak's dev mode keeps the realm in its H2 database (data/h2) and --import-realm skips a realm that exists:
 * when the realm file changed since it was imported, the dev database is dropped so the new file is imported.
 */
record RealmImport(Path keycloakHome, Path realmFile) {

    void prepare() {
        Path data = keycloakHome.resolve("data");
        Path stamp = data.resolve(".policylens-realm.sha256");
        try {
            Path imports = Files.createDirectories(data.resolve("import"));
            String sum = sha256(realmFile);
            Path h2 = data.resolve("h2");
            String imported = Files.exists(stamp) ? Files.readString(stamp).strip() : "";
            if (Files.isDirectory(h2) && !imported.equals(sum)) {
                Console.info(
                        "the realm file changed since Keycloak imported it: resetting Keycloak's development database");
                deleteTree(h2);
            }
            Files.copy(realmFile, imports.resolve("policylens-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(stamp, sum + "\n");
        } catch (IOException e) {
            throw new StackFailure("cannot prepare the realm import: " + e.getMessage());
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
