package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ActorLexiconTest {

    /** Phrases written for this test: entries, near misses, case traps and look-behind contexts. */
    private static final List<String> PHRASES = List.of(
            "the two nations", "The two countries", "both allies", "alliance partners", "joint efforts", "all three",
            "the three governments", "We", "we", "our", "Our", "it", "It", "they", "They", "us", "US", "U.S.", "USA",
            "U.S. states", "US states should", "states must", "the States", "United States of America", "America",
            "Latin America", "South America", "Washington", "Washington Post", "Washington, D.C.", "North Korea",
            "South Korea", "Korea", "North-Korea", "Korean government", "South Korean officials", "ROK", "DPRK",
            "Seoul", "Pyongyang", "Lee Jae-myung", "President Lee", "the Moon administration", "Yoon government",
            "Biden", "President Trump White House", "Kishida cabinet", "Prime Minister Abe government",
            "Xi Jinping", "China", "China Sea", "People's Republic of China", "PRC", "Beijing", "Taiwan", "Taipei",
            "Japan", "Japanese regulators", "Tokyo", "UK", "U.K.", "Britain", "UK Government", "HM Government",
            "British Government", "EU", "European Union", "Brussels", "Russia", "Kremlin", "India", "New Delhi",
            "Australia", "Canada", "Germany", "Berlin", "France", "Paris", "Vietnam", "Viet Nam", "Hanoi",
            "the Philippines", "Manila", "Indonesia", "Singapore", "New Zealand", "Ukraine", "Kyiv", "Mexico",
            "Chile", "Chilean", "lawmakers", "Legislators", "the government", "The Administration", "the government of",
            "Congress", "Congressional leaders", "US Congress", "Department of Commerce", "Commerce Department",
            "Pentagon", "DoD", "DOD", "State Department", "Department of State", "FERC",
            "Federal Energy Regulatory Commission", "donor countries", "WTO members", "WTO membership",
            "American policymakers", "U.S. state", "Japanology", "Koreas", "Americans", "donors", "tariffs", "to",
            "the", "these", "a", "should", "must", "expand", "42", "2030", "Élysée", "Ōsaka", "“Seoul”", "(Tokyo)",
            "Seoul’s", "Korea-Japan", "semi-conductor", "policy makers", "India-Pacific", "Parisian", "Berliner");
    private static final List<String> GLUE = List.of(" ", "  ", ", ", ". ", "; ", "-", " (", ") ", "'", "’s ", "\n",
            "");

    @Test
    void firstCharacterDispatchFindsWhatTryingEveryEntryFinds() {
        Random random = new Random(20261202);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                text.append(PHRASES.get(random.nextInt(PHRASES.size()))).append(GLUE.get(random.nextInt(GLUE.size())));
            }
            String sentence = text.toString();
            int from = random.nextInt(3) == 0 ? random.nextInt(sentence.length()) : 0;
            assertThat(ActorLexicon.find(sentence, from, sentence.length()))
                    .as(sentence)
                    .isEqualTo(ActorLexicon.scanAll(sentence, from, sentence.length()));
        }
    }

    @Test
    void findsActorsAndSkipsNearMisses() {
        String sentence = "Seoul and the U.S. government should ask Latin America and the Washington Post, not us.";
        assertThat(ActorLexicon.find(sentence, 0, sentence.length()))
                .extracting(ActorLexicon.Hit::name)
                .containsExactly("South Korea", "United States");
    }
}
