package io.policylens.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * Which verified tokens act for whom. A partner's token names its organisation in the partner claim and holds
 * partner roles only; the platform's own staff and services hold an internal role (admin, internal, service) and
 * name no partner. A token that names no partner and holds no internal role is refused: before, it silently acted
 * for the internal organisation and read that organisation's private documents. A token that names a partner and
 * holds an internal role is refused too: admin powers (every partner's data) are never a partner's.
 */
public final class TokenPolicy {

    private TokenPolicy() {
    }

    /**
     * Empty when the token may act, otherwise why not (the detail of the 401 problem).
     *
     * @param organisation the partner claim's value, null when the token has none
     * @param grantedRoles the roles in the token (before implied roles are added)
     * @param partnerClaim the claim's name, for the message
     */
    public static Optional<String> rejection(String organisation, Set<String> grantedRoles, String partnerClaim) {
        boolean internal = Roles.anyInternal(grantedRoles);
        if (organisation == null && !internal) {
            return Optional.of("the token names no partner organisation: partner clients and users must carry"
                        + " the claim '" + partnerClaim
                            + "'; only the internal roles (admin, internal, service) may omit it");
        }
        if (organisation != null && internal) {
            return Optional.of("the token names the partner organisation '" + organisation
                            + "' and an internal role (admin, internal or service); internal roles are never a "
                                    + "partner's");
        }
        return Optional.empty();
    }
}
