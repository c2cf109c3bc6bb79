package io.policylens.recommendations.service;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The tracking lifecycle: proposed → under_consideration → adopted → implemented, and rejected from
 * any state before implemented. implemented and rejected are final.
 */
public enum TrackingStatus {
    PROPOSED, UNDER_CONSIDERATION, ADOPTED, IMPLEMENTED, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TrackingStatus parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    public Set<TrackingStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(UNDER_CONSIDERATION, REJECTED);
            case UNDER_CONSIDERATION -> EnumSet.of(ADOPTED, REJECTED);
            case ADOPTED -> EnumSet.of(IMPLEMENTED, REJECTED);
            case IMPLEMENTED, REJECTED -> EnumSet.noneOf(TrackingStatus.class);
        };
    }

    public boolean canMoveTo(TrackingStatus target) {
        return next().contains(target);
    }
}
