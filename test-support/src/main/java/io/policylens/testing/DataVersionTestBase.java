package io.policylens.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.net.URL;

/**
 * What every service's {@code DataVersionTest} checks alike: GET /internal/data-version answers on the management port
 * only, needs no token and is in no OpenAPI document. A service's {@code @QuarkusTest} subclass adds the writes that
 * move its version and the reads that must not; Quarkus injects the ports into these inherited fields.
 */
public abstract class DataVersionTestBase {

    @TestHTTPResource(value = "", management = true)
    protected URL management;

    @TestHTTPResource("")
    protected URL api;

    /** The service's data version now. */
    protected long version() {
        return ManagementPort.dataVersion(management);
    }

    @Test
    void servedOnTheManagementPortOnlyAndNotDocumented() {
        ManagementPort.assertDataVersionOnTheManagementPortOnly(management, api);
    }
}
