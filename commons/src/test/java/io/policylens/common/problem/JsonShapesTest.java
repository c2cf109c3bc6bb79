package io.policylens.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonShapesTest {

    public record Body(String title, List<String> authors, int pages, Kind kind) {
        public Body {
            if ("bad".equals(title)) {
                throw new IllegalArgumentException("title must not be 'bad'");
            }
        }
    }

    public enum Kind { BRIEF }

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static String detail(String json) {
        JsonProcessingException e = catchThrowableOfType(
                        JsonProcessingException.class, () -> JSON.readValue(json, Body.class));
        return JsonShapes.describe(e);
    }

    @Test
    void shapesAreNamedInTheApisTermsWithoutJavaTypes() {
        assertThat(detail("[1]")).isEqualTo("the body must be a JSON object");
        assertThat(detail("{\"authors\": \"Jane\"}")).isEqualTo("'authors' must be an array");
        assertThat(detail("{\"title\": {}}")).isEqualTo("'title' must be a string");
        assertThat(detail("{\"pages\": []}")).isEqualTo("'pages' must be a number");
        assertThat(detail("{\"title\": \"bad\"}"))
                .isEqualTo("invalid body: title must not be 'bad'");
        for (String json :
                List.of("[1]", "{\"authors\": \"Jane\"}", "{\"title\": {}}", "{\"pages\": []}", "{\"title\": \"bad\"}",
                        "\"text\"")) {
            assertThat(detail(json))
                    .doesNotContain("io.policylens", "java.", "JsonShapesTest", "`");
        }
    }
}
