package io.policylens.recommendations.extraction;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceShapeTest {

    /** The rule as the regex that first said it: strip closing marks, then look for the question mark. */
    private static final Pattern CLOSING = Pattern.compile("['\"’”)\\]\\d\\s]+$");

    @Test
    void aQuestionMayCloseWithQuotesBracketsFootnotesAndSpaces() {
        assertThat(SentenceShape.endsWithQuestion("Should the state pay?")).isTrue();
        assertThat(SentenceShape.endsWithQuestion("Should the state pay?” 12 ")).isTrue();
        assertThat(SentenceShape.endsWithQuestion("(Why not?)")).isTrue();
        assertThat(SentenceShape.endsWithQuestion("The state should pay.")).isFalse();
        assertThat(SentenceShape.endsWithQuestion("Is it? No, it is not")).isFalse();
        assertThat(SentenceShape.endsWithQuestion("")).isFalse();
        assertThat(SentenceShape.endsWithQuestion("” 12")).isFalse();
    }

    @Test
    void theScanAgreesWithTheRegexOnAnyMixOfClosingMarks() {
        String alphabet = "ab?.'\"’”)]0 9\t\n\r\u2028\u0085»x";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(SentenceShape.endsWithQuestion(s)).as("'%s'", s)
                    .isEqualTo(CLOSING.matcher(s).replaceAll("").endsWith("?"));
        }
    }
}
