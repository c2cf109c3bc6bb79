package io.policylens.system.supervisor;

import io.policylens.system.stack.StackParts;

import java.util.List;
import java.util.Locale;

/**
 * The parts of the stack by the names users type: documents → documents-service; postgres, kafka, keycloak as
 * they are.
 */
public final class Parts {

    public static final List<String> INFRASTRUCTURE = List.of(Postgres.PART, Kafka.PART, Keycloak.PART);

    private Parts() {
    }

    /** The full name of a part; fails for an unknown one. */
    public static String resolve(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        if (INFRASTRUCTURE.contains(n)) {
            return n;
        }
        try {
            return StackParts.serviceName(n);
        } catch (IllegalArgumentException e) {
            throw new StackFailure("unknown part '" + name
                    + "' (gateway | documents | claims | recommendations | kafka | keycloak | postgres)");
        }
    }

    public static boolean isService(String part) {
        return StackParts.SERVICES.contains(part);
    }
}
