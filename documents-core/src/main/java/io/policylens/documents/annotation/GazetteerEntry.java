package io.policylens.documents.annotation;

import java.util.List;

/** One entity of the gazetteer with its aliases. */
public record GazetteerEntry(String id, EntityType type, String name, List<String> aliases) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
