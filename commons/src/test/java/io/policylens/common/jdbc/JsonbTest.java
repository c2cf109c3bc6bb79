package io.policylens.common.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing and reading jsonb column values with a mapper. */
class JsonbTest {

    private final ObjectMapper mapper = new ObjectMapper();

    record Point(String name, int x) {
    }

    @Test
    void rendersAndReadsBackARecord() {
        Jsonb json = Jsonb.of(mapper, new Point("a", 3));

        assertThat(json.text()).isEqualTo("{\"name\":\"a\",\"x\":3}");
        assertThat(Jsonb.read(mapper, json.text(), Point.class)).isEqualTo(new Point("a", 3));
        assertThat(Jsonb.<List<Point>>read(mapper, "[{\"name\":\"b\",\"x\":1}]",
                mapper.getTypeFactory().constructCollectionType(List.class, Point.class)))
                .containsExactly(new Point("b", 1));
    }

    @Test
    void nullStaysNullBothWays() {
        assertThat(Jsonb.of(mapper, null)).isNull();
        assertThat(Jsonb.read(mapper, null, Point.class)).isNull();
    }

    @Test
    void invalidStoredJsonFailsWithTheType() {
        assertThatThrownBy(() -> Jsonb.read(mapper, "{\"name\":", Point.class))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Point");
    }
}
