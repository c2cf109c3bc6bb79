package io.policylens.common.security;

import java.util.Set;

/**
 * Who is calling, as far as data scoping is concerned.
 *
 * @param name         the token's subject or preferred user name
 * @param organisation the partner organisation from the token, or null when the token names none
 * @param roles        the caller's roles, implied roles included
 */
public record Caller(String name, String organisation, Set<String> roles) {

    /** Organisation recorded on documents submitted by callers whose token names no partner. */
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

    /** The organisation that owns what this caller creates. */
    public String owningOrganisation() {
        return organisation != null ? organisation : INTERNAL_ORGANISATION;
    }

    /** Partner scoping: public data, or data owned by the caller's organisation. */
    public boolean canSee(String ownerOrganisation, Visibility visibility) {
        return seesAllPartners() || visibility == Visibility.PUBLIC || owningOrganisation().equals(ownerOrganisation);
    }
}
