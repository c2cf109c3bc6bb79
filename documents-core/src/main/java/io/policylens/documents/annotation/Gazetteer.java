package io.policylens.documents.annotation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds known entities (countries, companies, institutions, agreements and forums, people) and
 * normalises every alias to one canonical id: ROK, Korea and Seoul are all {@code south-korea}.
 * The list lives in an editable tab-separated file (see {@code gazetteer.tsv}).
 */
public final class Gazetteer {

    private static final String DEFAULT_RESOURCE = "/io/policylens/documents/annotation/gazetteer.tsv";
    private static volatile Gazetteer defaults;

    private final Map<String, GazetteerEntry> entries;
    private final PhraseTrie<GazetteerEntry> trie = new PhraseTrie<>();

    private Gazetteer(Collection<GazetteerEntry> entries) {
        this.entries = new LinkedHashMap<>();
        for (GazetteerEntry entry : entries) {
            this.entries.put(entry.id(), entry);
            trie.add(Tokens.split(entry.name(), false), entry);
            for (String alias : entry.aliases()) {
                trie.add(Tokens.split(alias, false), entry);
            }
        }
    }

    /** The gazetteer shipped with Policy Lens. */
    public static Gazetteer defaults() {
        Gazetteer result = defaults;
        if (result == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                result = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = result;
        }
        return result;
    }

    /** Reads a gazetteer in the {@code id TAB type TAB name TAB alias|alias} format; # starts a comment. */
    public static Gazetteer parse(Reader reader) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                throw new IllegalArgumentException("gazetteer line " + number
                        + ": expected id, type, name and aliases");
            }
            List<String> aliases = fields.length > 3
                    ? Arrays.stream(fields[3].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList()
                    : List.of();
            EntityType type;
            try {
                type = EntityType.valueOf(fields[1].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gazetteer line " + number + ": unknown entity type "
                        + fields[1].strip(), e);
            }
            entries.add(new GazetteerEntry(fields[0].strip(), type, fields[2].strip(), aliases));
        }
        return new Gazetteer(entries);
    }

    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Collection<GazetteerEntry> entries() {
        return entries.values();
    }

    public List<EntityMention> find(String text) {
        return find(text, 0, text.length());
    }

    /** All mentions in {@code text[from, to)}, longest match first, left to right, never overlapping. */
    public List<EntityMention> find(String text, int from, int to) {
        Tokens tokens = Tokens.of(text, from, to, false);
        List<EntityMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size) {
            PhraseTrie.Match<GazetteerEntry> match = trie.longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            GazetteerEntry entry = match.value();
            int start = tokens.start[match.from()];
            int end = tokens.end[match.to() - 1];
            mentions.add(new EntityMention(entry.id(), entry.name(), entry.type(), start, end,
                    text.substring(start, end)));
            i = match.to();
        }
        return mentions;
    }

    /**
     * Resolves a single name or alias ("ROK", "Washington") to its entry; failing an exact (case-sensitive)
     * match, a canonical id ("south-korea") or a name or alias written in another case ("united states").
     */
    public Optional<GazetteerEntry> resolve(String alias) {
        String trimmed = alias.strip();
        for (EntityMention mention : find(trimmed)) {
            if (mention.start() == 0 && mention.end() == trimmed.length()) {
                return byId(mention.entityId());
            }
        }
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        GazetteerEntry byId = entries.get(trimmed.toLowerCase(java.util.Locale.ROOT));
        if (byId != null) {
            return Optional.of(byId);
        }
        for (GazetteerEntry entry : entries.values()) {
            if (entry.name().equalsIgnoreCase(trimmed) || entry.aliases().stream()
                    .anyMatch(trimmed::equalsIgnoreCase)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
