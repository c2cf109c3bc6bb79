package io.policylens.gateway.client;

import java.util.Locale;

/** The services behind the gateway. The name is the REST client config key and the metrics tag. */
public enum Downstream {
    DOCUMENTS, CLAIMS, RECOMMENDATIONS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How problems, logs and the API documentation name the service: {@code claims-service}. */
    public String serviceName() {
        return id() + "-service";
    }
}
