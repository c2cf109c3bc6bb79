package io.policylens.common.http;

import io.policylens.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValuesTest {

    @Test
    void aBlankValueIsNotGivenAndOthersAreStripped() {
        assertThat(RequestValues.blankToNull(null)).isNull();
        assertThat(RequestValues.blankToNull(" \t\n")).isNull();
        assertThat(RequestValues.blankToNull("  semiconductors ")).isEqualTo("semiconductors");
    }

    @Test
    void theUuidPatternAcceptsCanonicalIdsInEitherCaseOnly() {
        assertThat("0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11").matches(RequestValues.UUID_PATTERN);
        assertThat("0B6F3A52-3C1E-4C57-9A55-0D0B7D4F6A11").matches(RequestValues.UUID_PATTERN);
        assertThat("0b6f3a523c1e4c579a550d0b7d4f6a11").doesNotMatch(RequestValues.UUID_PATTERN);
        assertThat("0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a1").doesNotMatch(RequestValues.UUID_PATTERN);
        assertThat("").doesNotMatch(RequestValues.UUID_PATTERN);
    }

    @Test
    void anIdIsParsedWhenGiven() {
        assertThat(RequestValues.uuidOrNull(" ")).isNull();
        assertThat(RequestValues.uuidOrNull(" 0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11 "))
                .isEqualTo(UUID.fromString("0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11"));
    }

    @Test
    void aTextWithANulCharacterIsABadRequest() {
        assertThat(RequestValues.storable("semi\tconductors")).isEqualTo("semi\tconductors");
        assertThat(RequestValues.storable(null)).isNull();
        assertThatThrownBy(() -> RequestValues.storable("semi\0conductors"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("NUL character");
    }

    @Test
    void theNoNulConstraintRefusesWhatStorableRefuses() {
        NoNul.Check check = new NoNul.Check();
        for (String text : new String[]{null, "", "semi\tconductors", "semi\0conductors", "\0"}) {
            assertThat(check.isValid(text, null)).as("%s", text).isEqualTo(isStorable(text));
        }
    }

    private static boolean isStorable(String text) {
        try {
            RequestValues.storable(text);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
