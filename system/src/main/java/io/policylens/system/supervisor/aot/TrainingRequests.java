package io.policylens.system.supervisor.aot;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests of a training run: read-only or stateless, so a training run changes no data. They take the code
 * paths a real start-up and the first real calls take: security, JSON, database queries, the extractors, error
 * answers. Health, metrics and /internal/* go to the management port.
 */
final class TrainingRequests {

    record Request(String method, String path, String body) {

        boolean management() {
            return path.startsWith("/q/health") || path.equals("/q/metrics") || path.startsWith("/internal/");
        }
    }

    private static final String ZERO = "00000000-0000-0000-0000-000000000000";
    private static final String TEXT = "{\"text\":\""
            + "The ministry should publish quarterly figures on hospital waiting times."
            + " In 2024 unemployment fell to 4.2 percent, according to the national statistics office."
            + " Regulators must review the rules by 2026.\"}";

    private TrainingRequests() {
    }

    static List<Request> of(String service) {
        List<Request> requests = new ArrayList<>(List.of(get("/q/health/live"), get("/q/metrics"), get("/q/openapi")));
        if (!service.equals("gateway")) {
            requests.add(get("/internal/data-version"));
        }
        switch (service) {
            case "documents-service" -> requests.addAll(List.of(get("/documents?size=5"),
                    get("/documents/search?q=hospital%20waiting%20times&size=5"),
                    get("/documents/changes?after=0&limit=5"),
                    get("/documents/" + ZERO)));
            case "claims-service" -> requests.addAll(
                    List.of(get("/claims?size=5"), get("/claims/" + ZERO), post("/claims/extract")));
            case "recommendations-service" -> requests.addAll(List.of(get("/recommendations?size=5"),
                    get("/recommendations/clusters?size=5"), get("/recommendations/" + ZERO),
                    post("/recommendations/extract")));
            case "gateway" -> requests.addAll(List.of(get("/api/v1/documents?size=5"), get("/api/v1/claims?size=5"),
                    get("/api/v1/recommendations?size=5"), get("/api/v1/search?q=unemployment&size=5"),
                    get("/api/v1/documents/" + ZERO + "/analysis"), post("/api/v1/claims/extract"),
                    post("/api/v1/recommendations/extract")));
            default -> throw new IllegalArgumentException("not a service: " + service);
        }
        return requests;
    }

    private static Request get(String path) {
        return new Request("GET", path, null);
    }

    private static Request post(String path) {
        return new Request("POST", path, TEXT);
    }
}
