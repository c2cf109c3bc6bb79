package io.policylens.recommendations.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Native SQL from tests, each call in a transaction of its own. */
public final class TestSql {

    private TestSql() {
    }

    /** The single number a query selects. */
    public static long longValue(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                                ((Number) entityManager().createNativeQuery(sql).getSingleResult())
                                        .longValue());
    }

    /** The first column of every row. */
    public static <T> List<T> list(String sql, Class<T> type) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager().createNativeQuery(sql, type).getResultList());
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
