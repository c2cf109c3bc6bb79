package io.policylens.system.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary {@code ./policylens up} prints: what one partner sees (documents, claims, recommendations, top
 * topics), one evidence trail (recommendation → supporting claims → exact source spans), and where to go next.
 */
public final class StackSummary {

    private final GatewayClient gateway;
    private final String who;
    private final StackConfig config;
    private final RealmFile realm;

    public StackSummary(GatewayClient gateway, String who, StackConfig config, RealmFile realm) {
        this.gateway = gateway;
        this.who = who;
        this.config = config;
        this.realm = realm;
    }

    public void print(PrintStream out) {
        JsonNode documents = gateway.get(who, "/api/v1/documents?size=100").expect(200).json();
        String claims = total(gateway.get(who, "/api/v1/claims?size=1"));
        ApiResponse recommendations = gateway.get(who, "/api/v1/recommendations?size=20");
        String gw = config.gateway().toString();

        out.println();
        out.println("================ Policy Lens is up ================");
        out.printf("Documents visible to %s: %s      Claims: %s      Recommendations: %s%n",
                who, documents.path("total").asText("?"), claims, total(recommendations));
        String topics = topTopics(documents);
        out.println("Top topics: " + (topics.isEmpty() ? "(none yet)" : topics));
        List<String> trail = recommendations.status() == 200 ? evidenceTrail(recommendations.json()) : List.of();
        if (trail.isEmpty()) {
            out.println(
                    "Evidence trail: none found yet (no recommendation with supporting claims among these documents)");
        } else {
            trail.forEach(out::println);
        }
        out.println();
        out.println("Swagger UI:  " + gw + "/q/swagger-ui   (Authorize -> log in as "
                + "reader|contributor|analyst|contributor-b|analyst-b|admin|analyst-internal, password = user name)");
        out.println("API:         " + gw + "/api/v1/documents   e.g. curl -H "
                + "\"Authorization: Bearer $(./policylens token analyst)\" " + gw + "/api/v1/documents");
        out.println("Keycloak:    " + config.keycloak() + "/admin   (admin / admin)   realm: " + config.issuer());
        out.println("Clients:     partner-a-api / " + realm.secret("partner-a-api").orElse("?") + ", partner-b-api / "
                + realm.secret("partner-b-api").orElse("?") + "   (./policylens token partner-a-api)");
        out.println("Logs:        ./policylens logs <gateway|documents|claims|recommendations|keycloak|postgres>"
                + "    Stop: ./policylens down");
    }

    private static String total(ApiResponse page) {
        return page.status() == 200 ? page.json().path("total").asText("?") : "? (" + page + ")";
    }

    /** The most frequent topic labels over the listed documents, "label (count)". */
    static String topTopics(JsonNode documents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode document : documents.path("items")) {
            for (JsonNode topic : document.path("topics")) {
                String label = topic.isObject()
                        ? firstText(topic, "topic", "label", "name", "id")
                        : topic.asText();
                counts.merge(label, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The first recommendation (of the page) that has supporting claims, as printable lines. */
    private List<String> evidenceTrail(JsonNode recommendations) {
        for (JsonNode item : recommendations.path("items")) {
            String id = item.path("id").asText();
            ApiResponse answer = gateway.get(who, "/api/v1/recommendations/" + id + "/evidence");
            if (answer.status() != 200 || answer.json().path("evidence").isEmpty()) {
                continue;
            }
            JsonNode trail = answer.json();
            JsonNode rec = trail.path("recommendation");
            JsonNode source = trail.path("source");
            List<String> lines = new ArrayList<>();
            lines.add("One evidence trail (GET " + gateway.base() + "/api/v1/recommendations/" + id + "/evidence):");
            lines.add("  document:       " + firstText(rec, "documentTitle", "documentId"));
            lines.add("  recommendation: [" + rec.path("actor").asText("?") + " / " + rec.path("strength").asText("?")
                    + "] " + rec.path("text").asText());
            lines.add("                  source chars " + source.path("start").asText() + "-"
                    + source.path("end").asText()
                    + ", matches stored text: " + source.path("matchesStoredText").asText());
            int shown = 0;
            for (JsonNode evidence : trail.path("evidence")) {
                if (shown++ == 3) {
                    break;
                }
                String text = evidence.path("claim").hasNonNull("text") ? evidence.path("claim").path("text").asText()
                        : evidence.path("source").path("quote").asText();
                lines.add("  evidence:       " + text);
                lines.add("                  chars " + evidence.path("source").path("start").asText() + "-"
                        + evidence.path("source").path("end").asText() + "; " + evidence.path("reason").asText()
                        + " (score " + evidence.path("linkScore").asText() + ")");
            }
            return lines;
        }
        return List.of();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field) && !node.path(field).asText().isBlank()) {
                return node.path(field).asText();
            }
        }
        return node.toString();
    }
}
