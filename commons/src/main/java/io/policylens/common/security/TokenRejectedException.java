package io.policylens.common.security;

/**
 * Why a valid, signed token is not accepted ({@link TokenPolicy}); travels as the cause of the authentication
 * failure (Quarkus' AuthenticationFailedException is final) and its message becomes the 401 problem's detail.
 */
public class TokenRejectedException extends RuntimeException {

    public TokenRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
