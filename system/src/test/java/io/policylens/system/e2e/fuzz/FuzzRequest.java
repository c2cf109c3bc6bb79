package io.policylens.system.e2e.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request as it goes on the wire: method, path with its parameters filled in, the query (each value sent as given,
 * percent-encoded; a list value repeats the parameter), headers and a body. Nothing in it needs to be valid.
 */
public record FuzzRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                          byte[] body) {

    /** The path template with each {name} replaced by its percent-encoded value. */
    public static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    public FuzzRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FuzzRequest(method, path, query, Collections.unmodifiableMap(more), body);
    }

    /** What a failure report shows: the request line, the content type and the start of the body. */
    public String describe() {
        String line = method + " " + pathAndQuery();
        String shown = line.length() > 300 ? line.substring(0, 300) + "...(" + line.length() + " chars)" : line;
        String type = headers.getOrDefault("Content-Type", "");
        String start = body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                + (body.length > 200 ? "...(" + body.length + " bytes)" : "");
        return shown + (type.isEmpty() ? "" : " [" + type + "]") + (start.isEmpty() ? "" : " " + start);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
