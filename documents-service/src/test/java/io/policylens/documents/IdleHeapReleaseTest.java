package io.policylens.documents;

import io.policylens.common.memory.IdleHeapReleaser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commons idle heap release is wired into the service: it starts with it and collects once the
 * service is quiet.
 */
@QuarkusTest
@TestProfile(IdleHeapReleaseTest.FastChecks.class)
class IdleHeapReleaseTest {

    public static class FastChecks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policylens.memory.idle-release.check-interval", "200ms",
                    "policylens.memory.idle-release.min-old-growth", "4M");
        }
    }

    @Inject
    IdleHeapReleaser releaser;

    static volatile List<byte[]> retained;
    static volatile byte[] churn;

    @Test
    void collectsOnceTheServiceIsQuietAfterItsOldGenerationGrew() throws InterruptedException {
        assertThat(releaser.active())
                .as("on by default; this module's tests run the serial collector (pom.xml)")
                .isTrue();
        long before = releaser.releases();

        // 32 MB kept reachable, then young collections: the survivor space cannot hold it, so it is promoted and the
        // old generation grows (what the full collection frees is not the point here)
        List<byte[]> arrays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            arrays.add(new byte[4 * 1024 * 1024]);
        }
        retained = arrays;
        for (int i = 0; i < 2_000; i++) {
            churn = new byte[256 * 1024];
        }
        churn = null;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (releaser.releases() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        retained = null;
        assertThat(releaser.releases())
                .as("a full collection once no collection happened for a check interval")
                .isGreaterThan(before);
    }
}
