package io.policylens.documents.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the metadata view shows of a document's analysis, stored beside it in the {@code summary} jsonb column so
 * that reading a document's metadata does not load and parse the whole analysis. The analysis of a stored
 * revision never changes, so neither does its summary.
 */
@RegisterForReflection(targets = {StoredSummary.class, StoredSummary.StoredSection.class})
public record StoredSummary(int characters, int blocks, int sentences, List<StoredAnalysis.StoredTopic> topics,
                            Map<String, Integer> entities, List<StoredSection> sections) {

    /** A run of consecutive sentences under the same heading (null before the first heading). */
    public record StoredSection(String title, int sentences, int listItems) {
    }

    /** @param characters length of the normalised text */
    public static StoredSummary of(StoredAnalysis analysis, int characters) {
        return new StoredSummary(characters, analysis.blocks().size(), analysis.sentences().size(), analysis.topics(),
                analysis.entities(), sections(analysis.sentences()));
    }

    /** Consecutive runs of sentences under the same heading; a heading that comes back later starts a new section. */
    static List<StoredSection> sections(List<StoredAnalysis.StoredSentence> sentences) {
        List<StoredSection> sections = new ArrayList<>();
        String title = null;
        int count = 0;
        int listItems = 0;
        for (StoredAnalysis.StoredSentence sentence : sentences) {
            if (count > 0 && !Objects.equals(title, sentence.section())) {
                sections.add(new StoredSection(title, count, listItems));
                count = 0;
                listItems = 0;
            }
            title = sentence.section();
            count++;
            if ("list_item".equals(sentence.kind())) {
                listItems++;
            }
        }
        if (count > 0) {
            sections.add(new StoredSection(title, count, listItems));
        }
        return sections;
    }
}
