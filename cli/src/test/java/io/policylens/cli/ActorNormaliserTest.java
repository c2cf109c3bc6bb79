package io.policylens.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorNormaliserTest {

    @Test
    void aliasesOfOneCountryAreTheSameActor() {
        assertThat(ActorNormaliser.same("United States", "the U.S.")).isTrue();
        assertThat(ActorNormaliser.same("United States", "US")).isTrue();
        assertThat(ActorNormaliser.same("united states", "America")).isTrue();
        assertThat(ActorNormaliser.same("United States", "Washington")).isTrue();
        assertThat(ActorNormaliser.same("South Korea", "ROK")).isTrue();
        assertThat(ActorNormaliser.same("South Korea", "Seoul")).isTrue();
        assertThat(ActorNormaliser.same("South Korea", "korea")).isTrue();
        assertThat(ActorNormaliser.same("United Kingdom", "the UK")).isTrue();
    }

    @Test
    void differentActorsDiffer() {
        assertThat(ActorNormaliser.same("United States", "South Korea")).isFalse();
        assertThat(ActorNormaliser.same("Congress", "United States")).isFalse();
        assertThat(ActorNormaliser.same("United States", null)).isFalse();
    }

    @Test
    void groupsAreComparedAsSetsOfNormalisedMembers() {
        assertThat(ActorNormaliser.same("United States and South Korea", "Washington and Seoul")).isTrue();
        assertThat(ActorNormaliser.same("United States and South Korea", "Seoul and Washington")).isTrue();
        assertThat(ActorNormaliser.same("United States, South Korea and Japan", "the U.S., ROK, and Tokyo")).isTrue();
        assertThat(ActorNormaliser.same("United States and South Korea", "United States")).isFalse();
    }

    @Test
    void nullBlankAndTheWordNullAreNoActor() {
        assertThat(ActorNormaliser.normalise(null)).isNull();
        assertThat(ActorNormaliser.normalise("  ")).isNull();
        assertThat(ActorNormaliser.normalise("null")).isNull();
        assertThat(ActorNormaliser.same(null, "None")).isTrue();
    }

    @Test
    void unknownNamesCompareCaseInsensitively() {
        assertThat(ActorNormaliser.same("Donor Countries", "donor countries")).isTrue();
        assertThat(ActorNormaliser.same("the Ministry of Water", "Ministry of Water")).isTrue();
    }
}
