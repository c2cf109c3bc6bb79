package io.policylens.documents.annotation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClassifierTest {

    private final TopicClassifier topics = TopicClassifier.defaults();

    private List<String> topicIds(String text) {
        return topics.classify(text, 0, text.length()).stream().map(TopicScore::topic).toList();
    }

    @Test
    void keywordsAndWildcardStemsMatch() {
        assertThat(topicIds("Semiconductors are scarce.")).containsExactly("semiconductors");
        assertThat(topicIds("The semiconductor industry grew.")).containsExactly("semiconductors");
        assertThat(topicIds("Chipmakers expanded.")).containsExactly("semiconductors");
        assertThat(topicIds("New battery plants opened.")).containsExactly("batteries-evs");
        assertThat(topicIds("Supply-chain resilience matters.")).containsExactly("supply-chains");
        assertThat(topicIds("Biomanufacturing and vaccines")).containsExactly("biotech-pharma");
        assertThat(topicIds("The weather was fine.")).isEmpty();
    }

    @Test
    void scoresGrowWithHitsAndAreSortedBestFirst() {
        List<TopicScore> scores = topics.classify("Chips, wafers and DRAM; also one battery.", 0, 41);
        assertThat(scores).extracting(TopicScore::topic).containsExactly("semiconductors", "batteries-evs");
        assertThat(scores.get(0).score()).isEqualTo(1.0);
        assertThat(scores.get(1).score()).isEqualTo(0.5);
        assertThat(topics.hits("chips chips chips", 0, 17)).containsEntry("semiconductors", 3);
    }

    @Test
    void taxonomyCoversTheProductTopics() {
        assertThat(topics.taxonomy()).containsKeys("semiconductors", "batteries-evs", "biotech-pharma", "ai-data",
                "telecom", "energy-hydrogen", "critical-minerals", "defense", "digital-trade", "supply-chains",
                "demographics", "alliances-diplomacy");
        assertThat(topics.isTopic("semiconductors")).isTrue();
        assertThat(topics.isTopic("astrology")).isFalse();
    }

    @Test
    void editedTaxonomyWithShortAndMultiWordStems() throws IOException {
        TopicClassifier edited = TopicClassifier.parse(new StringReader("""
                # custom
                space	Space	satellite*|launch vehicle*|ro*
                """));
        String text = "Two satellites and launch vehicles; rockets too; but not a rover? yes a rover.";
        assertThat(edited.hits(text, 0, text.length())).containsEntry("space", 5);
        assertThat(edited.classify("nothing here", 0, 12)).isEmpty();
    }
}
