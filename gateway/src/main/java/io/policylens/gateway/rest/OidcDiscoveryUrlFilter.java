package io.policylens.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Points the OpenAPI security scheme (and so Swagger UI's login) at the identity provider this
 * instance really uses. quarkus.smallrye-openapi.oidc-open-id-connect-url is fixed at build time;
 * quarkus.oidc.auth-server-url (OIDC_AUTH_SERVER_URL) is read at startup, so one build serves every
 * environment.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OidcDiscoveryUrlFilter implements OASFilter {

    static final String SCHEME = "SecurityScheme";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
        ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .filter(url -> !url.isBlank())
                .ifPresent(url -> {
                    if (scheme != null) {
                        scheme.setOpenIdConnectUrl(url.replaceAll("/+$", "") + "/.well-known/openid-configuration");
                    }
                });
    }
}
