package io.policylens.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Policy Lens roles. They are cumulative: an admin can do what an analyst can, an analyst what a
 * contributor can, a contributor what a reader can. {@code service} is for internal callers (change
 * feed consumers): it reads everything, across partners.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String CONTRIBUTOR = "contributor";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    public static final List<String> ALL = List.of(READER, CONTRIBUTOR, ANALYST, ADMIN, SERVICE);

    /** What each role implies, transitively closed. */
    static final Map<String, Set<String>> IMPLIED = Map.of(
            ADMIN, Set.of(ANALYST, CONTRIBUTOR, READER),
            ANALYST, Set.of(CONTRIBUTOR, READER),
            CONTRIBUTOR, Set.of(READER),
            SERVICE, Set.of(READER));

    private Roles() {
    }

    /** The role set with every implied role added. */
    public static Set<String> expand(Set<String> granted) {
        java.util.Set<String> all = new java.util.HashSet<>(granted);
        for (String role : granted) {
            all.addAll(IMPLIED.getOrDefault(role, Set.of()));
        }
        return Set.copyOf(all);
    }
}
