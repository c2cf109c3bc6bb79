package io.policylens.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Policy Lens roles. The partner roles are cumulative: an analyst can do what a contributor can, a
 * contributor what a reader can. {@code admin} is an internal role on top of analyst (deletes, re-extracts, sees
 * every partner). {@code internal} marks the platform's own staff (they act for the internal organisation, with
 * whatever partner roles they also hold). {@code service} is for the extraction services' client credentials: it
 * implies nothing, the change feed and the snapshots name it explicitly.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String CONTRIBUTOR = "contributor";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String INTERNAL = "internal";
    public static final String SERVICE = "service";

    public static final List<String> ALL = List.of(READER, CONTRIBUTOR, ANALYST, ADMIN, INTERNAL, SERVICE);

    /** Roles only the platform's own people and services hold: their tokens name no partner organisation. */
    public static final Set<String> INTERNAL_ROLES = Set.of(ADMIN, INTERNAL, SERVICE);

    /** What each role implies, transitively closed. */
    static final Map<String, Set<String>> IMPLIED = Map.of(
            ADMIN, Set.of(ANALYST, CONTRIBUTOR, READER, INTERNAL),
            ANALYST, Set.of(CONTRIBUTOR, READER),
            CONTRIBUTOR, Set.of(READER));

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

    /** True when any of the roles is internal (admin, internal, service). */
    public static boolean anyInternal(Set<String> roles) {
        return roles.stream().anyMatch(INTERNAL_ROLES::contains);
    }
}
