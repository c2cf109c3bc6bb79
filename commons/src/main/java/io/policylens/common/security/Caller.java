package io.policylens.common.security;

import java.util.Set;

/**
 * Who is calling, as far as data scoping is concerned.
 *
 * @param name         the token's subject or preferred user name
 * @param organisation the partner organisation from the token, or null for the platform's own people and services
 *                     (only tokens with an internal role may omit it, see {@link TokenPolicy})
 * @param roles        the caller's roles, implied roles included
 */
public record Caller(String name, String organisation, Set<String> roles) {

    /** Organisation recorded on documents submitted by internal callers (their tokens name no partner). */
    public static final String INTERNAL_ORGANISATION = "policylens";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Internal services and administrators see every partner's data. */
    public boolean seesAllPartners() {
        return roles.contains(Roles.SERVICE) || roles.contains(Roles.ADMIN);
    }

    /** The platform's own staff and services: no partner organisation and an internal role. */
    public boolean isInternal() {
        return organisation == null && Roles.anyInternal(roles);
    }

    /** The organisation that owns what this caller creates. */
    public String owningOrganisation() {
        return organisation != null ? organisation : INTERNAL_ORGANISATION;
    }

    /** Partner scoping: public data, or data owned by the caller's organisation. */
    public boolean canSee(String ownerOrganisation, Visibility visibility) {
        return seesAllPartners() || visibility == Visibility.PUBLIC || owningOrganisation().equals(ownerOrganisation);
    }

    /**
     * Shared state of an item (a claim's review verdict, a recommendation's tracking status) is one record for
     * everybody who sees the item, so only the owner organisation and the platform's own staff may change it; another
     * partner seeing a public item may read that state but not set it.
     */
    public boolean maySetStateOf(String ownerOrganisation) {
        return isInternal() || owningOrganisation().equals(ownerOrganisation);
    }

    /**
     * Whether the user names of people of {@code actorOrganisation} (reviewers, who changed a status) may be shown to
     * this caller: to the platform's staff always, to a partner only for its own people.
     */
    public boolean seesNamesOf(String actorOrganisation) {
        return isInternal() || (organisation != null && organisation.equals(actorOrganisation));
    }
}
