package io.policylens.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code policylens.security.*}: how a token names the partner organisation its caller acts for. */
@ConfigMapping(prefix = "policylens.security")
public interface SecuritySettings {

    /** The token claim holding the caller's organisation (PARTNER_CLAIM in the deployments). */
    @WithDefault("partner_org")
    String partnerClaim();
}
