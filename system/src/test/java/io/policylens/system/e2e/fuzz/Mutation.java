package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The classes of bad input the suite sends. Each breaks a valid request in one place (chosen with the case's own
 * random generator, so a seed always gives the same requests); where a class has nothing to break in an operation
 * (no body, no number) it breaks what the operation has or adds what it does not expect.
 */
public enum Mutation {

    MALFORMED_JSON {
        @Override
        void apply(Draft d, Random r) {
            String valid = d.json == null ? "{\"text\":\"chips\"}" : d.json.toString();
            List<String> bodies = List.of("{", "[1,2", "{\"a\":}", "nul", "{'single':'quotes'}", "{\"a\":1}{\"b\":2}",
                    "{\"a\":1,}", "\"unterminated", valid.substring(0, Math.max(1, r.nextInt(valid.length()))),
                    "[".repeat(5000) + "]".repeat(5000), "{\"text\":\"\\ud800\"}", "{\"text\":\"\\x41\"}");
            int pick = r.nextInt(bodies.size() + 1);
            if (pick == bodies.size()) {
                // bytes that are not UTF-8 at all
                byte[] broken = ("{\"text\":\"" + "x".repeat(5) + "\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
                d.raw(broken, "application/json");
            } else {
                d.raw(bodies.get(pick), "application/json");
            }
        }
    },

    WRONG_TYPES {
        @Override
        void apply(Draft d, Random r) {
            ObjectNode body = d.object();
            if (body != null) {
                if (r.nextInt(5) == 0) {
                    d.raw(pick(r, "[]", "\"text\"", "42", "null", "true"), "application/json");
                    return;
                }
                String field = pick(r, fieldNames(d.op.jsonBody().orElseThrow()));
                body.set(field, wrongTypeFor(d.op.jsonBody().orElseThrow().path("properties").path(field), r));
                return;
            }
            Optional<ApiParameter> query = some(d.op.in("query"), p -> true, r);
            if (query.isPresent()) {
                ApiParameter p = query.get();
                d.queryValue(p.name(), p.isInteger() ? pick(r, "abc", "1.5", "true", "[]", "{}", "1,2")
                        : p.isBoolean() ? pick(r, "2", "null", "{}") : pick(r, "[1,2]", "{\"a\":1}", "12345", "true"));
                return;
            }
            Optional<ApiParameter> path = some(d.op.in("path"), p -> true, r);
            if (path.isPresent()) {
                d.pathValues.put(path.get().name(), pick(r, "12345", "true", "[]", "{}", "1.5e10"));
                return;
            }
            d.queryValue("size", "abc");
        }
    },

    HUGE_EMPTY_OR_NUL_STRINGS {
        @Override
        void apply(Draft d, Random r) {
            ObjectNode body = d.object();
            int kind = r.nextInt(3);
            if (kind == 2) {
                // a NUL character, which PostgreSQL text cannot hold, or a right-to-left override
                String odd = pick(r, "a\u0000b", "\u0000", "\u202egnp.exe", "line\r\nbreak");
                Optional<String> field = body == null ? Optional.empty()
                        : some(fieldNames(d.op.jsonBody().orElseThrow()), f -> d.op.jsonBody().orElseThrow()
                                .path("properties").path(f).path("type").asText("string").equals("string"), r);
                if (field.isPresent()) {
                    body.put(field.get(), odd);
                } else {
                    d.queryValue(some(d.op.in("query"), p -> !p.isInteger(), r).map(ApiParameter::name)
                            .orElse("q"), odd);
                }
                return;
            }
            boolean empty = kind == 0;
            if (body != null && r.nextInt(3) > 0) {
                JsonNode schema = d.op.jsonBody().orElseThrow();
                String field = pick(r, fieldNames(schema).stream()
                        .filter(f -> schema.path("properties").path(f).path("type").asText("string").equals("string"))
                        .toList());
                int max = schema.path("properties").path(field).path("maxLength").asInt(-1);
                // longer than its limit, or (where the field has none) longer than the whole body may be: 413
                body.put(field, empty ? "" : "x".repeat(max > 0 ? max + 1 : 6 * 1024 * 1024));
                return;
            }
            Optional<ApiParameter> path = some(d.op.in("path"), p -> true, r);
            if (path.isPresent() && r.nextBoolean()) {
                d.pathValues.put(path.get().name(), empty ? "" : "a".repeat(3000));
                return;
            }
            Optional<ApiParameter> query = some(d.op.in("query"), p -> !p.isInteger(), r);
            String name = query.map(ApiParameter::name).orElse("q");
            int max = query.map(ApiParameter::maxLength).orElse(-1);
            // request lines stay under 4 KB: longer ones are refused by the HTTP layer itself (414)
            // before any code of ours
            d.queryValue(name, empty ? "" : "q".repeat(max > 0 && max < 3000 ? max + 1 : 3000));
        }
    },

    UNKNOWN_FIELDS {
        @Override
        void apply(Draft d, Random r) {
            ObjectNode body = d.object();
            if (body != null) {
                switch (r.nextInt(3)) {
                    case 0 -> body.put("unexpected", "x");
                    case 1 -> body.putObject("extra").put("nested", 1);
                    default -> body.put("__proto__", "{}");
                }
                return;
            }
            d.queryValue(pick(r, "unexpected", "debug", "admin", "$where"), pick(r, "1", "true", "x"));
        }
    },

    BOUNDARY_NUMBERS {
        @Override
        void apply(Draft d, Random r) {
            Optional<ApiParameter> number = some(d.op.in("query"), p -> p.isInteger() || p.minimum().isPresent(), r);
            if (number.isPresent()) {
                ApiParameter p = number.get();
                List<String> values = new ArrayList<>(List.of("0", "-1", "2147483647", "2147483648", "-2147483649",
                        "9223372036854775807", "9223372036854775808", "99999999999999999999", "1e2", "0x1F", "+5", "-0",
                        "NaN", "Infinity", "1e309", "0.0000001"));
                p.minimum().ifPresent(min -> values.add(Long.toString(min - 1)));
                p.maximum().ifPresent(max -> values.add(Long.toString(max + 1)));
                d.queryValue(p.name(), pick(r, values));
                return;
            }
            ObjectNode body = d.object();
            Optional<String> date = body == null ? Optional.empty() : some(fieldNames(d.op.jsonBody().orElseThrow()),
                    f -> "date".equals(d.op.jsonBody().orElseThrow()
                            .path("properties").path(f).path("format").asText()), r);
            if (date.isPresent()) {
                body.put(date.get(), pick(r, "2025-02-30", "0000-01-01", "+10000-01-01", "2025-13-01",
                        "-999999999-01-01", "20250604"));
                return;
            }
            d.queryValue(pick(r, "page", "size"), pick(r, "-1", "2147483648", "1e9"));
        }
    },

    BAD_UUIDS {
        @Override
        void apply(Draft d, Random r) {
            String bad = pick(r, "not-a-uuid", "00000000-0000-0000-0000-00000000000g",
                    "00000000000000000000000000000000", "{00000000-0000-0000-0000-000000000000}",
                    "00000000-0000-0000-0000-0000000000000", "..", "%00", "\u0000", "' OR '1'='1", "-1",
                    "ffffffff-ffff-ffff-ffff-ffffffffffff", "a".repeat(1000), "\u00e9\u2603\ud83d\ude00");
            Optional<ApiParameter> uuidPath = some(d.op.in("path"), ApiParameter::isUuid, r);
            if (uuidPath.isPresent()) {
                d.pathValues.put(uuidPath.get().name(), bad);
                return;
            }
            Optional<ApiParameter> uuidQuery = some(d.op.in("query"),
                    p -> p.example().asText().matches("[0-9a-f-]{36}"), r);
            if (uuidQuery.isPresent()) {
                d.queryValue(uuidQuery.get().name(), bad);
                return;
            }
            Optional<ApiParameter> path = some(d.op.in("path"), p -> true, r);
            if (path.isPresent()) {
                d.pathValues.put(path.get().name(), bad);
                return;
            }
            d.queryValue("document", bad);
        }
    },

    BAD_QUERY_PARAMETERS {
        @Override
        void apply(Draft d, Random r) {
            Optional<ApiParameter> some = some(d.op.in("query"), p -> true, r);
            if (some.isEmpty()) {
                d.queryValue(pick(r, "size", "page", "q"), pick(r, "-1", "abc", "\u0000"));
                return;
            }
            ApiParameter p = some.get();
            if (d.op.rewindsAFeed()) {
                // only values that must be refused: this endpoint's accepted requests rewind a change feed
                d.queryValue(p.name(), pick(r, "maybe", "yes", "TRUE", "1", "false\u0000", "true,false"));
                return;
            }
            List<String> values = new ArrayList<>(
                    List.of("", "\u0000", "\r\nX-Injected: 1", "' OR 1=1 --", "<script>alert(1)</script>",
                    "\"unclosed", "!!!", "&|:*", "-", "\uffff", "%", "../../etc/passwd", "${jndi:ldap://x/a}"));
            if (!p.enumValues().isEmpty()) {
                values.addAll(List.of("bogus", p.enumValues().get(0).toUpperCase(), " " + p.enumValues().get(0)));
            }
            if (p.name().equals("from") || p.name().equals("to")) {
                values.addAll(List.of("yesterday", "2025-02-30", "2025-06-04T10:00:00Z"));
            }
            if (r.nextInt(4) == 0) {
                d.queryValue(p.name(), Baselines.validValue(p), pick(r, values));  // the parameter twice
            } else {
                d.queryValue(p.name(), pick(r, values));
            }
        }
    },

    WRONG_CONTENT_TYPES {
        @Override
        void apply(Draft d, Random r) {
            if (d.json == null || r.nextInt(4) == 0) {
                d.headers.put("Accept", pick(r, "application/xml", "text/html", "image/png", "application/json;q=0"));
                if (d.json == null) {
                    d.raw("<a>1</a>", pick(r, "application/xml", "text/plain"));
                }
                return;
            }
            String body = d.json.toString();
            switch (r.nextInt(3)) {
                case 0 -> d.raw(body, pick(r, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "application/octet-stream", "image/png", "application/json-patch+json"));
                case 1 -> d.raw(body, null);
                default -> d.raw(body, pick(r, "multipart/form-data", "multipart/form-data; boundary=xyz",
                        "application/json; charset=UTF-16", "application/json; charset=nonsense"));
            }
        }
    };

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    abstract void apply(Draft draft, Random random);

    /** A request to {@code op} with this class of fault, from a valid one. */
    public FuzzRequest request(ApiOperation op, Baselines baselines, Random random) {
        Draft draft = new Draft(op, baselines);
        apply(draft, random);
        return draft.build();
    }

    static JsonNode wrongTypeFor(JsonNode schema, Random r) {
        return switch (schema.path("type").asText("string")) {
            case "array" -> pick(r, List.<JsonNode>of(NODES.textNode("one"), NODES.objectNode(), NODES.numberNode(7),
                    arrayOf(NODES.numberNode(1)), arrayOf(NODES.objectNode())));
            case "integer", "number" -> pick(r,
                    List.<JsonNode>of(NODES.textNode("abc"), NODES.booleanNode(true), NODES.arrayNode()));
            case "boolean" -> pick(r, List.<JsonNode>of(NODES.textNode("maybe"), NODES.numberNode(2)));
            default -> pick(r, List.<JsonNode>of(NODES.numberNode(123), NODES.booleanNode(true), NODES.objectNode(),
                    arrayOf(NODES.textNode("a")), NODES.nullNode(), NODES.numberNode(1.5)));
        };
    }

    private static ArrayNode arrayOf(JsonNode item) {
        return NODES.arrayNode().add(item);
    }

    static List<String> fieldNames(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = objectSchema.path("properties").fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }

    static <T> Optional<T> some(List<T> items, Predicate<T> which, Random r) {
        List<T> candidates = items.stream().filter(which).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(r.nextInt(candidates.size())));
    }

    static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
