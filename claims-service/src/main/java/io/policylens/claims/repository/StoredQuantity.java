package io.policylens.claims.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A figure of a claim as stored in the {@code quantities} jsonb column (claims-core Quantity, field for field). */
@RegisterForReflection
public record StoredQuantity(double value, String scale, String unit, String measured, String period,
                             boolean approximate, int start, int end, String surface) {
}
