package io.policylens.documents.contract;

import io.policylens.documents.text.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputFormatTest {

    private final InputFormat.Check check = new InputFormat.Check();

    @ParameterizedTest
    @CsvSource({"text,TEXT", "plain,TEXT", "TXT,TEXT", "Html,HTML", "markdown,MARKDOWN", "MD,MARKDOWN",
            "' md ',MARKDOWN"})
    void namesAndAliasesInAnyCaseAreAccepted(String value, ContentFormat expected) {
        assertThat(InputFormat.parse(value)).isEqualTo(expected);
        assertThat(check.isValid(value, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "", " ", "htm", "text/html", "mark down"})
    void otherValuesAreRefused(String value) {
        assertThat(check.isValid(value, null)).isFalse();
        assertThatThrownBy(() -> InputFormat.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be text, html or markdown");
    }

    @Test
    void absentFormatIsLeftToNotNullAndDefaultsToText() {
        assertThat(check.isValid(null, null)).isTrue();
        assertThat(InputFormat.parseOrText(null)).isEqualTo(ContentFormat.TEXT);
        assertThatThrownBy(() -> InputFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelIsTheNameRequestsUse() {
        for (ContentFormat format : ContentFormat.values()) {
            assertThat(InputFormat.parse(InputFormat.label(format))).isEqualTo(format);
        }
        assertThat(InputFormat.label(ContentFormat.MARKDOWN)).isEqualTo("markdown");
    }
}
