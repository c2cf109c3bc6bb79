package io.policylens.system.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The development realm file (dev/keycloak/policylens-realm.json): the secrets of its confidential clients. */
public final class RealmFile {

    private final Map<String, String> clientSecrets;

    private RealmFile(Map<String, String> clientSecrets) {
        this.clientSecrets = Map.copyOf(clientSecrets);
    }

    public static RealmFile read(Path file) {
        try {
            JsonNode realm = new ObjectMapper().readTree(file.toFile());
            Map<String, String> secrets = new LinkedHashMap<>();
            for (JsonNode client : realm.path("clients")) {
                String secret = client.path("secret").asText("");
                if (!secret.isEmpty()) {
                    secrets.put(client.path("clientId").asText(), secret);
                }
            }
            return new RealmFile(secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + file, e);
        }
    }

    /** The secret of a confidential client; empty for public clients and for users. */
    public Optional<String> secret(String clientId) {
        return Optional.ofNullable(clientSecrets.get(clientId));
    }
}
