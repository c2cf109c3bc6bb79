package io.policylens.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Normalises recommendation addressees for comparison: case-insensitive, aliases mapped to one name
 * (the U.S. / US / America / Washington → united states; Korea / ROK / Seoul → south korea ...), and
 * groups ("Washington and Seoul", "United States, South Korea and Japan") compared as sets of members.
 */
final class ActorNormaliser {

    private static final Pattern GROUP_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\+|/|\\band\\b)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            // United States
            Map.entry("united states", "united states"),
            Map.entry("united states of america", "united states"),
            Map.entry("us", "united states"),
            Map.entry("u.s.", "united states"),
            Map.entry("u.s", "united states"),
            Map.entry("usa", "united states"),
            Map.entry("u.s.a.", "united states"),
            Map.entry("america", "united states"),
            Map.entry("washington", "united states"),
            Map.entry("washington d.c.", "united states"),
            Map.entry("washington, d.c.", "united states"),
            Map.entry("us government", "united states"),
            Map.entry("u.s. government", "united states"),
            Map.entry("united states government", "united states"),
            Map.entry("american government", "united states"),
            // South Korea
            Map.entry("south korea", "south korea"),
            Map.entry("korea", "south korea"),
            Map.entry("republic of korea", "south korea"),
            Map.entry("rok", "south korea"),
            Map.entry("r.o.k.", "south korea"),
            Map.entry("seoul", "south korea"),
            Map.entry("south korean government", "south korea"),
            Map.entry("korean government", "south korea"),
            Map.entry("government of south korea", "south korea"),
            // North Korea
            Map.entry("north korea", "north korea"),
            Map.entry("dprk", "north korea"),
            Map.entry("pyongyang", "north korea"),
            // Japan
            Map.entry("japan", "japan"),
            Map.entry("tokyo", "japan"),
            Map.entry("japanese government", "japan"),
            // China
            Map.entry("china", "china"),
            Map.entry("beijing", "china"),
            Map.entry("prc", "china"),
            Map.entry("people's republic of china", "china"),
            Map.entry("chinese government", "china"),
            // United Kingdom
            Map.entry("united kingdom", "united kingdom"),
            Map.entry("uk", "united kingdom"),
            Map.entry("u.k.", "united kingdom"),
            Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"),
            Map.entry("london", "united kingdom"),
            // others named by the guidelines
            Map.entry("congress", "congress"),
            Map.entry("u.s. congress", "congress"),
            Map.entry("us congress", "congress"),
            Map.entry("lawmakers", "congress"),
            Map.entry("department of commerce", "department of commerce"),
            Map.entry("commerce department", "department of commerce"),
            Map.entry("u.s. department of commerce", "department of commerce"),
            Map.entry("eu", "european union"),
            Map.entry("european union", "european union"),
            Map.entry("taiwan", "taiwan"),
            Map.entry("taipei", "taiwan"),
            Map.entry("india", "india"),
            Map.entry("new delhi", "india"));

    private ActorNormaliser() {
    }

    /** The canonical form of one actor or group of actors; null for null, blank, "null" or "none". */
    static String normalise(String actor) {
        if (actor == null) {
            return null;
        }
        String cleaned = SPACES.matcher(actor.toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'').replace('\u00A0', ' '))
                .replaceAll(" ").strip();
        if (cleaned.isEmpty() || cleaned.equals("null") || cleaned.equals("none")) {
            return null;
        }
        String whole = single(cleaned);
        if (ALIASES.containsKey(stripArticle(cleaned))) {
            return whole;
        }
        TreeSet<String> members = new TreeSet<>();
        for (String part : GROUP_SEPARATOR.split(cleaned)) {
            if (!part.isBlank()) {
                members.add(single(part.strip()));
            }
        }
        return members.isEmpty() ? whole : String.join(" + ", members);
    }

    /** True when both actors normalise to the same canonical form (two nulls are equal). */
    static boolean same(String gold, String predicted) {
        return java.util.Objects.equals(normalise(gold), normalise(predicted));
    }

    private static String single(String name) {
        String bare = stripArticle(name.replaceAll("[\\s.,;:]+$", "").strip());
        String alias = ALIASES.get(bare);
        if (alias == null) {
            alias = ALIASES.get(bare + ".");
        }
        return alias != null ? alias : bare;
    }

    private static String stripArticle(String name) {
        return name.startsWith("the ") ? name.substring(4).strip() : name;
    }
}
