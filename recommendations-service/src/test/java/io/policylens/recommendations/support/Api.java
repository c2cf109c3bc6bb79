package io.policylens.recommendations.support;

import io.policylens.testing.ApiCallers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Callers used across the tests: two partner organisations, internal analysts and an administrator. */
public final class Api extends ApiCallers {

    private Api() {
    }

    /** POST /recommendations/{id}/status as the caller, with the body as JSON. */
    public static ValidatableResponse changeStatus(RequestSpecification caller, Object body, Object id) {
        return caller.contentType(ContentType.JSON).body(body).post("/recommendations/{id}/status", id).then();
    }
}
