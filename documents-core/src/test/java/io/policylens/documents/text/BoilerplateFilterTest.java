package io.policylens.documents.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateFilterTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private String clean(String plainText) {
        return normaliser.normalise(plainText, ContentFormat.TEXT).text();
    }

    private static final String BODY_ONE = "The two governments agreed to coordinate export controls on advanced "
            + "chips.";
    private static final String BODY_TWO = "Officials expect the first joint projects to start within two years.";

    /** A small scraped page: noise lines around two real paragraphs. */
    private static String page(String... noise) {
        StringBuilder page = new StringBuilder(BODY_ONE).append("\n\n");
        for (String line : noise) {
            page.append(line).append("\n\n");
        }
        return page.append(BODY_TWO).append('\n').toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related Posts", "Related Articles", "1 of 157", "Page 2 of 9", "Recent Features",
            "Source link", "Read more", "Share this article", "Share on Twitter", "Subscribe", "Subscribe now!",
            "Sign up for our free newsletter", "Subscribe to our weekly newsletter", "Subscribe to The Daily Brief",
            "Dreaming of a career in the Middle East?", "Try the magazine's jobs board.", "Find your Asia-Pacific job",
            "Advertisement", "Tags: chips, batteries, alliance", "Click here to download the report",
            "Home | World | Asia | Korea", "Economy\u00a0|\u00a0Trade\u00a0|\u00a0East Asia", "News » Asia » Korea",
            "FeaturedLee Jae-myungNorth KoreaPresident LeeSouth Korea", "© 2024 Example Media. All rights reserved",
            "Credit: Ministry of Foreign Affairs", "Image Credit: Wikimedia/Some News Portal.",
            "Photo from Shutterstock.", "Photo by Jane Doe/Reuters", "Photo: AP",
            "Image courtesy of the Ministry of Defense"})
    void noiseLinesAreRemoved(String noise) {
        String text = clean(page(noise));
        assertThat(text).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    }

    @Test
    void captionAboveACreditIsRemovedWithIt() {
        String text = clean(BODY_ONE + "\n\nLeaders Meet at the Summit\nCredit: Office of the President\n\n"
                + BODY_TWO);
        assertThat(text).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    }

    @Test
    void repeatedTitleLinesAreRemovedButTheFirstIsKept() {
        String title = "Why Tech Cooperation Will Reshape the Alliance";
        String text = clean(title + "\n\nRecent Features\n\n" + title + "\n\n" + BODY_ONE + "\n\n" + title + "\n\n"
                + BODY_TWO);
        assertThat(text).isEqualTo(title + "\n\n" + BODY_ONE + "\n\n" + BODY_TWO);
    }

    @Test
    void authorBioDisclaimerAndCreditAfterTheBodyAreRemoved() {
        String text = clean(page() + "\nJane Q. Doe is a Senior Fellow at the Example Institute. The views expressed "
                + "here are the author’s alone.\n"
                + "Photo from Shutterstock.\n"
                + "XYZ is registered under the FARA as an agent of a foreign research institute.\n");
        assertThat(text).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    }

    @Test
    void aboutTheAuthorSectionIsRemovedWithEverythingAfterIt() {
        String text = clean(page() + "\nAbout the Author: Min-ho Park\n\nMin-ho Park is a former Ambassador and Chair "
                + "Professor at a university.\n\n"
                + "Image Credit: Wikimedia.\n\nSource link\n\nRelated Posts\n\n1 of 157\n");
        assertThat(text).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    }

    // ---- real content is never dropped ----

    @Test
    void bodyParagraphMentioningSubscribeIsKept() {
        String body = "Many officials subscribe to the view that export controls only work when allies act together.";
        assertThat(clean(page(body))).contains(body);
        String imperative = "Subscribe to the idea that alliances are forever and you will be disappointed.";
        assertThat(clean(page(imperative))).contains(imperative);
    }

    @Test
    void sentencesStartingWithCreditOrPhotoAreKept() {
        for (String body : List.of("Credit markets tightened sharply after the announcement.",
                "Credit from state banks rose sharply in 2023.",
                "Video from the summit shows that the leaders disagreed on tariffs.",
                "Photo exports of the chips were banned.")) {
            assertThat(clean(page(body))).as(body).contains(body);
        }
    }

    @Test
    void bioLikeSentenceInTheMiddleOfTheBodyIsKept() {
        String bio = "Kim Jung-un is a former director of the planning office, and he argues that the fund is too "
                + "small.";
        String text = clean(BODY_ONE + "\n\n" + bio + "\n\n" + BODY_TWO);
        assertThat(text).contains(bio);
    }

    @Test
    void lastParagraphWithBioWordsButNoNameIsKept() {
        String last = "The alliance is a partnership whose director of strategy must now be the president himself.";
        assertThat(clean(BODY_ONE + "\n\n" + last)).contains(last);
    }

    @Test
    void longParagraphWithPipesIsKept() {
        String body = "The index ranks countries on three pillars | research, talent and industry | and Korea ranks "
                + "fifth overall "
                + "while China leads in most sectors; the authors caution | however | that the method favours large "
                + "economies "
                + "and that smaller allies with strong niches are underrated by a simple composite score of this kind";
        assertThat(body.length()).isGreaterThan(220);
        assertThat(clean(page(body))).contains(body);
    }

    @Test
    void brandNamesWithInnerCapitalsAreNotATagStrip() {
        String heading = "BlackRock and SoftBank Back New Fabs";
        assertThat(clean(heading + "\n\n" + BODY_ONE)).startsWith(heading);
    }

    @Test
    void sentenceEndingBodyLinesAreNotNavigation() {
        String body = "Trade rose / fell / rose again in three quarters.";
        assertThat(clean(page(body))).contains(body);
    }

    @Test
    void htmlNoiseIsRemovedToo() {
        String html = "<p>" + BODY_ONE + "</p><p>Related Posts</p><div class=\"share\">Share on Facebook</div>"
                + "<p>1 of 157</p><p>" + BODY_TWO + "</p><aside>Sidebar promo</aside>";
        assertThat(normaliser.normalise(html, ContentFormat.HTML).text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    }
}
