package io.policylens.common.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenPolicyTest {

    private static final String CLAIM = "partner_org";

    @Test
    void aPartnerTokenWithPartnerRolesActsForItsPartner() {
        assertThat(TokenPolicy.rejection("partner-a", Set.of("reader"), CLAIM)).isEmpty();
        assertThat(TokenPolicy.rejection("partner-a", Set.of("analyst", "contributor"), CLAIM)).isEmpty();
    }

    @Test
    void aTokenWithoutThePartnerClaimIsRefusedUnlessItHoldsAnInternalRole() {
        assertThat(TokenPolicy.rejection(null, Set.of("reader"), CLAIM)).hasValueSatisfying(reason ->
                assertThat(reason).contains("names no partner organisation").contains("'partner_org'"));
        assertThat(TokenPolicy.rejection(null, Set.of(), CLAIM)).isPresent();
        assertThat(TokenPolicy.rejection(null, Set.of("admin"), CLAIM)).isEmpty();
        assertThat(TokenPolicy.rejection(null, Set.of("service"), CLAIM)).isEmpty();
        assertThat(TokenPolicy.rejection(null, Set.of("internal", "analyst"), CLAIM)).isEmpty();
    }

    @Test
    void aPartnerTokenCarryingAnInternalRoleIsRefused() {
        for (String internal : Roles.INTERNAL_ROLES) {
            assertThat(TokenPolicy.rejection("partner-a", Set.of(internal), CLAIM)).as(internal)
                    .hasValueSatisfying(reason -> assertThat(reason).contains("partner-a").contains("internal role"));
        }
    }
}
