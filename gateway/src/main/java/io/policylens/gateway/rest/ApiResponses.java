package io.policylens.gateway.rest;

/** Descriptions shared by the OpenAPI annotations of the public resources. */
final class ApiResponses {

    static final String PROBLEM = "application/problem+json";
    static final String UNAVAILABLE = "documents-service is down, saturated or its circuit is open; Retry-After says when to try again";
    static final String BAD_GATEWAY = "documents-service failed";
    static final String TIMEOUT = "documents-service did not answer in time";
    static final String CLAIMS_UNAVAILABLE = "claims-service is down, saturated or its circuit is open; Retry-After says when to try again";
    static final String CLAIMS_BAD_GATEWAY = "claims-service failed";
    static final String CLAIMS_TIMEOUT = "claims-service did not answer in time";
    static final String RECOMMENDATIONS_UNAVAILABLE = "recommendations-service is down, saturated or its circuit is open; Retry-After says when to try again";
    static final String RECOMMENDATIONS_BAD_GATEWAY = "recommendations-service failed";
    static final String RECOMMENDATIONS_TIMEOUT = "recommendations-service did not answer in time";
    static final String RATE_LIMITED = "Too many requests from this client; Retry-After gives the seconds to wait";

    private ApiResponses() {
    }
}
