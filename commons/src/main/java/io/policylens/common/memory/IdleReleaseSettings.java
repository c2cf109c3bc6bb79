package io.policylens.common.memory;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code policylens.memory.idle-release.*}: when {@link IdleHeapReleaser} gives a quiet service's heap back. */
@ConfigMapping(prefix = "policylens.memory.idle-release")
public interface IdleReleaseSettings {

    @WithDefault("true")
    boolean enabled();

    /** How often the collection count is compared with the previous check. */
    @WithDefault("10s")
    Duration checkInterval();

    /** How much the old generation must have grown since its last collection to be worth a full one. */
    @WithDefault("8M")
    MemorySize minOldGrowth();
}
