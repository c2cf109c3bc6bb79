package io.policylens.recommendations.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Joins actor names the way GUIDELINES R10 asks: the United States first, the others in document order. */
final class ActorNames {

    static final String UNITED_STATES = "United States";

    private ActorNames() {
    }

    /** "United States", "United States and South Korea", "United States, South Korea and Japan"; null when empty. */
    static String join(Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> ordered = new ArrayList<>(names.size());
        if (names.contains(UNITED_STATES)) {
            ordered.add(UNITED_STATES);
        }
        for (String name : names) {
            if (!name.equals(UNITED_STATES)) {
                ordered.add(name);
            }
        }
        if (ordered.size() == 1) {
            return ordered.get(0);
        }
        return String.join(", ", ordered.subList(0, ordered.size() - 1)) + " and " + ordered.get(ordered.size() - 1);
    }

    /** The names in a joined actor string, in order. */
    static Set<String> split(String actor) {
        Set<String> names = new LinkedHashSet<>();
        if (actor == null) {
            return names;
        }
        for (String part : actor.split(",\\s*|\\s+and\\s+")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }
}
