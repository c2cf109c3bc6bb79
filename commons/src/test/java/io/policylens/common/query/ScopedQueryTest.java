package io.policylens.common.query;

import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopedQueryTest {

    private static final Caller PARTNER =
            new Caller("user", "partner-a", Roles.expand(Set.of(Roles.READER)));
    private static final Caller ADMIN =
            new Caller("staff", null, Roles.expand(Set.of(Roles.ADMIN)));

    @Test
    void aPartnerSeesPublicRowsAndItsOwnOrganisationsFirst() {
        ScopedQuery query = ScopedQuery.visibleTo(PARTNER, "c").equal("c.type", "statistic");
        assertThat(query.where())
                .isEqualTo("TRUE AND (c.visibility = 'public' OR c.owner_org = ?) AND c.type = ?");
        assertThat(query.values()).containsExactly("partner-a", "statistic");
    }

    @Test
    void callersWhoSeeEveryPartnerAreNotRestricted() {
        assertThat(ScopedQuery.visibleTo(ADMIN, "c").where()).isEqualTo("TRUE");
        assertThat(ScopedQuery.visibleTo(ADMIN, "c").values()).isEmpty();
    }

    @Test
    void filtersWithoutAValueAreLeftOut() {
        ScopedQuery query =
                ScopedQuery.unscoped()
                        .equal("r.strength", null)
                        .atLeast("c.score", null)
                        .atMost("d.published_date", null)
                        .hasElement("r.topics", null)
                        .matches("c.search", "c.text", null)
                        .andIfPresent("lower(d.publisher) = lower(?)", null);
        assertThat(query.where()).isEqualTo("TRUE");
        assertThat(query.values()).isEmpty();
    }

    @Test
    void rangesAndArrayFiltersBindTheirValuesInOrder() {
        ScopedQuery query =
                ScopedQuery.unscoped()
                        .atLeast("c.score", 0.8)
                        .atMost("d.published_date", "2025-12-31")
                        .hasElement("c.topics", "semiconductors")
                        .overlaps("c.entities", List.of("south-korea", "japan"));
        assertThat(query.where())
                .isEqualTo(
                        "TRUE AND c.score >= ? AND d.published_date <= ? AND ? = ANY(c.topics) AND c.entities && "
                        + "ARRAY[?, ?]::text[]");
        assertThat(query.values())
                .containsExactly(0.8, "2025-12-31", "semiconductors", "south-korea", "japan");
    }

    @Test
    void freeTextMatchesWordsOrALiteralSubstringWithWildcardsEscaped() {
        ScopedQuery query = ScopedQuery.unscoped().matches("c.search", "c.text", "60%_of\\chips");
        assertThat(query.where())
                .isEqualTo(
                        "TRUE AND (c.search @@ websearch_to_tsquery('english', ?) OR c.text ILIKE ? ESCAPE '\\')");
        assertThat(query.values()).containsExactly("60%_of\\chips", "%60\\%\\_of\\\\chips%");
    }

    @Test
    void freeTextWithoutAColumnMatchesWordsOnly() {
        ScopedQuery query = ScopedQuery.unscoped().matches("r.search", null, "export controls");
        assertThat(query.where())
                .isEqualTo("TRUE AND r.search @@ websearch_to_tsquery('english', ?)");
        assertThat(query.values()).containsExactly("export controls");
    }

    @Test
    void valuesBindAfterThePlaceholdersBeforeTheWhereClause() {
        List<String> bound = new ArrayList<>();
        ScopedQuery.visibleTo(PARTNER, "r")
                .equal("r.status", "adopted")
                .bind((position, value) -> bound.add(position + "=" + value), 2);
        assertThat(bound).containsExactly("3=partner-a", "4=adopted");
    }

    @Test
    void aTextWithANulCharacterIsTheCallersErrorBeforeAnyStatement() {
        assertThatThrownBy(() -> ScopedQuery.unscoped().hasElement("c.topics", "a\0b"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(
                        () ->
                                ScopedQuery.visibleTo(PARTNER, "c")
                                        .overlaps("c.entities", List.of("x", "\0")))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aPageIsALimitAndAnOffsetThatDoesNotOverflow() {
        assertThat(ScopedQuery.page(0, 20)).isEqualTo(" LIMIT 20 OFFSET 0");
        assertThat(ScopedQuery.page(100_000, 100)).isEqualTo(" LIMIT 100 OFFSET 10000000");
        assertThat(ScopedQuery.page(Integer.MAX_VALUE, 100)).endsWith("OFFSET 214748364700");
    }
}
