package io.policylens.common.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    private static Caller partner(String organisation, String... roles) {
        return new Caller("user", organisation, Roles.expand(Set.of(roles)));
    }

    private static Caller internal(String... roles) {
        return new Caller("staff", null, Roles.expand(Set.of(roles)));
    }

    @Test
    void serviceAccountsImplyNoReadingRole() {
        assertThat(Roles.expand(Set.of(Roles.SERVICE))).containsExactly(Roles.SERVICE);
        assertThat(Roles.expand(Set.of(Roles.ADMIN))).contains(Roles.ANALYST, Roles.READER, Roles.INTERNAL);
    }

    @Test
    void onlyTheOwnerOrganisationAndInternalStaffSetTheSharedStateOfAnItem() {
        assertThat(partner("partner-a", "analyst").maySetStateOf("partner-a")).isTrue();
        assertThat(partner("partner-b", "analyst").maySetStateOf("partner-a")).isFalse();
        assertThat(internal("internal", "analyst").maySetStateOf("partner-a")).isTrue();
        assertThat(internal("admin").maySetStateOf("partner-b")).isTrue();
        // a partner never counts as internal, whatever roles it claims
        assertThat(partner("partner-a", "admin").isInternal()).isFalse();
    }

    @Test
    void userNamesAreShownToTheirOwnOrganisationAndToInternalStaffOnly() {
        assertThat(partner("partner-a", "reader").seesNamesOf("partner-a")).isTrue();
        assertThat(partner("partner-b", "reader").seesNamesOf("partner-a")).isFalse();
        assertThat(partner("partner-b", "reader").seesNamesOf(null)).isFalse();
        assertThat(partner("partner-b", "reader").seesNamesOf(Caller.INTERNAL_ORGANISATION)).isFalse();
        assertThat(internal("internal", "reader").seesNamesOf("partner-a")).isTrue();
    }
}
