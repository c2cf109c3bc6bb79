package io.policylens.documents.annotation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.defaults();

    private List<String> ids(String text) {
        return gazetteer.find(text).stream().map(EntityMention::entityId).toList();
    }

    @Test
    void aliasesAreNormalisedToCanonicalIds() {
        assertThat(ids("ROK, Korea, Seoul, South Korea and the Republic of Korea")).containsOnly("south-korea")
                .hasSize(5);
        assertThat(ids("U.S., US, Washington, the United States")).containsOnly("united-states").hasSize(4);
        assertThat(ids("PRC, Beijing and China")).containsOnly("china").hasSize(3);
    }

    @Test
    void mentionsCarryExactOffsetsAndSurface() {
        String text = "Talks between the U.S. and ROK resumed.";
        List<EntityMention> mentions = gazetteer.find(text);
        assertThat(mentions).extracting(EntityMention::surface).containsExactly("U.S.", "ROK");
        for (EntityMention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
        }
        assertThat(mentions.get(1).name()).isEqualTo("South Korea");
        assertThat(mentions.get(1).type()).isEqualTo(EntityType.COUNTRY);
    }

    @Test
    void findWithinARangeUsesDocumentOffsets() {
        String text = "Ignore Japan here. Look at Korea here.";
        int from = text.indexOf("Look");
        List<EntityMention> mentions = gazetteer.find(text, from, text.length());
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.entityId()).isEqualTo("south-korea");
            assertThat(m.start()).isEqualTo(text.indexOf("Korea"));
        });
    }

    @Test
    void longestMatchWins() {
        assertThat(ids("North Korea fired missiles")).containsExactly("north-korea");
        assertThat(ids("the Washington Declaration of 2023")).containsExactly("washington-declaration");
        assertThat(gazetteer.find("the Washington Declaration").get(0).type()).isEqualTo(EntityType.AGREEMENT);
        assertThat(ids("SK Hynix and Samsung Biologics")).containsExactly("sk-hynix", "samsung-biologics");
    }

    @Test
    void possessivesAndHyphenatedPairs() {
        assertThat(ids("Korea’s exports and China's imports")).containsExactly("south-korea", "china");
        assertThat(ids("US-ROK ties and South Korea-U.S. relations")).containsExactly("united-states", "south-korea",
                "south-korea", "united-states");
    }

    @Test
    void matchingIsCaseSensitiveOnWholeTokens() {
        assertThat(ids("let us go; the usual suspects; Koreatown")).isEmpty();
    }

    @Test
    void forumsAndCompanies() {
        assertThat(ids("IPEF, AUKUS, the Quad, DEPA and the NCG")).containsExactly("ipef", "aukus", "quad", "depa",
                "ncg");
        assertThat(ids("Samsung, SK Hynix and TSMC")).containsExactly("samsung", "sk-hynix", "tsmc");
    }

    @Test
    void resolveFindsEntriesByAliasIdOrName() {
        assertThat(gazetteer.resolve("ROK")).get().extracting(GazetteerEntry::id).isEqualTo("south-korea");
        assertThat(gazetteer.resolve(" Washington ")).get().extracting(GazetteerEntry::id).isEqualTo("united-states");
        assertThat(gazetteer.resolve("south-korea")).get().extracting(GazetteerEntry::name).isEqualTo("South Korea");
        assertThat(gazetteer.resolve("united states")).get().extracting(GazetteerEntry::id).isEqualTo("united-states");
        assertThat(gazetteer.resolve("Korea Herald")).isEmpty();
        assertThat(gazetteer.resolve("")).isEmpty();
        assertThat(gazetteer.byId("china")).isPresent();
    }

    @Test
    void anEditedGazetteerIsLoadedFromAReader() throws IOException {
        Gazetteer edited = Gazetteer.parse(new StringReader("""
                # test gazetteer
                atlantis	COUNTRY	Atlantis	Atlantis | Lost Kingdom ||Poseidonia
                acme	company	Acme Corp	Acme|ACME

                """));
        assertThat(edited.entries()).extracting(GazetteerEntry::id).containsExactly("atlantis", "acme");
        assertThat(edited.find("The Lost Kingdom and Poseidonia met ACME.")).extracting(EntityMention::entityId)
                .containsExactly("atlantis", "atlantis", "acme");
        assertThat(edited.byId("acme")).get().extracting(GazetteerEntry::type).isEqualTo(EntityType.COMPANY);
        assertThat(edited.find("Korea")).isEmpty();
    }

    @Test
    void badGazetteerLinesAreReportedWithTheirNumber() {
        assertThatThrownBy(() -> Gazetteer.parse(new StringReader("ok\tCOUNTRY\tOk\n\nbroken line\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> Gazetteer.parse(new StringReader("x\tPLANET\tX\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PLANET");
    }
}
