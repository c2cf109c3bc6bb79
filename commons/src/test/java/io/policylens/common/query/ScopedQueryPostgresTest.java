package io.policylens.common.query;

import io.policylens.common.security.Caller;
import io.policylens.common.security.Roles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The clauses ScopedQuery writes, run on a real PostgreSQL against a table shaped like the services' own. */
class ScopedQueryPostgresTest {

    private static final Caller PARTNER_A = new Caller("user", "partner-a", Roles.expand(Set.of(Roles.READER)));
    private static final Caller ADMIN = new Caller("staff", null, Roles.expand(Set.of(Roles.ADMIN)));

    private static EmbeddedPostgres postgres;
    private static Connection connection;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items (id int PRIMARY KEY, visibility text NOT NULL, owner_org text NOT "
                    + "NULL, topics text[] NOT NULL, entities text[] NOT NULL, score double precision NOT NULL, text "
                    + "text NOT NULL, search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)");
            statement.execute("INSERT INTO items (id, visibility, owner_org, topics, entities, score, text) VALUES (1, "
                    + "'public', 'partner-b', '{chips}', '{south-korea}', 0.9, 'Exports grew by 60% in 2023'), (2, "
                    + "'partner', 'partner-a', '{chips,trade}', '{japan}', 0.5, 'K_chips exports are growing'), (3, "
                    + "'partner', 'partner-b', '{chips}', '{south-korea,japan}', 0.9, 'Exports grew by 60 percent'), "
                    + "(4, 'public', 'partner-a', '{trade}', '{}', 0.2, 'Tariffs on 600 items, a back\\slash')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        postgres.close();
    }

    private static List<Integer> ids(ScopedQuery scoped, String orderAndPage) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT i.id FROM items i WHERE " + scoped.where() + orderAndPage)) {
            scoped.bind((position, value) -> {
                try {
                    statement.setObject(position, value);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            return ids;
        }
    }

    private static List<Integer> ids(ScopedQuery scoped) throws SQLException {
        return ids(scoped, " ORDER BY i.id");
    }

    @Test
    void aPartnerSeesPublicRowsAndItsOwnPrivateOnes() throws SQLException {
        assertThat(ids(ScopedQuery.visibleTo(PARTNER_A, "i"))).containsExactly(1, 2, 4);
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i"))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void equalityRangeAndArrayFiltersCombine() throws SQLException {
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").hasElement("i.topics", "chips").atLeast("i.score", 0.9)))
                .containsExactly(1, 3);
        assertThat(ids(ScopedQuery.visibleTo(PARTNER_A, "i").equal("i.visibility", "partner"))).containsExactly(2);
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").atMost("i.score", 0.5).hasElement("i.entities", null)))
                .containsExactly(2, 4);
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").overlaps("i.entities", List.of("japan", "nowhere"))))
                .containsExactly(2, 3);
    }

    @Test
    void freeTextMatchesStemmedWordsOrTheLiteralSubstringOnly() throws SQLException {
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").matches("i.search", "i.text", "exporting")))
                .containsExactly(1, 2, 3);
        // the words of "60%" match "60 percent" as well
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").matches("i.search", "i.text", "60%"))).containsExactly(1, 3);
        // no words at all: only the literal substring matches, and the input's LIKE wildcards are literal
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").matches("i.search", "i.text", "%"))).containsExactly(1);
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").matches("i.search", "i.text", "_"))).containsExactly(2);
        assertThat(ids(ScopedQuery.visibleTo(ADMIN, "i").matches("i.search", "i.text", "\\"))).containsExactly(4);
    }

    @Test
    void pagesOfAStableOrderNeitherRepeatNorSkipRows() throws SQLException {
        String order = " ORDER BY i.score DESC, i.id";
        List<Integer> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(ScopedQuery.visibleTo(ADMIN, "i"), order + ScopedQuery.page(page, 2)));
        }
        assertThat(paged).containsExactly(1, 3, 2, 4);
    }
}
