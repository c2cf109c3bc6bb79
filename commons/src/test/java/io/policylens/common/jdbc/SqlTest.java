package io.policylens.common.jdbc;

import io.policylens.common.problem.ProblemException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC helper against a real PostgreSQL: parameter binding, column readers, batches and errors. */
class SqlTest {

    private static EmbeddedPostgres postgres;
    private static Sql sql;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        sql = new Sql(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void table() {
        sql.update("DROP TABLE IF EXISTS items");
        sql.update("CREATE TABLE items (id uuid PRIMARY KEY, name text NOT NULL, tags text[] NOT NULL, doc jsonb, "
                + "day date, at timestamptz, score double precision)");
    }

    @Test
    void bindsAndReadsEveryStoredType() {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 3, 6, 0, 0, 0, ZoneOffset.UTC);
        int inserted = sql.update("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?)", id, "first", List.of("a", "b"),
                new Jsonb("{\"k\": [1, 2]}"), LocalDate.of(2024, 2, 29), at, null);

        Item item = sql.first("SELECT * FROM items WHERE id = ?", SqlTest::item, id).orElseThrow();

        assertThat(inserted).isEqualTo(1);
        assertThat(item).isEqualTo(new Item(id, "first", List.of("a", "b"), "{\"k\": [1, 2]}", LocalDate.of(2024, 2, 29),
                at, null));
        assertThat(sql.longValue("SELECT count(*) FROM items WHERE ? = ANY(tags)", "b")).isEqualTo(1);
        assertThat(sql.longValue("SELECT (doc->'k'->>1)::int FROM items")).isEqualTo(2);
    }

    @Test
    void aNulCharacterIsTheCallersErrorAndNothingIsWritten() {
        UUID id = UUID.randomUUID();
        for (Object[] parameters : List.<Object[]>of(
                new Object[]{id, "a\0b", List.of("a"), null},
                new Object[]{id, "ok", List.of("a", "b\0"), null},
                new Object[]{id, "ok", List.of("a"), new Jsonb("{\"k\": \"\\u0000\"}")})) {
            assertThatThrownBy(() -> sql.update("INSERT INTO items (id, name, tags, doc) VALUES (?, ?, ?, ?)", parameters))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
        assertThatThrownBy(() -> sql.longValue("SELECT count(*) FROM items WHERE name = ?", "\0"))
                .isInstanceOf(ProblemException.class);
        assertThat(sql.longValue("SELECT count(*) FROM items")).isZero();
    }

    @Test
    void firstIsEmptyWithoutRowsAndListKeepsOrder() {
        sql.batch("INSERT INTO items (id, name, tags) VALUES (?, ?, ?)", List.of(
                new Object[]{UUID.randomUUID(), "b", List.of()},
                new Object[]{UUID.randomUUID(), "a", List.of()}));

        assertThat(sql.first("SELECT name FROM items WHERE name = ?", r -> r.getString(1), "zzz")).isEmpty();
        assertThat(sql.list("SELECT name FROM items ORDER BY name", r -> r.getString(1))).containsExactly("a", "b");
        assertThat(sql.first("SELECT tags FROM items LIMIT 1", r -> Rows.strings(r, "tags"))).contains(List.of());
    }

    @Test
    void nullArrayElementsStayNull() {
        List<String> tags = Arrays.asList("a", null);
        sql.update("INSERT INTO items (id, name, tags) VALUES (?, ?, ?)", UUID.randomUUID(), "n", tags);

        assertThat(sql.longValue("SELECT count(*) FROM items WHERE tags[2] IS NULL")).isEqualTo(1);
        assertThat(sql.first("SELECT tags FROM items", r -> Rows.strings(r, 1)).orElseThrow()).containsExactly("a", null);
    }

    @Test
    void batchesMoreRowsThanOneRoundTrip() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(new Object[]{UUID.randomUUID(), "n" + i, List.of("t" + (i % 3))});
        }

        sql.batch("INSERT INTO items (id, name, tags) VALUES (?, ?, ?)", rows);

        assertThat(sql.longValue("SELECT count(*) FROM items")).isEqualTo(250);
        assertThat(sql.longValue("SELECT count(*) FROM items WHERE tags = ?", List.of("t1"))).isEqualTo(83);
    }

    @Test
    void failuresCarryTheSqlStateAndTheStatement() {
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO items (id, name, tags) VALUES (?, ?, ?)", id, "x", List.of());

        assertThatThrownBy(() -> sql.update("INSERT INTO items (id, name, tags) VALUES (?, ?, ?)", id, "y", List.of()))
                .isInstanceOfSatisfying(UncheckedSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"))
                .hasMessageContaining("INSERT INTO items");
        assertThatThrownBy(() -> sql.longValue("SELECT score FROM items"))
                .isInstanceOf(UncheckedSqlException.class).hasMessageContaining("no value");
    }

    private static Item item(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Item(Rows.uuid(row, "id"), row.getString("name"), Rows.strings(row, "tags"), row.getString("doc"),
                Rows.localDate(row, "day"), Rows.offsetDateTime(row, "at"), Rows.nullableDouble(row, "score"));
    }

    private record Item(UUID id, String name, List<String> tags, String doc, LocalDate day, OffsetDateTime at,
                        Double score) {
    }
}
